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
        version: "0.1.0",
        subcommands: [Open.self, Bench.self],
        defaultSubcommand: Open.self)
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an article (the seed article when no file is given; '-' reads standard input).")

    @Argument(help: "Plain-text article(s). Several files need --json.")
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
        if files.count > 1 && !json { throw ValidationError("several files need --json") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        if json {
            let ok = BatchJSON.run(paths: files.isEmpty ? [SeedArticle.path()] : files,
                                   jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force)
            if !ok { throw ExitCode(1) }
            return
        }
        let path = files.first ?? SeedArticle.path()
        let article: Article
        do {
            article = try ArticleLoader.load(path: path, force: force)
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
        FileHandle.standardError.write(Data("reader: \(message)\n".utf8))
    }

    static func fail(_ message: String, status: Int32 = 1) -> Never {
        warn(message)
        exit(status)
    }
}
