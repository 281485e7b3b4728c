// Argument parsing and dispatch: `reader [FILE]` (TUI, or a plain report when piped),
// `reader --json FILE...`, `reader bench PATH...`.
import ArgumentParser
import Foundation
import Model

@main
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Open a news article and show who said what.",
        usage: """
            reader [FILE | -] [--plain] [--force] [--mouse]
            reader --json FILE... [--jobs N] [--force]
            reader bench PATH... [--repeat N] [--jobs N] [--ui]
            """,
        discussion: """
            With no FILE, reads piped standard input, else opens the article in ./seeds. On a terminal \
            the article opens in an interactive reader (press ? for its keys); when standard output is \
            not a terminal, or TERM is unset or dumb, a plain-text report is printed instead: the \
            paragraphs with quotes marked «…» and their speaker in [brackets], then the actors and quotes.

            --json prints the analysis as JSON; with several files, JSON Lines in input order, analysed \
            on --jobs threads (default: the number of cores). Exit status: 0 on success, 1 when a file \
            cannot be read or is not text (binary files need --force), 64 on bad usage.

            Run 'reader open --help' for every option of the reader, 'reader bench --help' for the benchmark.
            """,
        version: "0.1.0",
        subcommands: [Open.self, Bench.self, Extract.self],
        defaultSubcommand: Open.self)
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an article (the seed article when no file is given; '-' reads standard input).")

    @Argument(help: "Plain-text article(s); '-' reads standard input. Several files need --json.")
    var files: [String] = []

    @Flag(name: .long, help: "Print the analysis as JSON (JSON Lines for several files).")
    var json = false

    @Option(name: .long, help: "Files analysed at once with --json (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Print the plain-text report even on a terminal.")
    var plain = false

    @Flag(name: .long, help: "Open files that look binary.")
    var force = false

    @Flag(name: .long, help: "Turn on mouse: wheel scrolling and click-to-filter in the sidebar.")
    var mouse = false

    func validate() throws {
        if files.count > 1 && !json { throw ValidationError("several files need --json (or open one at a time)") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let paths = files.isEmpty ? [StandardInput.isPiped() ? "-" : SeedArticle.path()] : files
        if json || plain || !Terminal.isInteractive() { StandardOutput.prepare() }
        if json {
            let ok = BatchJSON.run(paths: paths, jobs: jobs ?? ProcessStats.cores, force: force)
            if !ok { throw ExitCode(1) }
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
            TUI.run(article: article, analysis: analysis, mouse: mouse)
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
    static func path() -> String {
        let candidates = [FileManager.default.currentDirectoryPath + "/seeds",
                          URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                              .deletingLastPathComponent().appendingPathComponent("../../seeds").standardized.path]
        for dir in candidates {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: dir),
               let first = names.filter({ $0.hasSuffix(".txt") }).sorted().first {
                return dir + "/" + first
            }
        }
        Diagnostics.fail("no seed article found in ./seeds; give a file to open")
    }
}

/// One-line messages on stderr, prefixed with the program name.
enum Diagnostics {
    static func warn(_ message: String) {
        let line = Array("reader: \(message)\n".utf8)
        line.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    static func fail(_ message: String, status: Int32 = 1) -> Never {
        warn(message)
        exit(status)
    }
}
