// The library's terminal loop: paints the list from the path list at once, analyses the
// files in the background (LibraryIndexer) and takes in what has finished on each wake-up,
// so every key keeps working during the analysis.
import Foundation
import Model

extension TUI {
    static func runLibrary(paths: [String], jobs: Int, force: Bool, mouse: Bool, theme: ThemeChoice?) {
        let backend = makeBackend(mouse: mouse, theme: theme)
        let size = backend.size
        let library = LibraryState(paths: paths, colour: backend.colour, width: size.width, height: size.height)
        library.palette = backend.palette
        let session = LibrarySession(library: library) { path in
            do {
                let article = try ArticleLoader.load(path: path, force: force)
                return .success((article.displayName, Analyzer().analyze(article.text), article.warnings.first))
            } catch let e as ArticleLoader.Failure {
                return .failure(e)
            } catch {
                return .failure(ArticleLoader.Failure(message: "\(Sanitizer.visible(path)): \(error)"))
            }
        }
        backend.draw(session.render())
        let indexer = LibraryIndexer(paths: paths, jobs: jobs, force: force)
        indexer.start()
        backend.pollMilliseconds = 50
        var analysing = true
        var lastRefresh = DispatchTime.now().uptimeNanoseconds
        var status: Int32 = 0
        loop: while true {
            if let sig = backend.exitSignal { status = 128 + sig; break }
            var repaint = false
            if backend.takeContinue() {
                backend.invalidate()
                let s = backend.size
                session.resize(width: s.width, height: s.height)
                repaint = true
            }
            let (key, resized) = backend.readKey()
            if resized {
                let s = backend.size
                session.resize(width: s.width, height: s.height)
                repaint = true
            }
            if analysing {
                // Summaries are taken in on every wake-up; the orders (a sort of the archive)
                // are recomputed when idle, or once a second while keys keep coming.
                let entries = indexer.drain()
                if !entries.isEmpty {
                    library.absorb(entries)
                    repaint = repaint || session.article == nil   // the progress figure
                }
                let now = DispatchTime.now().uptimeNanoseconds
                let finished = indexer.done == indexer.total && !library.isAnalysing
                if library.dirty && (key == nil || finished || now - lastRefresh > 1_000_000_000) {
                    library.refresh()
                    lastRefresh = now
                    repaint = repaint || session.article == nil
                }
                if finished && !library.dirty {
                    analysing = false
                    backend.pollMilliseconds = 200
                    repaint = repaint || session.article == nil
                }
            }
            if let key = key {
                switch session.handle(key) {
                case .quit: break loop
                case .copy(let text):
                    let m = Clipboard.copy(text, terminal: backend)
                    session.article?.message = m
                case .redraw: backend.invalidate()
                case .none, .back, .nextArticle, .previousArticle: break
                }
                repaint = true
            }
            if repaint { backend.draw(session.render()) }
        }
        indexer.cancel()
        backend.finish()
        if status != 0 { exit(status) }
    }
}
