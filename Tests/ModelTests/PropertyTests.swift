// Properties every analysis must have, whatever the text: spans inside the text and inside
// their paragraph, on character boundaries; quote parts ordered and apart; each mention in
// exactly one actor; JSON that parses, with offsets equal to the code point offsets.
import Foundation
import Testing
@testable import Model

/// SplitMix64: a small seeded generator, the same sequence on every run and platform.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

enum Invariants {
    /// Every broken invariant of `analysis` of `text`, as readable lines (empty when all hold).
    static func violations(_ analysis: Analysis, text: String) -> [String] {
        var problems: [String] = []
        func fail(_ s: String) { if problems.count < 20 { problems.append(s) } }
        let doc = analysis.document
        let bytes = doc.bytes
        let n = bytes.count
        if bytes != Array(text.utf8) { fail("document bytes differ from the text") }
        func onBoundary(_ o: Int) -> Bool { o == n || (o >= 0 && o < n && bytes[o] & 0xC0 != 0x80) }
        func valid(_ s: Span, _ what: String) -> Bool {
            guard 0 <= s.start && s.start <= s.end && s.end <= n else { fail("\(what) \(s) outside text of \(n) bytes"); return false }
            if !onBoundary(s.start) || !onBoundary(s.end) { fail("\(what) \(s) splits a character") }
            return true
        }
        // Paragraphs, sentences, tokens.
        for (i, p) in doc.paragraphs.enumerated() {
            _ = valid(p.span, "paragraph \(i)")
            if i > 0 && doc.paragraphs[i - 1].span.end > p.span.start { fail("paragraphs \(i - 1) and \(i) overlap") }
            if p.sentences.lowerBound < 0 || p.sentences.upperBound > doc.sentences.count { fail("paragraph \(i) sentences out of range") }
        }
        for (i, s) in doc.sentences.enumerated() {
            guard valid(s.span, "sentence \(i)") else { continue }
            guard doc.paragraphs.indices.contains(s.paragraph) else { fail("sentence \(i) paragraph \(s.paragraph) invalid"); continue }
            if !doc.paragraphs[s.paragraph].span.contains(s.span) { fail("sentence \(i) \(s.span) outside its paragraph") }
            if s.tokens.lowerBound < 0 || s.tokens.upperBound > doc.tokens.count { fail("sentence \(i) tokens out of range") }
        }
        for (i, t) in doc.tokens.enumerated() {
            guard valid(t.span, "token \(i)") else { continue }
            if t.span.isEmpty { fail("token \(i) is empty") }
            if i > 0 && doc.tokens[i - 1].span.end > t.span.start { fail("tokens \(i - 1) and \(i) overlap") }
        }
        /// Index of the paragraph that wholly holds `span`, if any.
        func paragraph(holding span: Span) -> Int? {
            guard let p = doc.paragraphIndex(containing: span.start) ?? (span.isEmpty ? doc.paragraphs.lastIndex { $0.span.end == span.start } : nil)
            else { return nil }
            return doc.paragraphs[p].span.contains(span) ? p : nil
        }
        // Mentions and actors: each mention in exactly one actor, the one it names.
        var owners = [Int](repeating: 0, count: analysis.mentions.count)
        for (a, actor) in analysis.actors.enumerated() {
            if actor.name.isEmpty { fail("actor \(a) has no name") }
            for m in actor.mentions {
                guard analysis.mentions.indices.contains(m) else { fail("actor \(a) lists mention \(m), out of range"); continue }
                owners[m] += 1
                if analysis.mentions[m].actor != a { fail("mention \(m) is listed by actor \(a) but names actor \(analysis.mentions[m].actor)") }
            }
        }
        for (i, m) in analysis.mentions.enumerated() {
            if owners[i] != 1 { fail("mention \(i) belongs to \(owners[i]) actors") }
            if !analysis.actors.indices.contains(m.actor) { fail("mention \(i) actor \(m.actor) out of range") }
            guard valid(m.span, "mention \(i)") else { continue }
            if m.span.isEmpty { fail("mention \(i) is empty") }
            if !doc.paragraphs.indices.contains(m.paragraph) || !doc.paragraphs[m.paragraph].span.contains(m.span) {
                fail("mention \(i) \(m.span) outside its paragraph \(m.paragraph)")
            }
        }
        // Quotes.
        for (i, q) in analysis.quotes.enumerated() {
            if q.parts.isEmpty { fail("quote \(i) has no parts"); continue }
            if !doc.paragraphs.indices.contains(q.paragraph) { fail("quote \(i) paragraph \(q.paragraph) invalid"); continue }
            for (k, part) in q.parts.enumerated() {
                guard valid(part, "quote \(i) part \(k)") else { continue }
                if k > 0 && q.parts[k - 1].end > part.start { fail("quote \(i) parts \(k - 1) and \(k) out of order or overlapping") }
                if let p = paragraph(holding: part) {
                    if p < q.paragraph { fail("quote \(i) part \(k) in paragraph \(p), before the quote's paragraph \(q.paragraph)") }
                } else { fail("quote \(i) part \(k) \(part) (\(q.rule.rawValue), \(q.kind)) is not inside one paragraph") }
            }
            if !doc.paragraphs[q.paragraph].span.contains(q.parts[0].start) && doc.paragraphs[q.paragraph].span.end != q.parts[0].start {
                fail("quote \(i) starts outside its paragraph \(q.paragraph)")
            }
            if i > 0 && analysis.quotes[i - 1].content.start > q.content.start { fail("quotes \(i - 1) and \(i) out of text order") }
            if let cue = q.cue, valid(cue, "quote \(i) cue"), paragraph(holding: cue) == nil { fail("quote \(i) cue not inside one paragraph") }
            if let s = q.speaker {
                if valid(s.span, "quote \(i) speaker"), paragraph(holding: s.span) == nil { fail("quote \(i) speaker not inside one paragraph") }
                if let a = s.actor, !analysis.actors.indices.contains(a) { fail("quote \(i) speaker actor \(a) out of range") }
            }
        }
        problems += jsonViolations(analysis)
        return problems
    }

