import Testing
@testable import Model

@Suite struct ArchiveSummaryTests {
    @Test func cappedCollapsesWhitespaceAndCutsWithAnEllipsis() {
        #expect(ArticleSummary.capped("  one \n\t two  ", 20) == "one two")
        #expect(ArticleSummary.capped("abcdefgh", 5) == "abcde…")
        #expect(ArticleSummary.capped("abcde", 5) == "abcde")
        #expect(ArticleSummary.capped("a\u{A0}\u{2028}b", 5) == "a b")      // Unicode spaces too
        #expect(ArticleSummary.capped("Zoë straße 中文", 11) == "Zoë straße…")
        // A combining mark at the cut stays with its letter.
        #expect(ArticleSummary.capped("abe\u{301}x", 3) == "abe\u{301}…")
        #expect(ArticleSummary.capped("", 3) == "")
    }

    @Test func aSummaryKeepsHeadlineActorsAndQuotes() {
        let text = """
            Mayor opens the new bridge

            “It will carry twenty thousand cars a day,” said Mayor Ann Okafor on Tuesday.

            Okafor added that the bridge “was paid for twice over.” Tom Reyes, an engineer, said the steel came from Ohio.
            """
        let analysis = Analyzer().analyze(text)
        let s = ArticleSummary(analysis: analysis, date: "2024-05-01")
        #expect(s.headline == "Mayor opens the new bridge")
        #expect(s.date == "2024-05-01")
        #expect(s.words > 30)
        let okafor = try! #require(s.actors.firstIndex { $0.name == "Ann Okafor" })
        #expect(s.actors[okafor].kind == .person)
        #expect(s.actors[okafor].quotes >= 2)
        #expect(s.quotes.count == analysis.quotes.count)
        #expect(s.quotes.map(\.offset) == s.quotes.map(\.offset).sorted())
        #expect(s.quotes.first?.excerpt.hasPrefix("It will carry") == true)
        #expect(s.topSpeakers(1) == ["Ann Okafor"])
        let bytes = Array(text.utf8)
        for q in s.quotes {
            // The offset is where the excerpt starts in the text.
            let start = String(decoding: bytes[q.offset..<min(bytes.count, q.offset + 6)], as: UTF8.self)
            #expect(q.excerpt.hasPrefix(start.split(separator: " ").first.map(String.init) ?? "?"))
        }
    }

    @Test func longNamesAndExcerptsAreCapped() {
        let name = String(repeating: "Xy", count: 200)
        let text = "“" + String(repeating: "word ", count: 400) + "end,” said \(name) Smith."
        let s = ArticleSummary(analysis: Analyzer().analyze(text))
        for a in s.actors { #expect(a.name.count <= ArticleSummary.nameLimit + 1) }
        for q in s.quotes {
            #expect(q.excerpt.count <= ArticleSummary.excerptLimit + 1)
            #expect(q.speaker.count <= ArticleSummary.nameLimit + 1)
        }
        #expect(!s.quotes.isEmpty)
    }
}
