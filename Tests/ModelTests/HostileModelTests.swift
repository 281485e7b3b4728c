// Hostile input to the Model (issue 14): texts that crashed it or made its output grow faster
// than the input. Sized for a debug build; the multi-megabyte cases run against the release
// binary in scripts/release-checks.sh.
import Testing
@testable import Model

@Suite struct HostileModelTests {
    /// One sentence with a long run of group words: naming it recursed once per word
    /// (`Finder.name` ↔ `Finder.classify`) and overflowed the stack at ~700 words in debug.
    @Test(arguments: ["Thai", "Democrats"])
    func longRunOfGroupWordsIsNamedWithoutRecursion(word: String) {
        let count = 3_000
        let text = "The talks with " + Array(repeating: word, count: count).joined(separator: " ") + " ended.\n"
        let a = Analyzer().analyze(text)
        let candidates = MentionFinder.find(in: a.document)
        #expect(candidates.count == count)
        #expect(candidates.allSatisfy { a.document.string($0.span) == word && $0.kind == .group })
    }

    /// "Former Former … President": the title test recursed once per modifier (35,000 overflowed
    /// the stack in debug) and was quadratic.
    @Test func longRunOfTitleModifiersIsNoDeepRecursion() {
        let text = "The " + String(repeating: "Former ", count: 35_000) + "President Ana Ruiz spoke.\n"
        let a = Analyzer().analyze(text)
        let names = MentionFinder.find(in: a.document).map { a.document.string($0.span) }
        #expect(names.last == "Ana Ruiz")
        #expect(names.allSatisfy { $0.utf8.count < 32 * 7 }, "every name is at most 32 words")
    }

    /// A run longer than a name can be is named in pieces of at most `maxNameTokens` words, each
    /// a name of its own; a name of ordinary length is untouched.
    @Test func longCapitalisedRunsAreNamedInBoundedPieces() {
        let words = (0..<100).map { "Zorvath\(String(UnicodeScalar(UInt8(97 + $0 % 26))))an" }
        let text = "We met " + words.joined(separator: " ") + " there.\n"
        let a = Analyzer().analyze(text)
        let candidates = MentionFinder.find(in: a.document)
        #expect(!candidates.isEmpty)
        #expect(candidates.allSatisfy { $0.nameTokens.count <= 32 })
        let b = Analyzer().analyze("We met Secretary of State for Foreign Affairs Alma Reyes there.\n")
        #expect(b.mentions.map { b.document.string($0.span) } == ["Alma Reyes"])
    }

    /// The total length of the quotes' content: what a report prints.
    func contentBytes(_ a: Analysis) -> Int { a.quotes.reduce(0) { $0 + $1.parts.reduce(0) { $0 + $1.length } } }

    /// Many cues in one sentence before a quotation that stays open over many short paragraphs:
    /// each cue took every later part of the quotation (22 KB of text gave 99 MB of JSON).
    @Test func cuesBeforeALongOpenQuotationDoNotEachRepeatIt() {
        let text = Array(repeating: "Officials said that", count: 200).joined(separator: " ")
            + " \u{201C}the talks went on\n\n" + Array(repeating: "\u{201C}and on and on", count: 1000).joined(separator: "\n\n") + "\n"
        let a = Analyzer().analyze(text)
        let parts = a.quotes.reduce(0) { $0 + $1.parts.count }
        #expect(parts <= 2 * (200 + 1000), "\(parts) parts for 200 cues and 1,000 paragraphs")
        #expect(contentBytes(a) <= 4 * text.utf8.count, "content \(contentBytes(a)) bytes from \(text.utf8.count)")
    }

    /// One long sentence of "officials said": every cue's clause ran to the sentence's end, so
    /// the quotes' text grew with the square of the input (256 KB printed 2.3 GB).
    @Test func overlappingClausesDoNotMultiplyTheText() {
        let text = String(repeating: "officials said ", count: 3_000)
        let a = Analyzer().analyze(text)
        #expect(!a.quotes.isEmpty)
        #expect(contentBytes(a) <= 12 * text.utf8.count, "content \(contentBytes(a)) bytes from \(text.utf8.count)")
        // A token here is at most "officials" and a space: 10 bytes.
        #expect(a.quotes.allSatisfy { q in q.parts.allSatisfy { $0.length <= 10 * CueFrames.maxContentTokens } })
    }

    /// A huge speaker phrase is repeated in the JSON of every quote: its text is cut there.
    @Test func jsonCutsAHugeSpeakerText() {
        let text = String(repeating: "Alpha ", count: 20_000) + "said it.\n"
        let speaker = Speaker(span: Span(0, 20_000 * 6 - 1))
        let quotes = (0..<100).map { _ in
            Quote(kind: .indirect, paragraph: 0, parts: [Span(20_000 * 6 + 5, 20_000 * 6 + 7)], speaker: speaker, rule: .cueThenClause)
        }
        let analysis = Analysis(document: Document(text: text), quotes: quotes)
        let json = JSONExport.jsonBytes(analysis, file: "x")
        #expect(json.count < 100 * 600, "\(json.count) bytes of JSON for 100 quotes")
        #expect(JSONExport.speakerText(analysis.document, speaker.span) == String(repeating: "Alpha ", count: 50) + "…")
    }
}
