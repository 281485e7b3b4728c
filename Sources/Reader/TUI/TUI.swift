// The interactive reader (placeholder until the TUI lands: prints the plain report).
import Foundation
import Model

enum Terminal {
    static func isInteractive() -> Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return isatty(STDOUT_FILENO) != 0 && !term.isEmpty && term != "dumb"
    }
}

enum TUI {
    static func run(article: Article, analysis: Analysis, mouse: Bool) {
        PlainReport.write(analysis, name: article.displayName)
    }
}
