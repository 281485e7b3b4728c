// Process-level tests: run the built `reader` and check exit status, stderr and stdout.
import Foundation
import Testing

/// Runs the `reader` executable built next to the test bundle (.build/debug/reader).
enum CLI {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// The binary beside the test bundle; a missing binary fails the test rather than skipping it.
    static var binary: URL {
        get throws {
            var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            // Swift Testing may run the bundle from inside the .xctest directory.
            for _ in 0..<3 {
                let candidate = dir.appendingPathComponent("reader")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
            throw MissingBinary(searchedFrom: CommandLine.arguments[0])
        }
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var searchedFrom: String
        var description: String { "no built reader next to \(searchedFrom); run `swift build` first" }
    }

    /// Runs `reader args`, with `stdin` piped in (or /dev/null), and the environment changed by `env`.
    static func run(_ args: [String], stdin: Data? = nil, env: [String: String?] = [:],
                    cwd: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try binary
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle(forReadingAtPath: "/dev/null") : input
        try process.run()
        if let stdin {
            // Feed stdin on another thread so a large input cannot deadlock against a full stdout pipe.
            let writer = input.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
        }
        // Read both pipes at once, so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a bash command line with $READER set to the binary.
    static func shell(_ command: String, cwd: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["READER"] = try binary.path
        process.environment = environment
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory for one test's files.
    static func tempDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reader-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `bytes` to NAME in `dir` and returns its path.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    static func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        try write(Array(text.utf8), name, in: dir)
    }

    /// The JSON object on stdout (one line).
    static func jsonObject(_ result: Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: result.stdout)
        guard let dict = object as? [String: Any] else { throw NotAnObject() }
        return dict
    }

    struct NotAnObject: Error {}
}

@Suite struct CLITests {
    @Test func helpListsTheModesAndExitsZero() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("--json"))
        #expect(r.out.contains("reader bench"))
        #expect(r.out.contains("USAGE"))
        let open = try CLI.run(["open", "--help"])
        #expect(open.status == 0)
        for flag in ["--json", "--jobs", "--plain", "--force", "--mouse"] { #expect(open.out.contains(flag)) }
        let bench = try CLI.run(["bench", "--help"])
        #expect(bench.status == 0)
        for flag in ["--repeat", "--jobs", "--ui"] { #expect(bench.out.contains(flag)) }
    }

    @Test func versionPrintsOneLine() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.split(separator: "\n").count == 1)
        #expect(r.out.first?.isNumber == true)
    }

    @Test(arguments: [["--bogus"], ["--json", "--jobs", "0", "x"], ["--jobs", "many"],
                      ["bench"], ["bench", "--repeat", "0", "."]])
    func badUsageExits64WithTheUsageHint(args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error:"))
        #expect(r.stderr.contains("Usage:") || r.stderr.contains("USAGE:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileIsOneLineNamingIt() throws {
        let r = try CLI.run(["/nonexistent/dir/article.txt"])
        #expect(r.status == 1)
        #expect(r.stderrLines == ["reader: /nonexistent/dir/article.txt: no such file or directory"])
        #expect(r.stdout.isEmpty)
    }

    @Test func emptyDirectoryHasNoArticles() throws {
        // A directory opens the library (LibraryE2ETests); one without articles is an error.
        let dir = try CLI.tempDirectory()
        let r = try CLI.run([dir.path])
        #expect(r.status == 1)
        #expect(r.stderrLines == ["reader: no articles to open (a directory is walked for .txt, .md and web-page files)"])
        #expect(r.stdout.isEmpty)
    }

    @Test func unreadableFileIsRefused() throws {
        // /proc/self/mem opens but every read at offset 0 fails (EIO), even for root.
        let r = try CLI.run(["/proc/self/mem"])
        #expect(r.status == 1)
        #expect(r.stderrLines.count == 1)
        #expect(r.stderr.hasPrefix("reader: /proc/self/mem: "))
        #expect(r.stdout.isEmpty)
        if geteuid() != 0 {  // root reads any file whatever its mode
            let dir = try CLI.tempDirectory()
            let path = try CLI.write("Secret.", "locked.txt", in: dir)
            chmod(path, 0)
            let locked = try CLI.run([path])
            #expect(locked.status == 1)
            #expect(locked.stderrLines == ["reader: \(path): permission denied"])
        }
    }

    @Test func fileNameWithEscapesIsNotEchoedRaw() throws {
        let r = try CLI.run(["/nonexistent/\u{1B}]0;pwned\u{07}.txt"])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(!r.stderr.contains("\u{07}"))
        #expect(r.stderr.contains("␛]0;pwned␇.txt"))
    }

    @Test func stdinIsReadWithDashAndWhenPiped() throws {
        let text = "Mary Jones said the plan was dead.\n"
        for args in [["-", "--json"], ["--json"]] {
            let r = try CLI.run(args, stdin: Data(text.utf8))
            #expect(r.status == 0)
            let json = try CLI.jsonObject(r)
            let paragraphs = json["paragraphs"] as? [[String: Int]]
            #expect(paragraphs?.first?["end"] == 34)
        }
        let report = try CLI.run(["-"], stdin: Data(text.utf8))
        #expect(report.status == 0)
        #expect(report.out.hasPrefix("<stdin>\n\nMary Jones said "))
        #expect(report.out.contains("the plan was dead"))
    }

    @Test func plainReportWhenStdoutIsNotATerminal() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write("Headline here\n\n“The plan is dead,” said Mary Jones.\n", "a.txt", in: dir)
        for env: [String: String?] in [["TERM": "xterm-256color"], ["TERM": "dumb"], ["TERM": nil]] {
            let r = try CLI.run([path], env: env)
            #expect(r.status == 0)
            #expect(r.out.hasPrefix("a.txt\n\nHeadline here\n\n"))
            #expect(r.out.contains("Actors"))
            #expect(r.out.contains("Quotes"))
            #expect(r.stderr.isEmpty)
        }
    }

    @Test func singleFileJSONIsOneObjectOnOneLine() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write("“The plan is dead,” said Mary Jones.\n", "a.txt", in: dir)
        let r = try CLI.run(["--json", path])
        #expect(r.status == 0)
        #expect(r.out.filter { $0 == "\n" }.count == 1)
        let json = try CLI.jsonObject(r)
        #expect(json["file"] as? String == path)
        #expect(json["paragraphs"] is [Any])
        #expect(json["actors"] is [Any])
        #expect(json["quotes"] is [Any])
    }
}
