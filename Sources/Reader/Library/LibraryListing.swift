// The library when standard output is not a terminal (or with --plain): one tab-separated
// line per article, in input order, analysed on `jobs` threads: file, date, quotes, top
// speakers, headline. A file that cannot be read keeps its line, with "error: reason" for
// headline, and makes the exit status 1. Every field is made safe to print (no controls,
// no tabs or line breaks inside a field).
import Foundation
import Model

enum LibraryListing {
    static let header = "file\tdate\tquotes\tspeakers\theadline"

    /// The line of one article (a summary, or the failure's message).
    static func line(path: String, _ result: Result<ArticleSummary, ArticleLoader.Failure>) -> String {
        let name = field(LibraryState.fileName(path))
        switch result {
        case .success(let s):
            return [name, field(s.date ?? ""), String(s.quoteCount), field(s.topSpeakers(3).joined(separator: ", ")),
                    field(s.headline)].joined(separator: "\t")
        case .failure(let e):
            return [name, "", "", "", field("error: " + e.message)].joined(separator: "\t")
        }
    }

    static func field(_ s: String) -> String { Sanitizer.visible(s).replacingOccurrences(of: "\t", with: " ") }

    /// Writes the table; false when a file could not be read.
    static func write(paths: [String], jobs: Int, force: Bool) -> Bool {
        StandardOutput.write(header + "\n")
        var ok = true
        AuditInputs.analyse(paths, jobs: jobs, force: force) { i, r in
            let line: String
            switch r {
            case .success(let (article, analysis)):
                line = Self.line(path: paths[i], .success(ArticleSummary(analysis: analysis, date: article.page?.metadata.date)))
            case .failure(let e):
                ok = false
                line = Self.line(path: paths[i], .failure(e))
            }
            StandardOutput.write(line + "\n")
        }
        return ok
    }
}
