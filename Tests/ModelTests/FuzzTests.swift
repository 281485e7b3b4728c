// Fuzzing the Model with seeded random and mutated texts (deterministic, bounded in time):
// no crash, no hang, and every invariant of PropertyTests holds.
import Foundation
import Testing
@testable import Model

@Suite struct FuzzTests {
    @Test func mutatedArticles() {
        let run = BoundedRun.run(2000, budget: PropertyTests.budget, make: { i in
            var r = SeededRandom(seed: 0xF0220 + UInt64(i))
            var text = ArticleGenerator.article(&r)
            for _ in 0..<(1 + r.below(3)) { text = ArticleGenerator.mutate(text, &r) }
            return text
        }, check: { text in Invariants.violations(Analyzer().analyze(text), text: text) })
        print("fuzz: \(run.tried) mutated articles, \(run.totalBytes) bytes, slowest \(Int(run.slowestSecondsPerKB * 1e6)) µs/KB, \(run.failures.count) failing")
        #expect(run.tried == 2000)
        #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n"))")
    }

    /// Random scalars from every part of the code space, with quotation marks and letters mixed in.
    @Test func randomScalarSoup() {
        let run = BoundedRun.run(1000, budget: PropertyTests.budget, make: { i in
            var r = SeededRandom(seed: 0x5009 + UInt64(i))
            var scalars = String.UnicodeScalarView()
            for _ in 0..<r.below(600) {
                let v: UInt32
                switch r.below(6) {
                case 0: v = UInt32(r.below(0x80))
                case 1: v = UInt32(0x41 + r.below(26))
                case 2: v = r.pick([0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x27, 0x2E, 0x20, 0x0A, 0x0D])
                case 3: v = UInt32(0x80 + r.below(0x780))
                case 4: v = UInt32(r.below(0x110000))
                default: v = UInt32(0x61 + r.below(26))
                }
                if let s = Unicode.Scalar(v) { scalars.append(s) }
            }
            return String(scalars)
        }, check: { text in Invariants.violations(Analyzer().analyze(text), text: text) })
        print("fuzz: \(run.tried) random scalar texts, \(run.totalBytes) bytes, \(run.failures.count) failing")
        #expect(run.tried == 1000)
        #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n"))")
    }

    /// Larger inputs built from many generated articles: the time bound is proportional to size,
    /// so a quadratic pass shows up here as a timeout naming the input.
    @Test func largeArticlesStayWithinTheirTimeBound() {
        let run = BoundedRun.run(6, budget: PropertyTests.budget, make: { i in
            var r = SeededRandom(seed: 0xB16 + UInt64(i))
            var text = ""
            // 1,000 paragraphs, one per line (each generated article is a paragraph or a few).
            while text.utf8.count < 100_000 * (1 + i % 3) {
                text += ArticleGenerator.article(&r, maxParagraphs: 3).replacingOccurrences(of: "\r", with: "\n") + "\n"
            }
            return text
        }, check: { text in Invariants.violations(Analyzer().analyze(text), text: text) })
        print("fuzz: \(run.tried) large articles, \(run.totalBytes) bytes, slowest \(Int(run.slowestSecondsPerKB * 1e6)) µs/KB, \(run.failures.count) failing")
        #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n"))")
    }
}
