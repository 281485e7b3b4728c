// The library's background analysis: every file is read and analysed on `jobs` threads into
// a summary, and the interface thread collects what has finished whenever it likes, so keys
// keep working while an archive is analysed.
import Foundation
import Model

final class LibraryIndexer: @unchecked Sendable {
    enum Entry: Sendable {
        case analysed(ArticleSummary)
        /// One line: "NAME: reason".
        case failed(String)
    }

    let paths: [String]
    private let jobs: Int
    private let force: Bool
    private let lock = NSLock()
    private var finished: [(index: Int, entry: Entry)] = []
    private var doneCount = 0
    private var cancelled = false
    private var started = false

    init(paths: [String], jobs: Int, force: Bool) {
        self.paths = paths
        self.jobs = max(1, jobs)
        self.force = force
    }

    var total: Int { paths.count }

    /// How many files are analysed or failed so far (any thread).
    var done: Int { lock.lock(); defer { lock.unlock() }; return doneCount }

    /// Starts the analysis on its own threads and returns at once (nothing is read before:
    /// the list can paint first). A second call does nothing.
    func start() {
        lock.lock()
        if started { lock.unlock(); return }
        started = true
        lock.unlock()
        let thread = Thread { [self] in
            Parallel.forEach(count: paths.count, jobs: jobs) { i in
                if self.isCancelled { return }
                let entry = Self.summarize(path: self.paths[i], force: self.force)
                self.lock.lock()
                self.finished.append((i, entry))
                self.doneCount += 1
                self.lock.unlock()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The entries finished since the last call, in the order they finished.
    func drain() -> [(index: Int, entry: Entry)] {
        lock.lock(); defer { lock.unlock() }
        let out = finished
        finished.removeAll(keepingCapacity: true)
        return out
    }

    /// Stops handing out files (those being analysed finish).
    func cancel() { lock.lock(); cancelled = true; lock.unlock() }

    private var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return cancelled }

    static func summarize(path: String, force: Bool) -> Entry {
        do {
            let article = try ArticleLoader.load(path: path, force: force)
            let analysis = Analyzer().analyze(article.text)
            return .analysed(ArticleSummary(analysis: analysis, date: article.page?.metadata.date))
        } catch let e as ArticleLoader.Failure {
            return .failed(oneLine(e.message))
        } catch {
            return .failed(oneLine("\(Sanitizer.visible(path)): \(error)"))
        }
    }

    /// A reason as one line of visible characters (line breaks become spaces).
    static func oneLine(_ message: String) -> String { Sanitizer.visible(message)
    }
}
