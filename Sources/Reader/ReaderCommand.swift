// Argument parsing and dispatch: `reader [FILE]` (TUI, or a plain report when piped),
// `reader --json FILE...`, `reader bench PATH...`.
import ArgumentParser
import Foundation
import Model

@main
struct ReaderCommand: ParsableCommand {
    /// The parser's own messages (an unknown option echoes what was typed, maybe a file name
    /// holding an escape sequence) go through the sanitizer like every other message.
    static func main() {
        if let script = CompletionRoot.requested(Array(CommandLine.arguments.dropFirst())) {
            StandardOutput.prepare()
            StandardOutput.write(script)
            return
        }
        do {
            var command = try ManyFileArguments.parseAsRoot(Array(CommandLine.arguments.dropFirst()))  // parseAsRoot, linear in files
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = Sanitizer.message(fullMessage(for: error))
            if code == .success {
                if !text.isEmpty { StandardOutput.prepare(); StandardOutput.write(text + "\n") }
            } else if !text.isEmpty {
                Diagnostics.writeRaw(text + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Open a news article and show who said what.",
        usage: """
            reader [FILE | -] [--plain] [--force] [--mouse] [--theme light|dark]
            reader DIR | FILE FILE... | --files-from LIST [--jobs N]
            reader --json FILE... [--jobs N] [--force]
            reader --jsonl [FILE...] [--jobs N]
            reader sources FILE...|DIR [--json | --csv]
            reader export --csv FILE... | --brat OUTDIR FILE...
            reader bench PATH... [--repeat N] [--jobs N] [--ui]
            reader extract FILE|URL [--json]
            """,
        discussion: """
            With no FILE, reads piped standard input, else opens the article in ./seeds. On a terminal \
            the article opens in an interactive reader (press ? for its keys); when standard output is \
            not a terminal, or TERM is unset or dumb, a plain-text report is printed instead: the \
            paragraphs with quotes marked «…» and their speaker in [brackets], then the actors and quotes.

            --json prints the analysis as JSON; with several files, JSON Lines in input order, analysed \
            on --jobs threads (default: the number of cores). Exit status: 0 on success, 1 when a file \
            cannot be read or is not text (binary files need --force), 64 on bad usage.

            A FILE may be a saved web page (.html, or any file that starts like HTML) or an http(s):// \
            address: the article in it is opened. 'reader extract' prints a page's article text alone.

            Several files, a directory (walked for .txt, .md and web pages) or --files-from LIST open the \
            library: one row per article, analysed in the background, with an actor sidebar across \
            all of them (press ? for its keys). When standard output is not a terminal, or with \
            --plain, the library is printed as a table instead: file, date, quotes, top speakers and \
            headline, tab-separated, one article a line.

            Run 'reader open --help' for every option of the reader, 'reader bench --help' for the benchmark.
            """,
        version: "0.1.0",
        subcommands: [Open.self, Bench.self, Extract.self, SourcesCommand.self, ExportCommand.self],
        defaultSubcommand: Open.self)
}

/// The command as a shell should complete it: `reader` itself takes the default subcommand's
/// files and options, beside the subcommands' names (the parser's own script for
/// ReaderCommand would offer only the names after `reader`).
struct CompletionRoot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reader", version: ReaderCommand.configuration.version,
                                                    subcommands: ReaderCommand.configuration.subcommands)

    @OptionGroup var options: OpenOptions

    /// The script when the arguments ask for one (`--generate-completion-script bash`), else nil.
    static func requested(_ args: [String]) -> String? {
        var shell: String?
        for (i, a) in args.enumerated() {
            if a == "--generate-completion-script" { shell = i + 1 < args.count ? args[i + 1] : "" }
            if a.hasPrefix("--generate-completion-script=") { shell = String(a.dropFirst("--generate-completion-script=".count)) }
        }
        guard let name = shell, let kind = CompletionShell(rawValue: name) else { return nil }
        return fixDefaultSubcommand(completionScript(for: kind), kind)
    }

    /// The generated scripts let the root's files swallow every word (bash) or declare two
    /// rest arguments (zsh): offer files and the subcommands' names side by side instead.
    static func fixDefaultSubcommand(_ script: String, _ shell: CompletionShell) -> String {
        let subcommands = ReaderCommand.configuration.subcommands.map { $0._commandName } + ["help"]
        let names = subcommands.joined(separator: "|")
        let wordList = subcommands.map { "'\($0)'" }.joined(separator: "$'\\n'")
        switch shell {
        case .bash:
            // A subcommand comes first or not at all: after one, complete that subcommand.
            return script.replacingOccurrences(of: """
                    local -a non_repeating_options=(--files-from --jobs --theme)
                    __reader_offer_flags_options -1
                """, with: """
                    local -a non_repeating_options=(--files-from --jobs --theme)
                    case "${COMP_WORDS[1]}" in
                    \(names))
                        if [[ "${COMP_CWORD}" -gt 1 ]]; then
                            local -r sub="${COMP_WORDS[1]}"
                            unparsed_words=("${unparsed_words[@]:1}")
                            "_reader_${sub}"
                            return
                        fi
                        ;;
                    esac
                    __reader_offer_flags_options -1
                """).replacingOccurrences(of: """
                    # Offer positional completions
                    case "${positional_number}" in
                    *)
                        __reader_add_completions -f
                """, with: """
                    # Offer positional completions: files, and first the subcommands' names
                    case "${positional_number}" in
                    *)
                        [[ "${COMP_CWORD}" -eq 1 ]] && __reader_add_completions -W \(wordList)
                        __reader_add_completions -f
                """)
        case .zsh:
            return script
                .replacingOccurrences(of: "        '*:files:_files'\n", with: "")
                .replacingOccurrences(of: """
                        _describe -V subcommand subcommands && ret=0
                """, with: """
                        _describe -V subcommand subcommands && ret=0
                        _files && ret=0
                """)
                .replacingOccurrences(of: """
                        "_reader_${words[1]}" && ret=0
                            ;;
                """, with: """
                        "_reader_${words[1]}" && ret=0
                            ;;
                        *)
                            _files && ret=0
                            ;;
                """)
        default:
            return script
        }
    }
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an article (the seed article when no file is given; '-' reads standard input), or several as a library.")

    @OptionGroup var options: OpenOptions

    func validate() throws { try options.check() }

    func run() throws { try options.run() }
}

/// What `reader [open]` takes: one definition for the parser, the help, the completion
/// scripts and the man page.
struct OpenOptions: ParsableArguments {
    @Argument(help: "Article(s): plain text, saved web pages or http(s) addresses; '-' reads standard input. Several files or a directory open the library.",
              completion: .file())
    var files: [String] = []

