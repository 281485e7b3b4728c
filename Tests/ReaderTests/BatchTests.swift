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
        let r = try CLI.run(["--json", "--jobs", "2"] + paths)
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == paths.count)
        for (line, path) in zip(lines, paths) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["file"] as? String == path)
            let failed = path.hasSuffix("missing.txt")
            #expect((object?["error"] != nil) == failed)
            #expect((object?["quotes"] != nil) == !failed)
        }
        #expect(r.stderrLines == ["reader: \(paths[5]): no such file or directory"])
    }

    @Test func directoriesAreWalkedAndListsRead() throws {
        let dir = try CLI.tempDirectory()
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let b = try CLI.write("Bo Lee said so.", "b.txt", in: dir)
        let a = try CLI.write("Ann Lee said it rained.", "a.txt", in: dir)
        _ = try CLI.write("T1\tSource 0 3\tAnn\n", "a.ann", in: dir)
        _ = try CLI.write("Hidden said so.", ".hidden.txt", in: dir)
        let d = try CLI.write("Di Lee said it snowed.", "d.txt", in: sub)
        let r = try CLI.run(["--json", dir.path])
        #expect(r.status == 0)
        let files = r.out.split(separator: "\n").map { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["file"] as? String }
        #expect(files == [a, b, d])
        let list = try CLI.write("\(d)\n\(a)\n", "list", in: dir)
        let fromList = try CLI.run(["--json", "--files-from", list, b])
        #expect(fromList.status == 0)
        #expect(fromList.out.split(separator: "\n").map { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["file"] as? String } == [b, d, a])
        let fromStdin = try CLI.run(["--json", "--files-from", "-"], stdin: Data("\(a)\n".utf8))
        #expect(fromStdin.out.split(separator: "\n").count == 1)
        // Without --json, the list opens the library: a table when not on a terminal.
        let library = try CLI.run(["--files-from", list])
        #expect(library.status == 0)
        #expect(library.out.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) } == ["file", "d.txt", "a.txt"])
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

/// `reader --jsonl`: the stream filter's contract.
@Suite struct JSONLinesTests {
    static func article(_ i: Int) -> String {
        // Sizes differ so that lines finish out of order on several threads.
        String(repeating: "\u{201C}Point \(i),\u{201D} said Ann Lee. Bo Park said the plan was late.\n\n", count: 1 + (i * 7) % 23)
    }

    static func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func idsThroughOrderKeptBadLinesReported() throws {
        var input = ""
        for i in 0..<30 {
            switch i {
            case 4: input += "{not json\n"
            case 9: input += try Self.line(["id": "x9", "title": "no text"]) + "\n"
            case 13: input += "[1, 2]\n"
            case 17: input += try Self.line(["id": 17, "text": 5]) + "\n"
            default: input += try Self.line(["id": "a\(i)", "url": "https://example.org/\(i)", "date": "2024-01-0\(i % 9 + 1)", "text": Self.article(i)]) + "\n"
            }
        }
        let r = try CLI.run(["--jsonl", "--jobs", "3"], stdin: Data(input.utf8))
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 30)
        for (i, line) in lines.enumerated() {
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            if [4, 9, 13, 17].contains(i) {
                #expect(o["line"] as? Int == i + 1)
                #expect((o["error"] as? String)?.isEmpty == false)
                #expect(o["quotes"] == nil)
            } else {
                #expect(o["id"] as? String == "a\(i)")
                #expect(o["url"] as? String == "https://example.org/\(i)")
                #expect(o["date"] as? String == "2024-01-0\(i % 9 + 1)")
                #expect(o["file"] == nil && o["error"] == nil)
                #expect((o["quotes"] as? [Any])?.isEmpty == false)
            }
        }
        #expect(r.stderrLines.count == 4)
        #expect(r.stderr.contains("line 5: malformed JSON"))
    }

    @Test func theAnalysisEqualsThatOfTheSameTextAsAFile() throws {
        let dir = try CLI.tempDirectory()
        let text = Self.article(5)
        let path = try CLI.write(text, "a.txt", in: dir)
        var fromFile = try CLI.jsonObject(try CLI.run(["--json", path]))
        fromFile["file"] = nil
        let r = try CLI.run(["--jsonl", "-"], stdin: Data((try Self.line(["text": text]) + "\n").utf8))
        #expect(r.status == 0)
        let fromLine = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect(NSDictionary(dictionary: fromLine).isEqual(to: fromFile))
    }

    @Test func htmlLinesAreWebPages() throws {
        let page = "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan divides the town</h1>"
            + (0..<4).map { "<p>\u{201C}We cannot wait another year for the harbour, not one more,\u{201D} said the mayor, Ana Ruiz, at the meeting number \($0) on Tuesday evening.</p>" }.joined()
            + "</article></body></html>"
        let r = try CLI.run(["--jsonl"], stdin: Data((try Self.line(["id": "p1", "html": page]) + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let o = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect(o["id"] as? String == "p1")
        #expect((o["text"] as? String)?.contains("We cannot wait another year") == true)
        #expect(o["meta"] is [String: Any])
        #expect((o["quotes"] as? [Any])?.count == 4)
    }

    @Test func aLineOverTheLimitIsSkippedNotHeld() {
        var input: [UInt8] = Array("{\"text\": \"Ann Lee said it was late.\"}\n".utf8)
        input += [UInt8](repeating: 0x20, count: 300) + Array("{\"text\": \"x\"}\n".utf8)
        input += Array("{\"text\": \"Bo Park said so.\"}".utf8)  // no final newline
        let fd = input.withUnsafeBytes { b -> Int32 in
            var fds: [Int32] = [0, 0]
            _ = pipe(&fds)
            _ = write(fds[1], b.baseAddress, b.count)
            close(fds[1])
            return fds[0]
        }
        defer { close(fd) }
        var reader = LineReader(fd: fd, limit: 100)
        var got: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let b): got.append(String(decoding: b, as: UTF8.self))
            case .tooLong: got.append("<too long>")
            }
        }
        #expect(got == ["{\"text\": \"Ann Lee said it was late.\"}", "<too long>", "{\"text\": \"Bo Park said so.\"}"])
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        let input = try (0..<20).map { try Self.line(["id": $0, "text": Self.article($0)]) }.joined(separator: "\n") + "\n"
        let one = try CLI.run(["--jsonl", "--jobs", "1"], stdin: Data(input.utf8))
        let four = try CLI.run(["--jsonl", "--jobs", "4"], stdin: Data(input.utf8))
        #expect(one.status == 0)
        #expect(one.out == four.out)
        #expect(one.out.split(separator: "\n").count == 20)
    }

    /// The README's recipe for an archive bigger than one machine: GNU parallel cuts the stream
    /// into blocks, runs one reader per block and keeps the order (-k); the result must be a
    /// single run's, line for line.
    @Test func gnuParallelPipeEqualsASingleRun() throws {
        let dir = try CLI.tempDirectory()
        let input = try (0..<60).map { try Self.line(["id": "n\($0)", "text": Self.article($0)]) }.joined(separator: "\n") + "\n"
        let path = try CLI.write(input, "in.jsonl", in: dir)
        let single = try CLI.run(["--jsonl", path])
        #expect(single.status == 0)
        let split = try CLI.shell("command -v parallel >/dev/null || { echo 'GNU parallel is not installed (.ci/run installs it)' >&2; exit 3; }; "
            + "parallel --will-cite --pipe -k --block 20k -j 2 \"$READER\" --jsonl --jobs 1 < '\(path)'")
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.out.split(separator: "\n") == single.out.split(separator: "\n"))
        #expect(single.out.split(separator: "\n").count == 60)
        // It really was split: more than one block of 20 kB.
        #expect(input.utf8.count > 40_000)
    }
}


