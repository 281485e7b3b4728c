import Foundation
import Testing
@testable import Reader

@Suite struct LibraryIndexerBenchTests {
    @Test func benchLibraryPrintsItsLines() throws {
        let dir = try CLI.tempDirectory()
        try CLI.write("Bridge opens\n\n“It is done,” said Mayor Ann Okafor.\n", "a.txt", in: dir)
        try CLI.write("Rail plan\n\n“We start in May,” Okafor said.\n", "b.txt", in: dir)
        try CLI.write([0x00, 0x01, 0x00, 0x00] + [UInt8](repeating: 0, count: 32), "c.txt", in: dir)
        let r = try CLI.run(["bench", "--library", "--jobs", "2", dir.path])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        let prefixes = ["library: 3 paths listed in ", "analysed: 2 articles, 1 failed, in ", "first failure: ",
                        "articles/s: ", "archive actors: ", "summaries: ", "peak resident memory: ",
                        "synthetic archive: 3 articles × 40 actors of 30 names, shuffled: index "]
        #expect(lines.count == prefixes.count)
        for (line, prefix) in zip(lines, prefixes) { #expect(line.hasPrefix(prefix)) }
        #expect(lines.first?.hasSuffix(", 2 jobs") == true)
        #expect(lines.contains { $0.hasPrefix("first failure: ") && $0.contains("c.txt: not a text file") })
        // Okafor of b.txt is Ann Okafor of a.txt: one actor.
        #expect(lines.contains { $0.hasPrefix("archive actors: 1 from 2 article actors, 2 quotes") })
    }

    @Test func benchLibraryRefusesUIAndAnEmptyDirectory() throws {
        let dir = try CLI.tempDirectory()
        let both = try CLI.run(["bench", "--library", "--ui", dir.path])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--library"))
        let empty = try CLI.run(["bench", "--library", dir.path])
        #expect(empty.status == 1)
        #expect(empty.stderrLines.count == 1)
        #expect(empty.stderr.contains("no articles found"))
    }
}