    @Flag(name: .long, help: "Print the analysis as JSON (JSON Lines for several files).")
    var json = false

    @Option(name: .customLong("files-from"), help:  ArgumentHelp("Read the paths from LIST, one a line ('-': standard input): a library, or JSON Lines with --json.", valueName: "LIST"))
    var filesFrom: String?

    @Flag(name: .long, help: "Read JSON Lines (one {\"text\": …} article a line) from the files or standard input; write one analysis a line.")
    var jsonl = false

    @Option(name: .long, help: "Files analysed at once with --json or in a library (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Print the plain-text report even on a terminal.")
    var plain = false

    @Flag(name: .long, help: "Open files that look binary.")
    var force = false

    @Flag(name: .long, help: "Turn on mouse: wheel scrolling and click-to-filter in the sidebar.")
    var mouse = false

    @Option(name: .long, help: ArgumentHelp(
        "Colours for a light or dark terminal background (default: READER_THEME, else detected).",
        valueName: "light|dark"))
    var theme: ThemeChoice?

    func check() throws {
        if jsonl && (json || plain) { throw ValidationError("--jsonl cannot be used with --json or --plain") }
        if jsonl { if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }; return }
        if jobs != nil && !json && !isLibrary {
            throw ValidationError("--jobs works with --json only, or with several files or a directory (the library)")
        }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if plain && json { throw ValidationError("--plain and --json cannot be used together") }
    }

