// Process-level tests for messages that tell the truth and a command installed like a tool
// (issues 11 and 14): the parser's own messages sanitized, usage errors, hints, completion
// scripts, the man page, the wrapped report and the JSON's texts.
import Foundation
import Testing

@Suite struct CLIHabitsTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func parserMessageCannotCarryAnEscapeSequence() throws {
        let hostile = "--\u{1B}]0;PWNED\u{07}"
        let r = try CLI.run([hostile])
        #expect(r.status == 64)
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{07}"))
        #expect(r.stderr.contains("Unknown option"))
        #expect(r.stderr.contains("␛]0;PWNED␇"))
        #expect(r.stdout.isEmpty)
        // The same through a subcommand and an option value.
        let b = try CLI.run(["bench", "--repeat", "\u{1B}[2J"])
        #expect(b.status == 64 && !b.stderr.contains("\u{1B}"))
    }

    @Test(arguments: [(["--jobs", "2", "a.txt"], "--jobs works with --json only"),
                      (["--plain", "--json", "a.txt"], "--plain and --json cannot be used together")])
    func usageErrors(args: [String], message: String) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message))
    }

    @Test func noArgumentOutsideTheProjectPrintsUsageAndAHint() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reader-noseed-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // No seeds/ here, nor beside the built binary (.build/<triple>/debug/../../seeds).
        let r = try CLI.run([], cwd: dir)
        let text = r.stderr
        #expect(r.status == 64)
        #expect(text.hasPrefix("Usage: reader [FILE | -]"))
        #expect(text.contains("no article given") && text.contains("give a file"))
        #expect(!text.contains("no seed article found"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowTheDefaultSubcommand(shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        let s = r.out
        #expect((s.contains("--json") || s.contains("-l 'json'")) && s.contains("theme") && s.contains("bench"))
        switch shell {
        case "bash":
            #expect(s.contains("__reader_add_completions -f"))                 // files after `reader`
            #expect(s.contains("\"_reader_${sub}\""))                          // a subcommand first
        case "zsh":
            #expect(s.components(separatedBy: "'(-)*:: :->arg'").count == 2)  // one rest argument only
            #expect(!s.contains("'*:files:_files'"))
            #expect(s.contains("_files && ret=0"))
        default:
            #expect(s.contains("__reader_should_offer_completions_for_positional \"reader\" -ge 1' -F"))
        }
    }

    /// Runs bash's completion function as bash would for `line`.
    @Test func bashCompletesFilesOptionsAndSubcommands() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { Issue.record("no bash"); return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reader-comp-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        FileManager.default.createFile(atPath: dir.appendingPathComponent("alpha.txt").path, contents: Data())
        let script = try CLI.run(["--generate-completion-script", "bash"]).out
        try script.write(to: dir.appendingPathComponent("reader.bash"), atomically: true, encoding: .utf8)
        let driver = """
            source reader.bash
            comp() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
              [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=()
              _reader reader "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "$1|${COMPREPLY[*]}"; }
            comp "reader "
            comp "reader --js"
            comp "reader --theme "
            comp "reader bench --re"
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", driver]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
        p.waitUntilExit()
        #expect(lines.count == 4, "\(lines)")
        guard lines.count == 4 else { return }
        #expect(lines[0].contains("alpha.txt") && lines[0].contains("bench"))
        #expect(lines[1] == "reader --js|--json")
        #expect(lines[2] == "reader --theme |light dark")
        #expect(lines[3] == "reader bench --re|--repeat")
    }

    @Test func manPageIsGeneratedFromTheDefinitions() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/reader.1"), encoding: .utf8)
        #expect(page.contains(".TH READER 1"))
        #expect(page.contains("\\fB\\-\\-theme\\fR") || page.contains("\\fB--theme\\fR"))
        #expect(page.contains("^F"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.root.appendingPathComponent("scripts/gen_man.py").path, try CLI.binary.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let fresh = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(fresh == page, "docs/reader.1 is stale: run scripts/gen_man.py")
    }

    @Test func plainReportIsWrappedToColumnsOr80() throws {
        let long = (0..<40).map { "word\($0)" }.joined(separator: " ")
        let text = Data("Title\n\n\"\(long),\" said Anna Berg.\n".utf8)
        for (columns, width) in [(nil, 80), ("50", 50)] as [(String?, Int)] {
            let r = try CLI.run([], stdin: text, env: ["COLUMNS": columns])
            #expect(r.status == 0)
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 6)
            for l in lines { #expect(l.count <= width, "\(l.count) > \(width): \(l)") }
            // No word is split across lines.
            let words = Set(r.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            #expect(words.contains("word17") && words.contains("word39,»"))
        }
    }

    @Test func jsonCarriesTheTextOfContentCueAndSpeaker() throws {
        let text = Data("Title\n\n\"We will not sign,\" Anna Berg said on Monday.\n".utf8)
        let r = try CLI.run(["--json", "-"], stdin: text)
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
        let q = (obj?["quotes"] as? [[String: Any]])?.first
        #expect((q?["content"] as? [String: Any])?["text"] as? String == "We will not sign,")
        #expect((q?["cue"] as? [String: Any])?["text"] as? String == "said")
        #expect((q?["speaker"] as? [String: Any])?["text"] as? String == "Anna Berg")
    }
}
