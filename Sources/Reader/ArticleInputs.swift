// The inputs of the commands that read many articles (`sources`, `export`): files or
// directories, `--files-from`, `--jobs` and `--force`, checked and resolved in one place.
import ArgumentParser
import Model

struct ArticleInputs: ParsableArguments {
    @Argument(help: "Articles (text or web pages) or directories of them; '-' reads standard input.", completion: .file())
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Read the paths from LIST, one a line ('-': standard input).", valueName: "LIST"))
    var filesFrom: String?

    @Option(name: .long, help: "Articles analysed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Open files that look binary.")
    var force = false

    func validate() throws {
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if files.isEmpty && filesFrom == nil { throw ValidationError("give articles, a directory, or --files-from LIST") }
    }

    /// The article paths, directories walked and the list read; a failure or an empty result
    /// ends the program with one line.
    func paths() throws -> [String] {
        let paths: [String]
        do { paths = try AuditInputs.paths(files, filesFrom: filesFrom) } catch let e as AuditInputs.Failure { Diagnostics.fail(e.message) }
        if paths.isEmpty { Diagnostics.fail("no articles found (directories are searched for .txt and .html files)") }
        return paths
    }

    /// Analyses the paths on `--jobs` threads, handing each result over in input order.
    func analyse(_ paths: [String], _ body: @escaping (Int, Result<(Article, Analysis), ArticleLoader.Failure>) -> Void) {
        AuditInputs.analyse(paths, jobs: jobs ?? ProcessStats.cores, force: force, body)
    }
}
