// End to end: the built `reader` runs in a detached tmux session (its own socket), keys
// are sent with send-keys and the screen is polled with capture-pane until it shows what
// is expected (with a deadline, no fixed sleeps).
import Foundation
import Testing

/// The `reader` executable built next to this test bundle (fails, never skips, when absent).
enum ReaderBinary {
    static func path() throws -> String {
        var dirs: [URL] = []
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        dirs.append(arg0.deletingLastPathComponent())
        if let b = Bundle.main.executableURL { dirs.append(b.resolvingSymlinksInPath().deletingLastPathComponent()) }
        for d in dirs {
            // Inside the .xctest bundle on some platforms: climb to the build directory.
            var dir = d
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("reader").path
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw E2EFailure("reader binary not found next to the test bundle (\(dirs.map(\.path))); run `swift build` first")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seed: String { packageRoot.appendingPathComponent("seeds/000_4c0372a97adc8a86.txt").path }
}

struct E2EFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// One tmux server with one session running the reader through a small wrapper script that
/// records the reader's pid, its exit status and the tty modes before and after.
final class TmuxSession {
    private static let counterLock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    let socket: String
    let dir: URL
    let width: Int, height: Int

    init(args: [String], shell: Bool = false, width: Int = 100, height: Int = 30, env: [String: String] = [:],
         stdinFile: String? = nil, pipeFrom: String? = nil) throws {
        guard let tmux = TmuxSession.which("tmux") else { throw E2EFailure("tmux is not installed (.ci/run installs it)") }
        _ = tmux
        TmuxSession.counterLock.lock()
        TmuxSession.counter += 1
        let n = TmuxSession.counter
        TmuxSession.counterLock.unlock()
        socket = "reader-e2e-\(getpid())-\(n)"
        dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(socket)
        self.width = width
        self.height = height
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let reader = try ReaderBinary.path()
        func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        var script = "#!/bin/sh\nD=\(q(dir.path))\n"
        for (k, v) in env.sorted(by: { $0.key < $1.key }) {
            script += k.hasPrefix("-") ? "unset \(k.dropFirst())\n" : "export \(k)=\(q(v))\n"   // "-TERM": unset
        }
        // A trap (not an ignore, which the reader would inherit) keeps the wrapper alive
        // when ^C reaches the whole process group.
        script += "trap : INT\nstty -g > \"$D/before\"\n"
        let redirect = stdinFile.map { " < \(q($0))" } ?? ""
        let pipe = pipeFrom.map { "cat \(q($0)) | " } ?? ""
        script += "\(pipe)sh -c 'echo $$ > \"$0\"; exec \"$@\"' \"$D/pid\" \(q(reader)) \(args.map(q).joined(separator: " "))\(redirect)\n"
        script += "echo $? > \"$D/status.tmp\"; mv \"$D/status.tmp\" \"$D/status\"\n"
        script += "stty -g > \"$D/after\"\necho READER-DONE\nexec sleep 60\n"
        if shell {
            script = "#!/bin/sh\nexport READER=\(q(reader)) SEED=\(q(ReaderBinary.seed)) PS1='READY$ '\n"
                + "exec bash --norc --noprofile -i\n"
        }
        let scriptPath = dir.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        _ = try tmuxRun(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
                         "sh \(q(scriptPath))"])
        _ = try? tmuxRun(["set-option", "-g", "set-clipboard", "on"])
        panePID = pid_t(((try? tmuxRun(["display-message", "-p", "-t", "main", "#{pane_pid}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        serverPID = pid_t(((try? tmuxRun(["display-message", "-p", "#{pid}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private var serverPID: pid_t?
    private var panePID: pid_t?

    deinit {
        // End what this test started, by pid: the pane's processes, then the server.
        for p in [readerPID, panePID] { if let p = p, p > 0, kill(p, 0) == 0 { kill(p, SIGKILL) } }
        _ = try? tmuxRun(["kill-server"])
        if let p = serverPID, p > 0 {
            for _ in 0..<50 where kill(p, 0) == 0 { usleep(10_000) }
            if kill(p, 0) == 0 { kill(p, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: dir)
    }

    static func which(_ name: String) -> String? {
        for d in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(d)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs tmux with posix_spawn and waitpid (Foundation's Process can wait forever on a
    /// client whose server daemon inherited its descriptors). Output goes through a file.
    @discardableResult
    func tmuxRun(_ args: [String]) throws -> String {
        let outPath = dir.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TMUX")
        if env["TERM"] == nil || env["TERM"] == "dumb" { env["TERM"] = "xterm-256color" }
        let argv = ["tmux", "-L", socket] + args
        let tmux = TmuxSession.which("tmux") ?? "/usr/bin/tmux"
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        // Default signal dispositions and an empty mask for tmux (and so for the reader):
        // the test runner may have inherited SIGTSTP ignored, which would disable ^Z.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGCONT, SIGWINCH] {
            sigaddset(&defaults, sig)
        }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, tmux, &actions, &attr, &cArgs, &cEnv)
        guard rc == 0 else { throw E2EFailure("cannot run tmux: \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: outPath) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    func capture(escapes: Bool = false) -> String {
        (try? tmuxRun(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "main"])) ?? ""
    }

    func display(_ format: String) -> String {
        ((try? tmuxRun(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func send(_ keys: String...) { _ = try? tmuxRun(["send-keys", "-t", "main"] + keys) }

    /// Polls until `ok` holds for the screen, up to `timeout` seconds; returns the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, escapes: Bool = false, _ ok: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture(escapes: escapes)
            if ok(screen) { return screen }
            usleep(30_000)
        }
        throw E2EFailure("timed out waiting for \(what); screen was:\n\(screen)")
    }

    func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    func file(_ name: String) -> String? {
        (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits for the reader to exit; returns its status.
    func exitStatus(timeout: Double = 15) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = file("status"), let n = Int(s) { return n }
            usleep(30_000)
        }
        throw E2EFailure("reader did not exit; screen was:\n\(capture())")
    }

    var readerPID: pid_t? {
        guard let s = file("pid"), let p = pid_t(s) else { return nil }
        return p
    }

    /// After exit: the tty modes are as before, the alternate screen is left, the cursor shows.
    func expectRestored(_ source: SourceLocation = #_sourceLocation) throws {
        _ = try waitFor(text: "READER-DONE")
        #expect(file("before") != nil, sourceLocation: source)
        #expect(file("before") == file("after"), "tty modes not restored", sourceLocation: source)
        #expect(display("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: source)
        #expect(display("#{cursor_flag}") == "1", "cursor left hidden", sourceLocation: source)
    }
}

/// The sidebar's rows (what follows the vertical rule), for checking actor names.
func sidebarRows(_ screen: String) -> [String] {
    screen.split(separator: "\n").compactMap { line in
        guard let r = line.range(of: "│", options: .backwards) else { return nil }
        return String(line[r.upperBound...])
    }
}

@Suite(.serialized) struct E2ETests {
    @Test func readerBinaryIsBuilt() throws {
        let p = try ReaderBinary.path()
        #expect(FileManager.default.isExecutableFile(atPath: p))
    }

    @Test func seedArticleSidebarQuotesFilterHelpQuit() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30)
        let first = try t.waitFor("the seed with its sidebar") { $0.contains("Actors (") && $0.contains("? help") }
        let side = sidebarRows(first)
        #expect(side.contains { $0.contains("Trump") }, "no Trump in the sidebar:\n\(first)")
        #expect(side.contains { $0.contains("Putin") }, "no Putin in the sidebar:\n\(first)")
        #expect(first.contains("quote –/"))
        t.send("n")
        let moved = try t.waitFor("a current quote") { $0.contains("quote 1/") }
        t.send("w")
        _ = try t.waitFor("the why panel") { $0.contains("why quote") && $0.contains("rule     ") && $0.contains("speaker  ") }
        t.send("w")
        _ = try t.waitFor("the why panel closed") { !$0.contains("why quote") }
        #expect(moved.contains("▶"))
        t.send("Tab")
        t.send("Enter")
        _ = try t.waitFor("a filter") { $0.contains("filter: ") }
        t.send("Escape")
        _ = try t.waitFor("the filter cleared") { !$0.split(separator: "\n").last!.contains("filter: ") }
        t.send("?")
        _ = try t.waitFor(text: "reader: keys")
        t.send("q")
        _ = try t.waitFor("help closed") { !$0.contains("reader: keys") && $0.contains("? help") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }

    @Test func articleCannotSetTitleOrClipboard() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("reader-e2e-osc-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.txt").path
        let text = "Breaking \u{1B}]0;pwned\u{07} news \u{1B}]2;pwned2\u{1B}\\ today\n\n"
            + "\"This is fine,\" said Anna Berg. \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}[2J \u{9B}31m \u{202E}txet\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        // No local clipboard tool for this session: y goes through OSC 52, which tmux keeps.
        let t = try TmuxSession(args: [file], width: 100, height: 20, env: ["-DISPLAY": "", "-WAYLAND_DISPLAY": ""])
        let titleBefore = t.display("#{pane_title}")
        let screen = try t.waitFor(text: "␛]0;pwned␇")
        #expect(screen.contains("␛]52;c;ZXZpbA==␇"))
        #expect(screen.contains("␛[2J"))
        #expect(!t.display("#{pane_title}").contains("pwned"))
        #expect(t.display("#{pane_title}") == titleBefore)
        #expect(!(try t.tmuxRun(["list-buffers", "-F", "#{buffer_sample}"])).contains("evil"))
        // y copies the current quote (with its speaker) through OSC 52: tmux receives it.
        t.send("n")
        _ = try t.waitFor("a current quote") { $0.contains("quote 1/") }
        t.send("y")
        _ = try t.waitFor(text: "sent to the terminal's clipboard (OSC 52")
        let deadline = Date().addingTimeInterval(5)
        var buffers = ""
        while Date() < deadline {
            buffers = (try? t.tmuxRun(["show-buffer"])) ?? ""
            if buffers.contains("This is fine") { break }
            usleep(30_000)
        }
        #expect(buffers.contains("This is fine"))
        #expect(!buffers.contains("\u{1B}"))
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129), ("INT", 130)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 90, height: 24)
        _ = try t.waitFor(text: "? help")
        if signal == "INT" {
            t.send("C-c")
        } else {
            let pid = try #require(t.readerPID)
            kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        }
        #expect(try t.exitStatus() == status)
        try t.expectRestored()
    }

    @Test func suspendAndResumeRepaints() throws {
        // ^Z needs a shell with job control: an interactive bash in the pane.
        let t = try TmuxSession(args: [], shell: true, width: 90, height: 24)
        _ = try t.waitFor(text: "READY$")
        t.send("-l", "\"$READER\" \"$SEED\"")
        t.send("Enter")
        _ = try t.waitFor(text: "? help")
        t.send("n")
        _ = try t.waitFor(text: "quote 1/")
        t.send("C-z")
        _ = try t.waitFor(text: "Stopped")
        #expect(t.display("#{alternate_on}") == "0", "^Z did not leave the alternate screen")
        t.send("-l", "fg")
        t.send("Enter")
        let back = try t.waitFor("the repainted screen") { $0.contains("quote 1/") && $0.contains("Actors (") }
        #expect(back.contains("▶"))
        t.send("q")
        _ = try t.waitFor("the shell prompt") { $0.components(separatedBy: "READY$").count >= 4 }
        t.send("-l", "echo STATUS=$?")
        t.send("Enter")
        _ = try t.waitFor(text: "STATUS=0")
        #expect(t.display("#{alternate_on}") == "0")
    }

    @Test func burstOfResizesDoesNotCrash() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30)
        _ = try t.waitFor(text: "? help")
        let sizes = [(20, 5), (200, 50), (1, 1), (80, 24), (40, 10), (160, 40), (2, 2), (120, 35), (60, 12), (100, 30)]
        for i in 0..<50 {
            let (w, h) = sizes[i % sizes.count]
            _ = try t.tmuxRun(["resize-window", "-t", "main", "-x", String(w), "-y", String(h)])
        }
        _ = try t.tmuxRun(["resize-window", "-t", "main", "-x", "100", "-y", "30"])
        _ = try t.waitFor("the 100x30 screen") { s in
            s.contains("? help") && s.split(separator: "\n", omittingEmptySubsequences: false).count >= 30
        }
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func twentyByFiveWorks() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 20, height: 5)
        let s = try t.waitFor("a status line at 20x5") { $0.contains("000_") }
        #expect(!s.contains("Actors"))
        t.send("n")
        t.send("Tab")
        _ = try t.waitFor(text: "Actors")
        t.send("q")
        _ = try t.waitFor("the overlay closed") { !$0.contains("Actors") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }

    @Test func oneByOneWorks() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 1, height: 1)
        // A 1x1 pane cannot show even one character (ncurses never fills the last cell of
        // the screen); the reader must simply keep running, then draw once it grows a little.
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline && t.display("#{alternate_on}") != "1" { usleep(30_000) }
        #expect(t.display("#{alternate_on}") == "1")
        t.send("j")
        _ = try t.tmuxRun(["resize-window", "-t", "main", "-x", "3", "-y", "2"])
        _ = try t.waitFor(text: "…")
        _ = try t.tmuxRun(["resize-window", "-t", "main", "-x", "30", "-y", "6"])
        _ = try t.waitFor(text: "000_")
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func noColorUsesAttributesOnly() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30, env: ["NO_COLOR": "1"])
        _ = try t.waitFor(text: "? help")
        t.send("n")
        let s = try t.waitFor("the current quote", escapes: true) { $0.contains("quote 1/") }
        // SGR colour parameters (30-37, 40-47, 90-97, 38;..., 48;...) never appear.
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*\\b(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m")
        #expect(colour.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil, "colour used under NO_COLOR")
        #expect(s.contains("\u{1B}[7m") || s.contains(";7m") || s.contains("[7;"), "current quote not reversed")
        t.send("q")
        #expect(try t.exitStatus() == 0)

        let c = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30, env: ["NO_COLOR": ""])
        _ = try c.waitFor(text: "? help")
        c.send("n")
        let cs = try c.waitFor("the current quote", escapes: true) { $0.contains("quote 1/") }
        #expect(colour.firstMatch(in: cs, range: NSRange(cs.startIndex..., in: cs)) != nil, "no colour without NO_COLOR")
        c.send("q")
        #expect(try c.exitStatus() == 0)
    }

    @Test func articleOnStdinKeysFromTerminal() throws {
        let t = try TmuxSession(args: ["-"], width: 100, height: 30, stdinFile: ReaderBinary.seed)
        _ = try t.waitFor(text: "? help")
        t.send("G")
        _ = try t.waitFor(text: "100%")
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }

    @Test(arguments: [["TERM": "dumb"], ["-TERM": ""]])
    func dumbOrMissingTermPrintsThePlainReport(env: [String: String]) throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30, env: env)
        #expect(try t.exitStatus() == 0)
        let s = try t.waitFor(text: "READER-DONE")
        #expect(!s.contains("? help"))
        #expect(s.contains("Putin"))
        #expect(t.display("#{alternate_on}") == "0")
    }

    @Test func pipedArticleKeysFromTerminal() throws {
        let t = try TmuxSession(args: [], width: 100, height: 30, pipeFrom: ReaderBinary.seed)
        let s = try t.waitFor(text: "? help")
        #expect(s.contains("<stdin>") || s.contains("stdin"))
        t.send("n")
        _ = try t.waitFor(text: "quote 1/")
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }

    /// X10 mouse reports (what ncurses expects for TERM=screen in tmux): ESC [ M b x y, each +32, 1-based.
    static func mouseBytes(button: Int, x: Int, y: Int) -> [String] {
        [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { String($0, radix: 16) }
    }

    @Test func mouseWheelScrollsAndClickFilters() throws {
        let t = try TmuxSession(args: ["--mouse", ReaderBinary.seed], width: 100, height: 30)
        let first = try t.waitFor(text: "? help")
        let firstLine = first.split(separator: "\n").first.map(String.init) ?? ""
        _ = try t.tmuxRun(["send-keys", "-t", "main", "-H"] + E2ETests.mouseBytes(button: 65, x: 5, y: 5))   // wheel down
        _ = try t.waitFor("the text scrolled") { ($0.split(separator: "\n").first.map(String.init) ?? "") != firstLine }
        // Click the first actor row under the sidebar's title and kind header.
        let side = first.split(separator: "\n").firstIndex { $0.contains("Actors (") }!
        _ = try t.tmuxRun(["send-keys", "-t", "main", "-H"] + E2ETests.mouseBytes(button: 0, x: 90, y: side + 2))
        _ = try t.waitFor(text: "filter: ")
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }
}
