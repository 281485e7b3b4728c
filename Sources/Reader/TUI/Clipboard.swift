// `y`: the current quote to the clipboard, and a message that says what really happened.
// A local clipboard tool when one is there for this session (wl-copy under Wayland, xclip or
// xsel under X, pbcopy on macOS) — "copied" only when it exits 0; else the text goes to the
// terminal as OSC 52, which the terminal may or may not honour, and the message says so.
import Foundation

enum Clipboard {
    struct Tool: Equatable {
        var name: String
        var args: [String]
    }

    /// The tool to use, given the environment and a test for commands on PATH.
    static func tool(env: [String: String], has: (String) -> Bool) -> Tool? {
        let set = { (k: String) in !(env[k] ?? "").isEmpty }
        if set("WAYLAND_DISPLAY"), has("wl-copy") { return Tool(name: "wl-copy", args: []) }
        if set("DISPLAY") {
            if has("xclip") { return Tool(name: "xclip", args: ["-selection", "clipboard"]) }
            if has("xsel") { return Tool(name: "xsel", args: ["--clipboard", "--input"]) }
        }
        if has("pbcopy") { return Tool(name: "pbcopy", args: []) }
        return nil
    }

    static let osc52Message = "sent to the terminal's clipboard (OSC 52; tmux needs set-clipboard on)"

    /// Copies `text`; returns the status message.
    static func copy(_ text: String, terminal: CursesBackend) -> String {
        let env = ProcessInfo.processInfo.environment
        if let t = tool(env: env, has: { which($0, env: env) != nil }), let path = which(t.name, env: env) {
            if run(path, t.args, input: text) { return "copied quote to the clipboard (\(t.name))" }
            terminal.copyToClipboard(text)
            return "\(t.name) failed; " + osc52Message
        }
        terminal.copyToClipboard(text)
        return osc52Message
    }

    static func which(_ name: String, env: [String: String]) -> String? {
        for d in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(d)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs `path args` with `input` on its stdin and its output discarded; true on exit 0
    /// within two seconds (a tool that hangs is killed and counts as a failure).
    static func run(_ path: String, _ args: [String], input: String) -> Bool {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [path] + args
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, &cArgs, environ)
        close(fds[0])
        guard rc == 0 else { close(fds[1]); return false }
        let old = signal(SIGPIPE, SIG_IGN)
        let bytes = Array(input.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            off += n
        }
        close(fds[1])
        signal(SIGPIPE, old)
        var status: Int32 = 0
        for _ in 0..<200 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return off == bytes.count && (status & 0x7F) == 0 && (status >> 8) & 0xFF == 0 }
            if r < 0 && errno != EINTR { return false }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return false
    }
}
