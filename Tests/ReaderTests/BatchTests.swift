import Foundation
import Testing
@testable import Reader

@Suite struct BatchTests {
    @Test func jsonLinesInInputOrderWithErrorsOnTheirLine() throws {
        let dir = try CLI.tempDirectory()
        var paths: [String] = []
        for i in 0..<12 {
            // Sizes differ so that files finish out of order on several threads.
            let text = String(repeating: "“Point \(i),” said Ann Lee.\n", count: (12 - i) * 40)
            paths.append(try CLI.write(text, "f\(i).txt", in: dir))
        }
        paths.insert(dir.appendingPathComponent("missing.txt").path, at: 5)
        paths.insert(dir.path, at: 9)
        let r = try CLI.run(["--json", "--jobs", "2"] + paths)
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == paths.count)
        for (line, path) in zip(lines, paths) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["file"] as? String == path)
            let failed = path.hasSuffix("missing.txt") || path == dir.path
            #expect((object?["error"] != nil) == failed)
            #expect((object?["quotes"] != nil) == !failed)
        }
        #expect(r.stderrLines == ["reader: \(paths[5]): no such file or directory", "reader: \(dir.path): is a directory"])
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        let dir = try CLI.tempDirectory()
        let paths = try (0..<6).map { i in
            try CLI.write(String(repeating: "Ann Lee said “\(i)” today.\n", count: 50 * (i + 1)), "f\(i).txt", in: dir)
        }
        let one = try CLI.run(["--json", "--jobs", "1"] + paths)
        let two = try CLI.run(["--json", "--jobs", "2"] + paths)
        let many = try CLI.run(["--json", "--jobs", "16"] + paths)
        #expect(one.status == 0)
        #expect(one.out == two.out)
        #expect(one.out == many.out)
        #expect(one.out.split(separator: "\n").count == 6)
    }

    @Test func parallelForEachVisitsEveryIndexOnce() {
        for jobs in [1, 2, 3, 8] {
            let lock = NSLock()
            var seen = [Int](repeating: 0, count: 1000)
            Parallel.forEach(count: 1000, jobs: jobs) { i in
                lock.lock(); seen[i] += 1; lock.unlock()
            }
            #expect(seen.allSatisfy { $0 == 1 })
        }
        Parallel.forEach(count: 0, jobs: 4) { _ in Issue.record("no work expected") }
    }

    /// Many short rounds: threads that finish and release their work must never trap (an earlier
    /// withoutActuallyEscaping version crashed the release build this way).
    @Test func manyShortRoundsOnSeveralThreads() {
        for round in 0..<300 {
            let lock = NSLock()
            var sum = 0
            Parallel.forEach(count: 5, jobs: 2 + round % 3) { i in lock.lock(); sum += i; lock.unlock() }
            #expect(sum == 10)
        }
    }

    @Test func benchWithTwoJobsRepeatedlyExitsCleanly() throws {
        let dir = try CLI.tempDirectory()
        for i in 0..<6 { try CLI.write("“Point \(i),” said Ann Lee.\n", "f\(i).txt", in: dir) }
        let r = try CLI.run(["bench", "--jobs", "2", "--repeat", "50", dir.path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
    }

    /// Two jobs really run at once: 8 waits of 50 ms take about 200 ms, not 400 ms (waiting needs
    /// no CPU, so a loaded machine does not change this).
    @Test func twoJobsOverlap() {
        let start = Date()
        Parallel.forEach(count: 8, jobs: 2) { _ in Thread.sleep(forTimeInterval: 0.05) }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 0.33, "\(elapsed) s")
        #expect(elapsed >= 0.19)
    }
}