    /// The JSON parses; its counts match; every offset is the code point offset of the byte offset.
    static func jsonViolations(_ analysis: Analysis) -> [String] {
        let doc = analysis.document
        let json = JSONExport.json(analysis, file: "fuzz.txt")
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else {
            return ["JSON does not parse: \(json.prefix(200))"]
        }
        // Code point index of every byte offset, computed independently of JSONExport.
        var cp = [Int](repeating: 0, count: doc.bytes.count + 1)
        var count = 0
        for (i, b) in doc.bytes.enumerated() {
            if b & 0xC0 != 0x80 { count += 1 }
            cp[i + 1] = count
        }
        func expect(_ dict: Any?, _ span: Span, _ what: String) -> String? {
            guard let d = dict as? [String: Any], let s = d["start"] as? Int, let e = d["end"] as? Int else { return "\(what) missing" }
            let lo = max(0, min(span.start, doc.bytes.count)), hi = max(0, min(span.end, doc.bytes.count))
            // A span inside a character has no code point offset; the span checks report those.
            if (s, e) != (cp[lo], cp[hi]) && doc.bytes.indices.contains(lo) { return "\(what) JSON offsets \(s)..<\(e), expected \(cp[lo])..<\(cp[hi])" }
            return nil
        }
        var problems: [String] = []
        let paragraphs = object["paragraphs"] as? [Any] ?? []
        let actors = object["actors"] as? [[String: Any]] ?? []
        let quotes = object["quotes"] as? [[String: Any]] ?? []
        if paragraphs.count != doc.paragraphs.count || actors.count != analysis.actors.count || quotes.count != analysis.quotes.count {
            return ["JSON counts differ from the analysis"]
        }
        for (i, p) in doc.paragraphs.enumerated() { if let e = expect(paragraphs[i], p.span, "paragraph \(i)") { problems.append(e) } }
        for (a, actor) in analysis.actors.enumerated() {
            let ms = actors[a]["mentions"] as? [Any] ?? []
            if ms.count != actor.mentions.count { problems.append("actor \(a) mention count differs in JSON"); continue }
            for (k, m) in actor.mentions.enumerated() where analysis.mentions.indices.contains(m) {
                if let e = expect(ms[k], analysis.mentions[m].span, "actor \(a) mention \(k)") { problems.append(e) }
            }
        }
        for (i, q) in analysis.quotes.enumerated() {
            let content = quotes[i]["content"] as? [String: Any]
            if let e = expect(content, q.content, "quote \(i) content") { problems.append(e) }
            let parts = content?["parts"] as? [Any]
            if q.parts.count > 1 {
                if parts?.count != q.parts.count { problems.append("quote \(i) parts missing in JSON") }
                else { for (k, part) in q.parts.enumerated() { if let e = expect(parts![k], part, "quote \(i) part \(k)") { problems.append(e) } } }
            } else if parts != nil { problems.append("quote \(i) has a parts list for one part") }
            if let cue = q.cue, let e = expect(quotes[i]["cue"], cue, "quote \(i) cue") { problems.append(e) }
            if q.cue == nil && !(quotes[i]["cue"] is NSNull) { problems.append("quote \(i) cue should be null") }
            if let s = q.speaker, let e = expect(quotes[i]["speaker"], s.span, "quote \(i) speaker") { problems.append(e) }
        }
        return problems
    }
}