    /// Several articles, a directory or a list of paths: the library (one stat, of a lone argument).
    var isLibrary: Bool {
        if files.count > 1 || filesFrom != nil { return true }
        guard let only = files.first, only != "-", !only.contains("://") else { return false }
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: only, isDirectory: &isDir) && isDir.boolValue
    }

    func run() throws {
        if jsonl {
            StandardOutput.prepare()
            if !JSONLines.run(paths: files.isEmpty ? ["-"] : files, jobs: jobs ?? ProcessStats.cores, force: force) { throw ExitCode(1) }
            return
        }
        let paths: [String]
        if !files.isEmpty || filesFrom != nil {
            paths = files
        } else if StandardInput.isPiped() {
            paths = ["-"]
        } else if let seed = SeedArticle.path() {
            paths = [seed]
        } else {
            Diagnostics.writeRaw("Usage: " + Sanitizer.message(ReaderCommand.usageString()) + "\n")
            Diagnostics.fail("no article given, and no seeds/ folder here to open by default: give a file, or '-' for standard input ('reader --help' for more)", status: ExitCode.validationFailure.rawValue)
        }
        if paths.contains("-") && isatty(STDIN_FILENO) != 0 {
            Diagnostics.warn("reading the article from standard input; end with ^D")
        }
        if json || plain || !Terminal.isInteractive() { StandardOutput.prepare() }
        if json {
            // Directories walked, --files-from read (AuditInputs.swift).
            let paths = try AuditInputs.batchPaths(paths, filesFrom: filesFrom)
            let ok = BatchJSON.run(paths: paths, jobs: jobs ?? ProcessStats.cores, force: force)
            if !ok { throw ExitCode(1) }
            return
        }
        if isLibrary {
            let paths = try AuditInputs.batchPaths(paths, filesFrom: filesFrom)
            if paths.isEmpty { Diagnostics.fail("no articles to open (a directory is walked for .txt, .md and web-page files)") }
            if paths.contains("-") { Diagnostics.fail("'-' (standard input) cannot be one of several articles; save it to a file, or use --json") }
            let jobs = jobs ?? ProcessStats.cores
            if plain || !Terminal.isInteractive() {
                if !LibraryListing.write(paths: paths, jobs: jobs, force: force) { throw ExitCode(1) }
            } else {
                TUI.runLibrary(paths: paths, jobs: jobs, force: force, mouse: mouse,
                               theme: theme ?? ThemeChoice.fromEnvironment(ProcessInfo.processInfo.environment))
            }
            return
        }
        let article: Article
        do {
            article = try ArticleLoader.load(path: paths[0], force: force)
        } catch let error as ArticleLoader.Failure {
            Diagnostics.fail(error.message)
        }
        for warning in article.warnings { Diagnostics.warn(warning) }
        let analysis = Analyzer().analyze(article.text)
        if plain || !Terminal.isInteractive() {
            PlainReport.write(analysis, name: article.displayName)
        } else {
            TUI.run(article: article, analysis: analysis, mouse: mouse, theme: theme ?? ThemeChoice.fromEnvironment(ProcessInfo.processInfo.environment))
        }
    }
}

enum StandardInput {
    /// True when stdin is a pipe or a redirected file (`cat a.txt | reader`, `reader < a.txt`);
    /// not for a terminal or /dev/null, so plain `reader` still opens the seed article.
    static func isPiped() -> Bool {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }
}

/// The article every newcomer sees first: the one `.txt` file in `seeds/`.
enum SeedArticle {
    static func path() -> String? {
        let candidates = [FileManager.default.currentDirectoryPath + "/seeds",
                          URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                              .deletingLastPathComponent().appendingPathComponent("../../seeds").standardized.path]
        for dir in candidates {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: dir),
               let first = names.filter({ $0.hasSuffix(".txt") }).sorted().first {
                return dir + "/" + first
            }
        }
        return nil
    }
}

/// One-line messages on stderr, prefixed with the program name; sanitized here, whoever built them.
enum Diagnostics {
    static func warn(_ message: String) {
        writeRaw("reader: \(Sanitizer.visible(message))\n")
    }

    /// Text already made safe (Sanitizer.message), written to stderr as it is.
    static func writeRaw(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    static func fail(_ message: String, status: Int32 = 1) -> Never {
        warn(message)
        exit(status)
    }
}
