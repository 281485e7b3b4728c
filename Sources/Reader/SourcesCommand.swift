// `reader sources FILE…|DIR`: the source audit, a table per article and a total for several;
// `--json` (one object per article, then the total) or `--csv` for scripts.
import ArgumentParser
import Foundation
import Model

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Audit who is quoted: quotes and quoted words per speaker, source types, gender, quoted vs mentioned.",
        discussion: """
            Gender comes from evidence only (an honorific, a pronoun resolved to the person, a first \
            name given to one sex at least 9 times in 10); "by" says which. Exit status 1 when a file \
            cannot be read (the others are still audited).
            """)

    @OptionGroup var inputs: ArticleInputs

    @Flag(name: .long, help: "Print JSON Lines: one object per article, then the total.")
    var json = false

    @Flag(name: .long, help: "Print CSV (RFC 4180): speaker and summary rows per article and for the total.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be used together") }
    }

    func run() throws {
        StandardOutput.prepare()
        let paths = try inputs.paths()
        var audits: [SourceAudit] = [], failed = false
        if csv { StandardOutput.write(CSV.record(SourcesReport.csvHeader)) }
        inputs.analyse(paths) { i, result in
            switch result {
            case .failure(let e): Diagnostics.warn(e.message); failed = true
            case .success(let (article, analysis)):
                for w in article.warnings { Diagnostics.warn(w) }
                let audit = SourceAudit(analysis)
                audits.append(audit)
                let name = paths[i] == "-" ? "<stdin>" : paths[i]
                if json { StandardOutput.write(SourcesReport.json(audit, file: name)) }
                else if csv { StandardOutput.write(SourcesReport.csvRows(audit, file: name).map(CSV.record).joined()) }
                else { StandardOutput.write((i > 0 ? "\n" : "") + SourcesReport.text(audit, title: name)) }
            }
        }
        if paths.count > 1 {
            let total = SourceAudit.merged(audits)
            if json { StandardOutput.write(SourcesReport.json(total, file: nil)) }
            else if csv { StandardOutput.write(SourcesReport.csvRows(total, file: "(total)").map(CSV.record).joined()) }
            else { StandardOutput.write("\n" + SourcesReport.text(total, title: "total")) }
        }
        if failed { throw ExitCode(1) }
    }
}