/// Article-like texts made of names, titles, cue verbs, quotation marks (balanced or not),
/// abbreviations, dashes, and control and exotic characters.
enum ArticleGenerator {
    static let names = ["Ann Lee", "Mr. Lee", "President Maria Ortiz", "Ortiz", "Ortiz's", "Ortiz’s", "Donald J. Harlow",
                        "Vladimir V. Petrov", "Sen. Joan Fairweather", "Gov. Ron Okafor", "Secretary of State Lena Holm",
                        "the European Union", "E.U.", "the EU", "U.S.", "the United States", "NATO", "the White House",
                        "Zoë Brontë", "Jean-Luc Moreau", "O'Brien", "李明", "Democrats", "Russian", "a senior official",
                        "six officials familiar with the talks", "Critics", "he", "she", "they", "the senator"]
    static let cues = ["said", "says", "told reporters", "claimed", "noted", "argued", "warned", "asserted", "wrote",
                       "added", "announced", "believes", "called for", "suggested", "indicated", "emphasized"]
    static let words = ["the", "plan", "is", "dead", "peace", "at", "any", "price", "On", "Tuesday", "However", "Despite",
                        "Jan.", "Mr.", "U.S.", "cease-fire", "talks", "would", "not", "go", "forward", "2.5", "percent",
                        "—", "–", "-", "...", "(", ")", ";", ":", ",", "!", "?", "it", "was", "a", "deal", "In"]
    static let opens = ["\"", "“", "‘", "«", "'", "„"]
    static let closes = ["\"", "”", "’", "»", "'"]
    static let oddities = ["\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{1B}]52;c;Zm9v\u{07}", "\u{07}", "\u{0}", "\t", "\u{0C}",
                           "\u{0B}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{85}", "\u{9B}", "e\u{301}",
                           "\u{301}", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "\u{2028}", "\u{2029}", "\u{FFFD}", "\u{10FFFF}", "\u{E000}",
                           "中文", "\r", "\r\n", "\n", "\n\n", "   ", "\u{A0}", "\u{3000}", "\u{7F}"]
    static let paragraphBreaks = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\n \n", "\u{0C}\n"]

    static func phrase(_ r: inout SeededRandom, words count: Int) -> String {
        (0..<max(1, count)).map { _ in r.chance(8) ? r.pick(oddities) : r.pick(words) }.joined(separator: " ")
    }

    static func sentence(_ r: inout SeededRandom) -> String {
        let name = r.pick(names), cue = r.pick(cues)
        let (o, c) = r.chance(80) ? (["“", "\""][r.below(2)], ["”", "\""][r.below(2)]) : (r.pick(opens), r.pick(closes))
        let q1 = phrase(&r, words: 1 + r.below(12)), q2 = phrase(&r, words: 1 + r.below(8))
        switch r.below(10) {
        case 0: return "\(o)\(q1),\(c) \(name) \(cue)."
        case 1: return "\(name) \(cue) that \(q1)."
        case 2: return "\(o)\(q1),\(c) \(name) \(cue), \(o)\(q2).\(c)"
        case 3: return "According to \(name), \(q1)."
        case 4: return "\(q1), \(name) \(cue)."
        case 5: return "\(name) \(cue) \(o)\(q1)\(c) and \(q2)."
        case 6: return "\(o)\(q1)"  // never closed
        case 7: return "\(o)\(q1) \(r.pick(opens))\(q2)\(r.pick(closes)) \(c) \(name) \(cue)."  // nested
        case 8: return "\(phrase(&r, words: 3 + r.below(10)))."
        default: return "\(name) \(cue) \(q1)\(r.pick(closes))"  // stray closing mark
        }
    }