/// Many file arguments are taken by a linear pre-scan, not the parser's array argument.
@Suite struct ManyFileArgumentsTests {
    @Test func filesOptionsAndTheirValuesAreToldApart() throws {
        let files = (0..<500).map { "f\($0).txt" }
        let args = ["--json"] + files[..<200] + ["--jobs", "3"] + files[200...] + ["--", "-odd.txt"]
        let open = try #require(try ManyFileArguments.parseAsRoot(args) as? Open)
        #expect(open.options.files == files + ["-odd.txt"])
        #expect(open.options.jobs == 3)
        #expect(open.options.json)
        let sources = try #require(try ManyFileArguments.parseAsRoot(["sources", "a", "--files-from", "list", "b", "--csv"]) as? SourcesCommand)
        #expect(sources.inputs.files == ["a", "b"])
        #expect(sources.inputs.filesFrom == "list")
        #expect(sources.csv)
        let export = try #require(try ManyFileArguments.parseAsRoot(["export", "--brat", "out", "a", "b"]) as? ExportCommand)
        #expect(export.inputs.files == ["a", "b"])
        #expect(export.brat == "out")
        // Other subcommands are the parser's alone.
        #expect(try ManyFileArguments.parseAsRoot(["extract", "a.html"]) is Extract)
        #expect(try ManyFileArguments.parseAsRoot(["bench", "a.txt", "b.txt"]) is Bench)
    }

    @Test func errorsAreTheParsersOwn() {
        #expect((try? ManyFileArguments.parseAsRoot(["a.txt", "b.txt"]) as? Open)?.options.files == ["a.txt", "b.txt"])  // the library
        #expect(throws: (any Error).self) { try ManyFileArguments.parseAsRoot(["--json", "a", "--bogus", "b"]) }
        #expect(throws: (any Error).self) { try ManyFileArguments.parseAsRoot(["sources", "--json", "--csv", "a", "b"]) }
    }

    @Test func manyFilesThroughTheBinaryInOrder() throws {
        let dir = try CLI.tempDirectory()
        let a = try CLI.write("Ann Lee said it rained.", "a.txt", in: dir)
        let paths = (0..<400).map { $0 % 7 == 3 ? dir.appendingPathComponent("missing\($0).txt").path : a }
        let r = try CLI.run(["--json", "--jobs", "2"] + paths)
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 400)
        for (i, line) in lines.enumerated() { #expect(line.contains("missing\(i).txt") == (i % 7 == 3)) }
    }
}
