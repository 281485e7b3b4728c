import Testing
@testable import Model

@Suite struct CueLexiconTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func lookupIgnoresCaseAndReadsCurlyApostrophes() {
        let table = WordTable([("didn't", 1), ("said", 2)])
        let a = bytes("SAID"), b = bytes("didn’t"), c = bytes("sad")
        #expect(table.lookup(a, 0, a.count) == 2)
        #expect(table.lookup(b, 0, b.count) == 1)
        #expect(table.lookup(c, 0, c.count) == nil)
    }

    @Test func cueFormsAndFrames() {
        let said = bytes("said"), told = bytes("told"), according = bytes("according")
        func entry(_ w: [UInt8]) -> CueEntry? { CueLexicon.cueIndex.lookup(w, 0, w.count).map { CueLexicon.cueEntries[Int($0)] } }
        #expect(entry(said)?.frame == .speech)
        #expect(entry(told)?.frame == .tell)
        #expect(entry(according)?.particles == [bytes("to")])
    }

    @Test func requiredAndOptionalParticles() {
        let v = quoteViews("Ellen Park pointed out that the map was old.\n")
        #expect(v.first?.cue == "pointed out")
        #expect(quoteViews("Ellen Park pointed at the map.\n").isEmpty)
        #expect(quoteViews("The union called for a new vote on the contract.\n").first?.cue == "called for")
    }

    @Test func wordClasses() {
        let he = bytes("He"), that = bytes("that"), mr = bytes("Mr")
        #expect(CueLexicon.wordTable.lookup(he, 0, he.count) == .subjectPronoun)
        #expect(CueLexicon.wordTable.lookup(that, 0, that.count) == .complementizer)
        #expect(CueLexicon.wordTable.lookup(mr, 0, mr.count) == .abbreviation)
    }
}

@Suite struct CueWordSenseTests {
    // Forms whose usual sense in news is not reporting: a verb of knowing a fact, a noun, or an
    // adjective ("the supporting cast").
    @Test func nonReportingFormsAreNoCues() {
        #expect(quoteViews("The mayor knew the bridge was closed.\n").isEmpty)
        #expect(quoteViews("Her rivals compared to last year look weaker.\n").isEmpty)
        #expect(quoteViews("The governor felt the heat during the long parade.\n").isEmpty)
    }
}
