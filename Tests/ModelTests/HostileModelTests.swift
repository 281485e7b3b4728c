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

    /// Inputs the amplifying fuzzer (scripts/fuzz.sh --amplify) found too slow once repeated to
    /// 64 KB: sentences dense with cues ("She said he said they said …"), CJK and Arabic with
    /// broken bytes. Repeated to 32 KB here, each must finish within the property tests' time
    /// budget (proportional to size, generous for a debug build) with its output in proportion.
    static let amplifiedFuzzFindings: [[UInt8]] = [
        [0x53, 0x68, 0x65, 0x20, 0x73, 0x61, 0x64, 0x20, 0x68, 0x7E, 0x75, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x9D, 0x3B, 0x69, 0x64, 0x20, 0x68, 0x7E, 0x75, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x9D, 0x3B, 0x20, 0x68, 0x65, 0x20, 0x64, 0x79, 0x73, 0x61, 0x67, 0x72, 0x65, 0x65, 0x64, 0x3A, 0x20, 0x6E, 0x6F, 0x2C, 0x49, 0x6E, 0x74, 0x65],
        [0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC, 0x20, 0xE2, 0x80, 0x94, 0x20, 0xE4, 0xB9, 0xA0, 0xE8, 0xBF, 0x91, 0xE5, 0xB9, 0xB3, 0xE8, 0xAF, 0xB4, 0xEF, 0xBC, 0x9A, 0xE2, 0x80, 0x9C, 0xE6, 0x88, 0x91, 0xE4, 0xBB, 0xAC, 0xE4, 0xBC, 0x9A, 0xE8, 0xB5, 0xA2, 0xE3, 0x80, 0x82, 0xE2, 0x80, 0x9D, 0x20, 0xD9, 0x85, 0xD8, 0xB1, 0xD8, 0xAD, 0xD8, 0xA8, 0xD8, 0xA7, 0x20, 0xD9, 0x82, 0xD8, 0xA7, 0xD9, 0x84, 0x20, 0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB1, 0xD8, 0xA6, 0xD9, 0x8A, 0xD8, 0xB3, 0x2E, 0x20, 0xF0, 0x9F, 0x91, 0xA9, 0x80, 0x8D, 0x9F, 0xA9, 0x91, 0xE2, 0xF0, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x8D, 0xF0, 0x9F, 0x91, 0xA7, 0x20, 0x65, 0x5C, 0x78, 0x63, 0x63, 0x5C, 0x78, 0x38, 0x31, 0x7A, 0x74, 0x65, 0x5C, 0x78, 0x63, 0x63, 0x5C, 0x78, 0x38, 0x31, 0x20, 0xE2, 0x80, 0xAE, 0x72, 0x65, 0x0A],
        [0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xE2, 0x80, 0x9C, 0x54, 0x68, 0x65, 0x20, 0x61, 0x6E, 0x20, 0x69, 0x73, 0xA6, 0x64, 0x65, 0x61, 0x64, 0x2C, 0xE2, 0x53, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x68, 0x75, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x79, 0x80, 0x20, 0xE2, 0x80, 0x9C, 0x9D],
        [0xE5, 0x8C, 0x00, 0x00, 0x00, 0x00, 0x80, 0x9D, 0x20, 0xD9, 0x85, 0xB7, 0xD8, 0xB1, 0xD8, 0xAD, 0xD8, 0xA8, 0xD8, 0xA7, 0x20, 0xD9, 0x82, 0xD8, 0xA7, 0xD9, 0x84, 0x20, 0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB1, 0x63, 0x5C, 0x0F, 0xD8, 0xA6, 0xD9, 0x8A, 0xD8, 0xB3, 0x2E, 0x20, 0xF0, 0x9F, 0x91, 0xA9, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x91, 0xA9, 0xE2, 0x80, 0x8D, 0x53, 0x75, 0x62, 0x73, 0x74, 0x72, 0x69, 0x6E, 0x67, 0x63, 0x5C, 0x78, 0x38, 0x32, 0x74, 0x65, 0x5C, 0x78, 0x63, 0x63, 0x5C, 0x78, 0x38, 0x31, 0x20, 0xE2, 0x80, 0xAE, 0x72, 0x65, 0x0A],
    ]

    @Test func amplifiedFuzzFindingsRunInLinearTime() {
        let run = BoundedRun.run(Self.amplifiedFuzzFindings.count, budget: PropertyTests.budget, make: { i in
            let unit = String(decoding: Self.amplifiedFuzzFindings[i], as: UTF8.self)
            var text = ""
            while text.utf8.count < 32_000 { text += unit }
            return text
        }, check: { text in
            let a = Analyzer().analyze(text)
            let content = a.quotes.reduce(0) { $0 + $1.parts.reduce(0) { $0 + $1.length } }
            return content <= 16 * text.utf8.count ? [] : ["\(content) bytes of quotes from \(text.utf8.count)"]
        })
        #expect(run.tried == Self.amplifiedFuzzFindings.count)
        #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n"))")
    }
}
