import Foundation
import Testing
@testable import Reader

@Suite struct BenchTests {
    @Test func wordsAreWhitespaceSeparatedTokens() {
        #expect(Bench.countWords(Array("".utf8)) == 0)
        #expect(Bench.countWords(Array("  one\ttwo\n\nthree  ".utf8)) == 3)
        #expect(Bench.countWords(Array("“Quoted,” she said — twice.".utf8)) == 5)
        // Unicode spaces separate words as in Python's str.split(); other non-ASCII does not.
        #expect(Bench.countWords(Array("a\u{A0}b\u{2009}c\u{3000}d\u{85}e\u{2028}f\u{202F}g".utf8)) == 7)
        #expect(Bench.countWords(Array("Zoë—“中文”\u{200B}x".utf8)) == 1)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(Bench.median([3, 1, 2]) == 2)
        #expect(Bench.median([4, 1, 3, 2]) == 2.5)
        #expect(Bench.median([]) == 0)
    }

    @Test func directoriesAreSearchedRecursivelyForTxtInPathOrder() throws {
        let dir = try CLI.tempDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        try CLI.write("x", "b/c/z.txt", in: dir)
        try CLI.write("x", "b/a.txt", in: dir)
        try CLI.write("x", "notes.md", in: dir)
        try CLI.write("x", "a.txt", in: dir)
        let single = try CLI.write("x", "single.text", in: dir)
        let files = try Bench.expand([dir.path, single])
        #expect(files.map { $0.replacingOccurrences(of: dir.path + "/", with: "") }
                == ["a.txt", "b/a.txt", "b/c/z.txt", "single.txt", "single.text"].filter { $0 != "single.txt" })
    }

    @Test func benchPrintsRunsMemoryAndMedianLast() throws {
        let dir = try CLI.tempDirectory()
        try CLI.write("“One two,” said Ann Lee.\n", "a.txt", in: dir)
        try CLI.write("Three four five.\n", "b.txt", in: dir)
        for jobs in ["1", "2"] {
            let r = try CLI.run(["bench", "--repeat", "3", "--jobs", jobs, dir.path])
            #expect(r.status == 0)
            let lines = r.out.split(separator: "\n")
            #expect(lines.count == 6)
            #expect(lines.first?.hasPrefix("bench: 2 files, 8 words, \(jobs) job") == true)
            #expect(lines.filter { $0.hasPrefix("run ") && $0.contains("files 2  words 8  seconds ") }.count == 3)
            #expect(lines[4].hasPrefix("peak resident memory: "))
            #expect(lines[5].hasPrefix("words/s: "))
            #expect(Int(lines[5].dropFirst("words/s: ".count)) ?? 0 > 0)
        }
    }

    @Test func uiFlagRunsTheScreenModelBenchmark() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write("“One two,” said Ann Lee.\n", "a.txt", in: dir)
        let r = try CLI.run(["bench", "--ui", path])
        #expect(r.status == 0)
        #expect(!r.stdout.isEmpty)
        #expect(!r.out.contains("words/s:"))  // not the analysis benchmark
    }

    @Test func benchOfAMissingPathFails() throws {
        let r = try CLI.run(["bench", "/nonexistent/corpus"])
        #expect(r.status == 1)
        #expect(r.stderrLines == ["reader: /nonexistent/corpus: no such file or directory"])
    }
}
