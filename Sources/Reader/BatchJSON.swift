// `reader --json FILE...`: one JSON object per file (JSON Lines), in input order, analysed
// on `jobs` threads. A file that fails gets {"file": ..., "error": ...} on its line and a
// message on stderr; the others go on.
import Dispatch
import Foundation
import Model

enum BatchJSON {
    /// The JSON line for one file (without the newline), and whether it succeeded.
    static func line(path: String, force: Bool) -> (json: [UInt8], ok: Bool, warnings: [String]) {
        do {
            let article = try ArticleLoader.load(path: path, force: force)
            let analysis = Analyzer().analyze(article.text)
            var json = JSONExport.jsonBytes(analysis, file: path)
            if let page = article.page { WebPageSupport.appendTextAndMeta(&json, text: article.text, page: page) }
            return (json + [0x0A], true, article.warnings)
        } catch {
            let message = (error as? ArticleLoader.Failure)?.message ?? "\(error)"
            return (Array("{\"file\": \(JSONExport.quoted(path)), \"error\": \(JSONExport.quoted(message))}\n".utf8), false, [message])
        }
    }

    /// Prints one line per path, in order, as soon as it and all before it are done.
    /// Returns false when any file failed.
    static func run(paths: [String], jobs: Int, force: Bool) -> Bool {
        let results = OrderedResults(count: paths.count)
        Parallel.forEach(count: paths.count, jobs: jobs) { results.finish($0, line(path: paths[$0], force: force)) }
        return results.allSucceeded
    }

    /// Collects results from any thread and prints them in input order.
    private final class OrderedResults: @unchecked Sendable {
        private var pending: [Int: (json: [UInt8], ok: Bool, warnings: [String])] = [:]
        private var nextToPrint = 0
        private var failed = false
        private let lock = NSLock()
        private let count: Int

        init(count: Int) { self.count = count }

        func finish(_ index: Int, _ result: (json: [UInt8], ok: Bool, warnings: [String])) {
            lock.lock(); defer { lock.unlock() }
            pending[index] = result
            while let r = pending.removeValue(forKey: nextToPrint) {
                for w in r.warnings { Diagnostics.warn(w) }
                if !r.ok { failed = true }
                StandardOutput.write(r.json)
                nextToPrint += 1
            }
        }

        var allSucceeded: Bool {
            lock.lock(); defer { lock.unlock() }
            return !failed && nextToPrint == count
        }
    }
}