    static func article(_ r: inout SeededRandom, maxParagraphs: Int = 8) -> String {
        var text = r.chance(30) ? phrase(&r, words: 4) + "\n\n" : ""  // a headline
        let paragraphs = r.below(maxParagraphs + 1)
        let br = r.pick(paragraphBreaks)
        for p in 0..<paragraphs {
            if p > 0 { text += r.chance(85) ? br : r.pick(paragraphBreaks) }
            text += (0..<(1 + r.below(4))).map { _ in sentence(&r) }.joined(separator: " ")
        }
        return text
    }

    /// `text` changed in a few random places: cut, duplicated, truncated, or with a character inserted.
    static func mutate(_ text: String, _ r: inout SeededRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<(1 + r.below(4)) {
            let n = scalars.count
            let i = r.below(n + 1), j = min(n, i + r.below(20))
            switch r.below(6) {
            case 0: scalars.removeSubrange(i..<j)
            case 1: scalars.insert(contentsOf: scalars[i..<j], at: r.below(n + 1))
            case 2: scalars.insert(contentsOf: r.pick(opens + closes + oddities).unicodeScalars, at: i)
            case 3: scalars = Array(scalars[..<i])
            case 4:  // any scalar at all, from anywhere in the code space
                let v = UInt32(r.below(0x110000))
                if let s = Unicode.Scalar(v) { scalars.insert(s, at: i) }
            default:
                if j > i { scalars.replaceSubrange(i..<j, with: scalars[i..<j].reversed()) }
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}

/// Runs `check` on each input on a worker thread, and stops with a failure when one input takes
/// longer than `budget(size in bytes)` seconds (a hang or a quadratic path) instead of hanging the
/// test run. Deterministic inputs: `make(i)` is seeded by i, so a failure names its reproducer.
struct BoundedRun {
    var tried = 0
    var failures: [String] = []
    var totalBytes = 0
    var slowestSecondsPerKB = 0.0

    static func run(_ inputs: Int, budget: @escaping (Int) -> Double, make: @escaping @Sendable (Int) -> String,
                    check: @escaping @Sendable (String) -> [String]) -> BoundedRun {
        final class State: @unchecked Sendable {
            let lock = NSLock()
            var index = -1, size = 0
            var result = BoundedRun()
            var done = false
        }
        let state = State()
        let started = DispatchSemaphore(value: 0)
        let worker = Thread {
            for i in 0..<inputs {
                let text = make(i)
                let size = text.utf8.count
                state.lock.lock(); state.index = i; state.size = size; state.lock.unlock()
                started.signal()
                let t0 = DispatchTime.now().uptimeNanoseconds
                let problems = check(text)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                state.lock.lock()
                state.result.tried += 1
                state.result.totalBytes += size
                state.result.slowestSecondsPerKB = max(state.result.slowestSecondsPerKB, seconds / (Double(size + 1024) / 1024))
                if !problems.isEmpty && state.result.failures.count < 10 {
                    state.result.failures.append("input \(i) (\(size) bytes) \(String(reflecting: String(text.prefix(400)))): "
                                                 + problems.joined(separator: "; "))
                }
                state.lock.unlock()
            }
            state.lock.lock(); state.done = true; state.lock.unlock()
            started.signal()
        }
        worker.stackSize = 16 << 20
        worker.start()
        var limit = 10.0  // until the first input starts
        while true {
            if started.wait(timeout: .now() + limit) == .timedOut {
                state.lock.lock(); defer { state.lock.unlock() }
                var result = state.result
                result.failures.append("input \(state.index) (\(state.size) bytes) did not finish within \(limit) s: "
                                       + "a hang or a quadratic path (make(\(state.index)) reproduces it)")
                return result
            }
            state.lock.lock()
            if state.done { let r = state.result; state.lock.unlock(); return r }
            limit = budget(state.size)
            state.lock.unlock()
        }
    }
}

@Suite struct PropertyTests {
    /// Debug builds analyse a few MB/s; a generous bound proportional to size catches a hang or a
    /// quadratic blow-up without being flaky on a loaded machine.
    static func budget(_ bytes: Int) -> Double { 2.0 + Double(bytes) * 20e-6 }

    @Test func generatedArticlesKeepEveryInvariant() {
        let run = BoundedRun.run(2000, budget: Self.budget, make: { i in
            var r = SeededRandom(seed: 0xA271C1E + UInt64(i))
            return ArticleGenerator.article(&r)
        }, check: { text in Invariants.violations(Analyzer().analyze(text), text: text) })
        print("property: \(run.tried) generated articles, \(run.totalBytes) bytes, slowest \(Int(run.slowestSecondsPerKB * 1e6)) µs/KB, \(run.failures.count) failing")
        #expect(run.tried == 2000)
        #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n"))")
    }

    @Test func analysisIsDeterministic() {
        for i in 0..<200 {
            var r = SeededRandom(seed: 77 + UInt64(i))
            let text = ArticleGenerator.article(&r)
            let a = Analyzer().analyze(text), b = Analyzer().analyze(text)
            #expect(a.quotes == b.quotes && a.mentions == b.mentions && a.actors == b.actors, "\(text)")
            #expect(JSONExport.json(a, file: "x") == JSONExport.json(b, file: "x"))
        }
    }

    @Test(arguments: ["", " ", "\n", "\n\n\n", "\r\n\r\n", "\"", "“", "”", "\"\"", "“”", "'", "’s", "Mr.", "U.S.",
                      "\u{0}", "\u{1B}", "\u{301}", "e\u{301}", "👨‍👩‍👧", "\u{FEFF}", "A", "a", ".", "—", "\u{202E}"])
    func tinyInputs(text: String) {
        let problems = Invariants.violations(Analyzer().analyze(text), text: text)
        #expect(problems.isEmpty, "\(problems)")
    }
}


/// The checkers themselves catch what they are meant to catch.
@Suite struct InvariantCheckerTests {
    @Test func brokenAnalysesAreReported() {
        let text = "Zoë said “yes, indeed” to Ann Lee.\nSecond paragraph here.\n"
        let good = Analyzer().analyze(text)
        #expect(Invariants.violations(good, text: text).isEmpty)

        var reversed = good
        reversed.quotes = [Quote(kind: .direct, paragraph: 0, parts: [Span(20, 26), Span(13, 18)], rule: QuoteRule.allCases[0])]
        #expect(Invariants.violations(reversed, text: text).contains { $0.contains("out of order") })

        var split = good
        split.quotes = [Quote(kind: .direct, paragraph: 0, parts: [Span(3, 8)], rule: QuoteRule.allCases[0])]  // inside "ë"
        #expect(Invariants.violations(split, text: text).contains { $0.contains("splits a character") })

        var across = good
        across.quotes = [Quote(kind: .direct, paragraph: 0, parts: [Span(30, 45)], rule: QuoteRule.allCases[0])]
        #expect(Invariants.violations(across, text: text).contains { $0.contains("not inside one paragraph") })

        var orphan = good
        orphan.mentions.append(Mention(span: Span(0, 4), paragraph: 0, actor: 0))
        #expect(Invariants.violations(orphan, text: text).contains { $0.contains("belongs to 0 actors") })

        var outside = good
        outside.quotes = [Quote(kind: .direct, paragraph: 0, parts: [Span(10, 900)], rule: QuoteRule.allCases[0])]
        #expect(Invariants.violations(outside, text: text).contains { $0.contains("outside text") })
    }

    @Test func aSlowInputIsReportedAsAHang() {
        let run = BoundedRun.run(3, budget: { _ in 0.2 }, make: { "input \($0)" }, check: { text in
            if text == "input 1" { Thread.sleep(forTimeInterval: 1.0) }
            return []
        })
        #expect(run.failures.count == 1)
        #expect(run.failures.first?.contains("input 1") == true)
        #expect(run.failures.first?.contains("did not finish") == true)
    }
}
