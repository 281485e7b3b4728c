// `reader export --csv FILE…`: one CSV row per quote on standard output.
// `reader export --brat OUTDIR FILE…`: NAME.txt and NAME.ann per article, in PolNeAR's brat scheme.
import ArgumentParser
import Foundation
import Model

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the quotes as CSV (one row per quote) or as brat standoff files.")

    @OptionGroup var inputs: ArticleInputs

    @Flag(name: .long, help: "Write CSV (RFC 4180) to standard output.")
    var csv = false

    @Option(name: .long, help: ArgumentHelp("Write NAME.txt and NAME.ann per article into OUTDIR (created if missing).", valueName: "OUTDIR"))
    var brat: String?

    func validate() throws {
        if csv == (brat != nil) { throw ValidationError("choose one of --csv or --brat OUTDIR") }
    }

    func run() throws {
        StandardOutput.prepare()
        let paths = try inputs.paths()
        if let dir = brat {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            catch { Diagnostics.fail("\(dir): cannot create the directory") }
        }
        var failed = false, usedNames: Set<String> = []
        if csv { StandardOutput.write(CSV.record(ExportRows.header)) }
        inputs.analyse(paths) { i, result in
            switch result {
            case .failure(let e): Diagnostics.warn(e.message); failed = true
            case .success(let (article, analysis)):
                for w in article.warnings { Diagnostics.warn(w) }
                let file = paths[i] == "-" ? "<stdin>" : paths[i]
                if let dir = brat {
                    let name = uniqueName(paths[i], &usedNames)
                    let base = (dir as NSString).appendingPathComponent(name)
                    do {
                        try Data(analysis.document.bytes).write(to: URL(fileURLWithPath: base + ".txt"))
                        try Data(ExportBrat.ann(analysis).utf8).write(to: URL(fileURLWithPath: base + ".ann"))
                    } catch {
                        Diagnostics.warn("\(base): cannot write"); failed = true
                    }
                } else {
                    StandardOutput.write(ExportRows.rows(analysis, file: file).map(CSV.record).joined())
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The file's name without its extension, made unique among this run's ("a", "a-2", …).
    func uniqueName(_ path: String, _ used: inout Set<String>) -> String {
        var stem = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if stem.isEmpty || stem.hasPrefix(".") { stem = "article" + stem }
        var name = stem, n = 1
        while used.contains(name) { n += 1; name = "\(stem)-\(n)" }
        used.insert(name)
        return name
    }
}
