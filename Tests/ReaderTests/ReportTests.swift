import Foundation
import Model
import Testing
@testable import Reader

@Suite struct ReportTests {
    /// The byte span of the n-th occurrence of `needle` in `text`.
    private func span(of needle: String, in text: String, occurrence: Int = 0) -> Span {
        let bytes = Array(text.utf8), n = Array(needle.utf8)
        var seen = 0
        for i in 0...(bytes.count - n.count) where Array(bytes[i..<i + n.count]) == n {
            if seen == occurrence { return Span(i, i + n.count) }
            seen += 1
        }
        fatalError("\(needle) not in text")
    }

    /// An analysis of `text` whose actors and quotes are set by the test, not by the Model's rules.
    private func analysis(_ text: String, quotes: (String) -> [Quote], actors: [Actor] = [], mentions: [Mention] = []) -> Analysis {
        var a = Analyzer().analyze(text)
        a.actors = actors
        a.mentions = mentions
        a.quotes = quotes(text)
        return a
    }

    private func render(_ a: Analysis, name: String = "a.txt") -> String {
        String(decoding: PlainReport.render(a, name: name), as: UTF8.self)
    }

    @Test func splitQuoteIsMarkedInPlaceWithItsSpeaker() {
        let text = "Headline\n\n“The plan,” said Ann Lee, “is dead.”\n"
        let a = analysis(text, quotes: { t in
            [Quote(kind: .direct, paragraph: 1, parts: [self.span(of: "The plan,", in: t), self.span(of: "is dead.", in: t)],
                   cue: self.span(of: "said", in: t), speaker: Speaker(span: self.span(of: "Ann Lee", in: t), actor: 0),
                   rule: QuoteRule.allCases[0])]
        }, actors: [Actor(name: "Ann Lee", kind: .person, mentions: [0])],
           mentions: [Mention(span: span(of: "Ann Lee", in: text), paragraph: 1, actor: 0)])
        let report = render(a)
        #expect(report.hasPrefix("a.txt\n\nHeadline\n\n«The plan,» said Ann Lee, «is dead.» [Ann Lee]\n\n"))
        #expect(report.contains("Actors (1)\n  Ann Lee (person, 1 mention)\n"))
        #expect(report.contains("Quotes (1)\n  1. [Ann Lee] direct, ¶ 2: «The plan, … is dead.»\n"))
    }

    @Test func pronounSpeakerShowsItsActorAndUnattributedSaysSo() {
        let text = "Ann Lee spoke. She said the plan was dead. Nobody knows who said it works.\n"
        let a = analysis(text, quotes: { t in
            [Quote(kind: .indirect, paragraph: 0, parts: [self.span(of: "the plan was dead", in: t)],
                   speaker: Speaker(span: self.span(of: "She", in: t), actor: 0), rule: QuoteRule.allCases[0]),
             Quote(kind: .indirect, paragraph: 0, parts: [self.span(of: "it works", in: t)], rule: QuoteRule.allCases[0])]
        }, actors: [Actor(name: "Ann Lee", kind: .person, mentions: [0])],
           mentions: [Mention(span: span(of: "Ann Lee", in: text), paragraph: 0, actor: 0)])
        let report = render(a)
        #expect(report.contains("She said «the plan was dead» [She → Ann Lee]."))
        #expect(report.contains("«it works» [speaker unknown]."))
    }

    @Test func controlCharactersInTextNamesAndFileNameAreEscaped() {
        let text = "Evil \u{1B}]0;title\u{07} and \u{1B}[2J, \u{9B}1m \u{202E}x\u{202C} said Ann\u{1B}[5m Lee.\n"
        let a = analysis(text, quotes: { _ in [] },
                         actors: [Actor(name: "Ann\u{1B}[5m Lee", kind: .person, mentions: [])])
        let bytes = PlainReport.render(a, name: "bad\u{1B}[31mname.txt")
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07))
        let report = String(decoding: bytes, as: UTF8.self)
        #expect(!report.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(report.hasPrefix("bad␛[31mname.txt\n\n"))
        #expect(report.contains("Evil ␛]0;title␇ and ␛[2J, <U+009B>1m <U+202E>x<U+202C> said Ann␛[5m Lee."))
        #expect(report.contains("  Ann␛[5m Lee (person, 0 mentions)"))
    }

    @Test func emptyArticleSaysNoActorsNoQuotes() {
        let report = render(Analyzer().analyze(""))
        #expect(report == "a.txt\n\nActors: none\n\nQuotes: none\n")
    }

    @Test func overlappingAndOutOfRangeSpansDoNotCrash() {
        let text = "One “two three” four.\nFive six.\n"
        let a = analysis(text, quotes: { t in
            [Quote(kind: .mixed, paragraph: 0, parts: [Span(0, 12)], rule: QuoteRule.allCases[0]),
             Quote(kind: .direct, paragraph: 0, parts: [Span(5, 30)], rule: QuoteRule.allCases[0]),
             Quote(kind: .direct, paragraph: 1, parts: [Span(40, 500)], rule: QuoteRule.allCases[0])]
        })
        let report = render(a)
        #expect(report.contains("Quotes (3)"))
        #expect(report.filter { $0 == "«" }.count == 6)
    }

    @Test func sanitizerKeepsOrdinaryUnicode() {
        let s = "Zoë 👨‍👩‍👧 e\u{301} 中文 \u{200B}"
        #expect(Sanitizer.visible(s) == s)
        #expect(Sanitizer.visible("a\tb\r\nc\u{0}d\u{7F}") == "a b  c␀d␡")
        #expect(Sanitizer.visible("\u{85}\u{2028}\u{2066}") == "<U+0085><U+2028><U+2066>")
    }

    @Test func reportIsLinearOnALargeArticle() {
        // 40,000 paragraphs with one quote each, set by hand (the text has no marks or capitals,
        // so the Model's own passes do little): the report is built in one pass over the text.
        let line = "yes, she said.\n"
        let text = String(repeating: line, count: 40_000)
        var a = Analyzer().analyze(text)
        let width = line.utf8.count
        a.quotes = (0..<40_000).map { p in
            Quote(kind: .direct, paragraph: p, parts: [Span(p * width, p * width + 3)],
                  speaker: Speaker(span: Span(p * width + 5, p * width + 8)), rule: QuoteRule.allCases[0])
        }
        let report = render(a)
        #expect(report.components(separatedBy: "«yes» [she], she said.").count == 40_001)
    }
}
