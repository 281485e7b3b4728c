import Foundation
import Testing
@testable import Model

@Suite struct JSONExportTests {
    @Test func offsetsCountCodePointsNotBytesOrUTF16() {
        // é is 2 bytes, “ 3 bytes, 😀 4 bytes and 2 UTF-16 units: all one code point.
        let text = "é “😀 ok”"
        let bytes = Array(text.utf8)
        let offsets = Array(0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        let cp = CodePointOffsets(bytes: bytes, offsets: offsets.reversed() + offsets)
        #expect(offsets.map { cp[$0] } == Array(0...text.unicodeScalars.count))
    }

    @Test func schemaOfASplitQuoteWithSpeaker() throws {
        let text = "“The plan,” said Ann Lee, “is dead.”"
        var a = Analyzer().analyze(text)
        let b = Array(text.utf8)
        func find(_ s: String) -> Span {
            let n = Array(s.utf8)
            let i = (0...(b.count - n.count)).first { Array(b[$0..<$0 + n.count]) == n }!
            return Span(i, i + n.count)
        }
        a.actors = [Actor(name: "Ann Lee", kind: .person, mentions: [0])]
        a.mentions = [Mention(span: find("Ann Lee"), paragraph: 0, actor: 0)]
        a.quotes = [Quote(kind: .direct, paragraph: 0, parts: [find("The plan,"), find("is dead.")], cue: find("said"),
                          speaker: Speaker(span: find("Ann Lee"), actor: 0), rule: QuoteRule.allCases[0]),
                    Quote(kind: .indirect, paragraph: 0, parts: [find("plan")], rule: QuoteRule.allCases[0])]
        let json = JSONExport.json(a, file: "dir/a \"b\".txt")
        #expect(!json.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "dir/a \"b\".txt")
        #expect(object["paragraphs"] as? [[String: Int]] == [["start": 0, "end": 36]])
        let actor = try #require((object["actors"] as? [[String: Any]])?.first)
        #expect(actor["id"] as? String == "a1")
        #expect(actor["kind"] as? String == "person")
        #expect(actor["mentions"] as? [[String: Int]] == [["start": 17, "end": 24, "paragraph": 0]])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes[0]["id"] as? String == "q1")
        let content = try #require(quotes[0]["content"] as? [String: Any])
        #expect(content["start"] as? Int == 1 && content["end"] as? Int == 35)
        let parts = try #require(content["parts"] as? [[String: Any]])
        #expect(parts.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[1, 10], [27, 35]])
        #expect(parts.map { $0["text"] as? String }.allSatisfy { $0 != nil && !$0!.isEmpty })
        let cue = try #require(quotes[0]["cue"] as? [String: Any])
        #expect(cue["start"] as? Int == 12 && cue["end"] as? Int == 16 && (cue["text"] as? String)?.count == 4)
        let speaker = try #require(quotes[0]["speaker"] as? [String: Any])
        #expect(speaker["text"] as? String == "Ann Lee" && speaker["actor"] as? String == "a1")
        #expect(speaker["start"] as? Int == 17 && speaker["end"] as? Int == 24)
        // One part: no "parts"; no cue or speaker: null.
        let single = try #require(quotes[1]["content"] as? [String: Any])
        #expect(single["parts"] == nil)
        #expect(quotes[1]["cue"] is NSNull && quotes[1]["speaker"] is NSNull)
        #expect(quotes[1]["kind"] as? String == "indirect")
        #expect(quotes[1]["rule"] as? String == QuoteRule.allCases[0].rawValue)
        // Confidence and its reasons.
        #expect(quotes[0]["confidence"] as? String == "high" && quotes[0]["doubts"] as? [String] == [])
    }

    @Test func confidenceAndDoubtsAreExported() throws {
        var a = Analyzer().analyze("Tom Hale said it.")
        a.quotes = [Quote(kind: .indirect, paragraph: 0, parts: [Span(14, 16)], rule: .cueThenClause)]
        a.quotes[0].doubts = [.noSpeaker, .weakCue]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONExport.json(a, file: "f").utf8)) as? [String: Any])
        let q = try #require((object["quotes"] as? [[String: Any]])?.first)
        #expect(q["confidence"] as? String == "low")
        #expect(q["doubts"] as? [String] == ["no-speaker", "weak-cue"])
    }

    @Test func aGroupNamesTheActorItIsLinkedTo() throws {
        var a = Analyzer().analyze("Ruritanians voted. Ruritania agreed.")
        a.actors = [Actor(name: "Ruritania", kind: .place), Actor(name: "Ruritanians", kind: .group, link: 0)]
        a.mentions = []
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONExport.json(a, file: "f").utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors[0]["link"] == nil)
        #expect(actors[1]["link"] as? String == "a1")
    }

    @Test func stringsEscapeEveryControlCharacter() throws {
        let nasty = "a\"b\\c\nd\re\tf\u{0}g\u{1B}[2J\u{7F}\u{85}\u{2028}\u{202E}h 😀 é 中 \u{A0}\u{FFFF}"
        let quoted = JSONExport.quoted(nasty)
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x2028 })
        let back = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(back == [nasty])
    }

    /// The conversion is one sort and one walk: on 16× the input it takes about 16× the time, where a
    /// per-span walk from the start (quadratic) would take 256×. The bound (100×) leaves room for a
    /// loaded machine and parallel tests, so this is no timing test but a complexity check.
    @Test func offsetConversionIsLinear() {
        func seconds(_ scale: Int) -> Double {
            let unit = Array("Zoë “said” 😀 ".utf8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(unit.count * 4_000 * scale)
            for _ in 0..<(4_000 * scale) { bytes += unit }
            let offsets = stride(from: 0, to: bytes.count, by: unit.count).flatMap { [$0, $0 + 5] }
            var best = Double.infinity
            for _ in 0..<3 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let cp = CodePointOffsets(bytes: bytes, offsets: offsets)
                var sum = 0
                for o in offsets { sum &+= cp[o] }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
                #expect(sum > 0)
                #expect(cp[offsets[offsets.count - 1]] == (offsets.count / 2 - 1) * 13 + 4)
            }
            return best
        }
        let small = seconds(1), large = seconds(16)
        #expect(large / small < 100, "1×: \(small) s, 16×: \(large) s")
    }

    @Test func exportOfALargeAnalysisIsLinear() {
        func seconds(_ paragraphs: Int) -> Double {
            let text = String(repeating: "yes, she said.\n", count: paragraphs)
            var a = Analyzer().analyze(text)
            a.quotes = (0..<paragraphs).map { p in
                Quote(kind: .direct, paragraph: p, parts: [Span(p * 15, p * 15 + 3)], cue: Span(p * 15 + 9, p * 15 + 13),
                      speaker: Speaker(span: Span(p * 15 + 5, p * 15 + 8)), rule: QuoteRule.allCases[0])
            }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let json = JSONExport.json(a, file: "x")
            let s = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            #expect(json.contains("\"content\": {\"start\": \((paragraphs - 1) * 15), \"end\": \((paragraphs - 1) * 15 + 3), \"text\": \"yes\""))
            return s
        }
        let small = min(seconds(2_500), seconds(2_500)), large = min(seconds(40_000), seconds(40_000))
        #expect(large / small < 100, "2.5k: \(small) s, 40k: \(large) s (16×: linear ≈ 16×, quadratic ≈ 256×)")
    }
}
