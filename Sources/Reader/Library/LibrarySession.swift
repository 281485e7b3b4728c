// The library and the article opened from it, as one screen model: keys go to the article
// while one is open, else to the list; q/Esc in the article come back to the list at the
// same row, `:n`/`:p` open the list's next/previous article. Opening an article calls
// `load` (the TUI reads and analyses the file; tests hand texts), so this stays pure.
import Model

final class LibrarySession {
    typealias Loader = (String) -> Result<(name: String, analysis: Analysis, warning: String?), ArticleLoader.Failure>

    let library: LibraryState
    private(set) var article: ReaderState?
    /// The library row the open article is.
    private(set) var articleRow: Int?
    private let load: Loader

    init(library: LibraryState, load: @escaping Loader) {
        self.library = library
        self.load = load
    }

    func resize(width: Int, height: Int) {
        library.resize(width: width, height: height)
        article?.resize(width: width, height: height)
    }

    func render() -> Grid { article.map(Screen.render) ?? LibraryScreen.render(library) }

    /// Handles one key; `.quit`, `.copy` and `.redraw` are left to the terminal side.
    func handle(_ key: Key) -> Action {
        if let a = article {
            switch a.handle(key) {
            case .back: close()
            case .nextArticle: step(1)
            case .previousArticle: step(-1)
            case let other: return other
            }
            return .none
        }
        switch library.handle(key) {
        case .quit: return .quit
        case .redraw: return .redraw
        case .none: return .none
        case .open(let row, let offset): open(row: row, offset: offset)
        }
        return .none
    }

    /// Opens row `row` (re-analysed now), at `offset` when given; a failure stays in the list
    /// with its reason.
    func open(row: Int, offset: Int? = nil) {
        guard row >= 0, row < library.rows.count else { return }
        switch load(library.rows[row].path) {
        case .failure(let e):
            library.message = "cannot open: \(e.message)"
            close()
        case .success(let loaded):
            let s = ReaderState(analysis: loaded.analysis, name: loaded.name, colour: library.colour,
                                width: library.width, height: library.height)
            s.palette = library.palette
            s.libraryPlace = (library.selection, library.visible.count)
            if let o = offset { s.start(atOffset: o) }
            if let w = loaded.warning { s.message = w }
            article = s
            articleRow = row
        }
    }

    private func close() {
        if let r = articleRow { library.select(row: r) }
        article = nil
        articleRow = nil
    }

    /// `:n` / `:p`: the article beside the current one in the list as it is now.
    private func step(_ delta: Int) {
        if let r = articleRow { library.select(row: r) }
        var next = library.step(delta)
        // Files that cannot be read are stepped over (their reason is on their row).
        while let n = next, library.rows[n].failure != nil { next = library.step(delta < 0 ? -1 : 1) }
        guard let n = next else {
            article?.message = delta > 0 ? "last article of the list" : "first article of the list"
            if let r = articleRow { library.select(row: r) }
            return
        }
        open(row: n)
    }
}
