// The library as state: one row per article (built from the path list alone, so it paints
// before any file is read), filled in as summaries arrive; the order (sort, actor filter),
// the selection, a search over headlines and file names, the archive's actor sidebar and an
// actor's quotes across the archive. Keys change it (LibraryKeys.swift); LibraryScreen draws it.
// No terminal and no file here: tests and the benchmark drive it directly.
import Model

enum LibrarySort: CaseIterable, Sendable {
    case name, date, quotes
    var label: String {
        switch self {
        case .name: return "by name"
        case .date: return "by date, newest first"
        case .quotes: return "by quotes, most first"
        }
    }
    /// The label of the order `r` reverses.
    var reversedLabel: String {
        switch self {
        case .name: return "by name, Z to A"
        case .date: return "by date, oldest first"
        case .quotes: return "by quotes, fewest first"
        }
    }
}

enum LibraryFocus: Equatable, Sendable { case list, actors, quotes }

struct LibraryRow {
    enum Status {
        case pending
        case analysed(ArticleSummary)
        case failed(String)
    }
    let path: String
    /// The file's name (last path component), as given: sanitized when drawn.
    let name: String
    var status: Status = .pending
    /// The most quoted speakers as the row draws them (sanitized), set when the summary arrives
    /// rather than sorted again on every redraw.
    var speakers = ""

    var summary: ArticleSummary? { if case .analysed(let s) = status { return s }; return nil }
    var failure: String? { if case .failed(let m) = status { return m }; return nil }
}

/// One entry of the archive-wide quotes pane: quote `quote` of the summary of row `row`.
struct LibraryQuote: Equatable, Sendable {
    var row: Int
    var quote: Int
}

final class LibraryState {
    private(set) var rows: [LibraryRow]
    /// Lowercased names as bytes, the name sort's and the search's key (computed once; bytes
    /// compare several times faster than Strings, which matters at 10,000 rows).
    private let nameKeys: [[UInt8]]
    /// Lowercased headlines as bytes, for the search (empty until the summary arrives).
    private var headlineKeys: [[UInt8]]
    /// Orders already computed, per sort: the name order never changes, the others are
    /// dropped when new summaries are taken in (so `s` cycling after the analysis is no sort).
    private var orderCache: [LibrarySort: [Int]] = [:]
    let colour: Bool
    var palette: Palette = .dark256
    private(set) var width = 0
    private(set) var height = 0
    private(set) var layout = LibraryLayout()

    // Progress.
    private(set) var finished = 0
    private(set) var failed = 0
    var total: Int { rows.count }
    var isAnalysing: Bool { finished < rows.count }

    // Order and selection.
    private(set) var sort: LibrarySort = .name
    /// `r`: the sort's order reversed (articles with no date or not yet analysed stay last).
    private(set) var reversed = false
    /// Row indices in the current sort (every row).
    private(set) var sorted: [Int] = []
    /// Row indices shown: `sorted`, limited to the filtered actor's articles when a filter is on.
    private(set) var visible: [Int] = []
    /// Index into `visible`.
    private(set) var selection = 0
    private(set) var scroll = 0
    var focus: LibraryFocus = .list

    // Search over headlines and file names (`/`, n, N).
    var prompt: String?
    private(set) var query: String?
    /// Positions in `visible` whose headline or file name contains the query.
    private(set) var matches: [Int] = []

    // The archive's actors (LibraryActors.swift changes these).
    private(set) var index = ArchiveActorIndex()
    /// Archive actor ids as the sidebar lists them (most quoted first).
    var actorOrder: [Int] = []
    /// The largest counts in the sidebar (its column widths), from the last refresh.
    var maxActorArticles = 0
    var maxActorQuotes = 0
    var actorSelection = 0
    /// Whether the person moved in the actor sidebar (see `rebuildActorOrder`).
    var actorChosen = false
    var actorScroll = 0
    var filterActor: Int?
    /// false: the articles where the actor speaks; true: where it is mentioned at all.
    var filterMentions = false
    /// The filtered actor's quotes across the archive, in list order.
    var quotes: [LibraryQuote] = []
    var quoteSelection = 0
    var quoteScroll = 0

    var count: Int?
    var helpOpen = false
    var helpScroll = 0
    var message: String?

    /// Summaries absorbed since the orders were last computed.
    private(set) var dirty = false

    init(paths: [String], colour: Bool, width: Int, height: Int) {
        rows = paths.map { LibraryRow(path: $0, name: LibraryState.fileName($0)) }
        nameKeys = rows.map { LibraryState.key($0.name) }
        headlineKeys = Array(repeating: [], count: rows.count)
        self.colour = colour
        sorted = Array(rows.indices)
        applySort()
        visible = sorted
        resize(width: width, height: height)
    }

    /// The last path component ("-" stays "-"), without touching the file system (on bytes:
    /// 10,000 names before the first paint).
    static func fileName(_ path: String) -> String {
        var u = Substring(path).utf8[...]
        while u.count > 1 && u.last == 0x2F { u = u.dropLast() }
        if let slash = u.lastIndex(of: 0x2F), u.index(after: slash) < u.endIndex { u = u[u.index(after: slash)...] }
        return String(Substring(u))
    }

    /// A lowercased key for sorting and searching: ASCII lowered byte by byte (the common
    /// case, and cheap), other text through `lowercased()`.
    static func key(_ s: String) -> [UInt8] {
        var out = Array(s.utf8)
        for i in out.indices {
            let b = out[i]
            if b >= 0x80 { return Array(s.lowercased().utf8) }
            if b >= 0x41 && b <= 0x5A { out[i] = b + 0x20 }
        }
        return out
    }

    // MARK: size

    func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        relayout()
    }

    func relayout() {
        layout = LibraryLayout.compute(width: width, height: height, actorsFocused: focus == .actors,
                                       quotesShown: filterActor != nil)
        if focus == .actors && layout.sidebar == nil { focus = .list }
        if focus == .quotes && layout.quotes == nil { focus = .list }
        clampSelection()
    }

    var listHeight: Int { max(1, layout.list.height - 1) }

    // MARK: analysis arriving

    /// Takes summaries (or failures) from the indexer: rows and the actor index change at
    /// once; the orders wait for `refresh` (the interface calls it when idle or now and then).
    func absorb(_ entries: [(index: Int, entry: LibraryIndexer.Entry)]) {
        for (i, entry) in entries where i >= 0 && i < rows.count {
            guard case .pending = rows[i].status else { continue }
            finished += 1
            switch entry {
            case .analysed(let s):
                rows[i].status = .analysed(s)
                rows[i].speakers = s.topSpeakers(3).map { Sanitize.line($0, cap: 60) }.joined(separator: ", ")
                headlineKeys[i] = LibraryState.key(s.headline)
                index.add(article: i, summary: s)
            case .failed(let m):
                // "PATH: reason": the row shows its name already.
                let prefix = Sanitizer.visible(rows[i].path) + ": "
                rows[i].status = .failed(m.hasPrefix(prefix) ? String(m.dropFirst(prefix.count)) : m)
                failed += 1
            }
            dirty = true
        }
    }

    /// Recomputes the sort, the actor sidebar and the filtered list after `absorb`, keeping
    /// the selected article and actor selected.
    func refresh() {
        guard dirty else { return }
        dirty = false
        orderCache[.date] = nil
        orderCache[.quotes] = nil
        if sort != .name { reorder() }
        rebuildActorOrder()
        if filterActor != nil { rebuildVisible(); rebuildQuotes() } else if query != nil { rebuildMatches() }
    }

    // MARK: order

    func cycleSort() {
        let all = LibrarySort.allCases
        sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
        reorder()
    }

    func reverseSort() {
        reversed.toggle()
        reorder()
    }

    private func reorder() {
        let keep = selectedRow
        applySort()
        rebuildVisible()
        if let r = keep { select(row: r) }
    }

    private func applySort() {
        let order = orderCache[sort] ?? sortedRows()
        orderCache[sort] = order
        guard reversed else { sorted = order; return }
        // Rows with no key (no date, not analysed) sort last either way.
        let keyed = order.prefix { hasSortKey($0) }.count
        sorted = order[..<keyed].reversed() + order[keyed...]
    }

    /// Whether row `r` has a key in the current sort (every row has a name).
    private func hasSortKey(_ r: Int) -> Bool {
        switch sort {
        case .name: return true
        case .date: return rows[r].summary?.date.flatMap(LibraryState.dateKey) != nil
        case .quotes: return rows[r].summary != nil
        }
    }

    /// Row indices in the current sort, not reversed.
    private func sortedRows() -> [Int] {
        var sorted: [Int] = []
        let keys = nameKeys
        let byName: (Int, Int) -> Bool = { a, b in
            keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : (self.rows[a].path, a) < (self.rows[b].path, b)
        }
        switch sort {
        case .name:
            sorted = rows.indices.sorted(by: byName)
        case .date:
            let keys = rows.map { $0.summary?.date.flatMap(LibraryState.dateKey) }
            sorted = rows.indices.sorted { a, b in
                switch (keys[a], keys[b]) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return byName(a, b)
                }
            }
        case .quotes:
            let counts = rows.map { $0.summary?.quoteCount ?? -1 }
            sorted = rows.indices.sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : byName(a, b) }
        }
        return sorted
    }

    /// A date as a sortable "YYYY-MM-DD…" when it starts like an ISO 8601 date, else nil
    /// (unknown dates sort last rather than by their spelling).
    static func dateKey(_ date: String) -> String? {
        let u = Array(date.utf8.prefix(10))
        guard u.count >= 4, u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return String(decoding: u, as: UTF8.self)
    }

    /// `sorted`, limited to the filtered actor's articles.
    func rebuildVisible() {
        let keep = selectedRow
        if let a = filterActor, a < index.actors.count {
            let actor = index.actors[a]
            var wanted = [Bool](repeating: false, count: rows.count)
            for r in filterMentions ? actor.articles : actor.speakingIn where r < rows.count { wanted[r] = true }
            visible = sorted.filter { wanted[$0] }
        } else {
            visible = sorted
        }
        selection = 0
        if let r = keep { select(row: r) }
        if query != nil { rebuildMatches() }
        clampSelection()
    }

    // MARK: selection

    var selectedRow: Int? { selection < visible.count ? visible[selection] : nil }

    /// Selects article row `row` when it is in the list; false when it is not.
    @discardableResult
    func select(row: Int) -> Bool {
        guard let i = visible.firstIndex(of: row) else { return false }
        selection = i
        clampSelection()
        return true
    }

    func move(_ delta: Int) {
        selection += delta
        clampSelection()
    }

    func moveTo(_ position: Int) {
        selection = position
        clampSelection()
    }

    private func clampSelection() {
        ListWindow.clamp(selection: &selection, scroll: &scroll, count: visible.count, height: listHeight)
    }

    /// The article `delta` rows from the selected one (`:n`, `:p` inside an article), which
    /// becomes the selection; nil at either end.
    func step(_ delta: Int) -> Int? {
        let n = selection + delta
        guard n >= 0, n < visible.count else { return nil }
        moveTo(n)
        return visible[n]
    }

    // MARK: search

    func startSearch(_ text: String) {
        guard !text.isEmpty else { clearSearch(); return }
        query = text
        rebuildMatches()
        guard !matches.isEmpty else {
            message = "not found: \(Sanitize.line(String(text.unicodeScalars.prefix(60))))"
            query = nil
            return
        }
        jumpMatch(forward: true, includingCurrent: true)
    }

    func clearSearch() { query = nil; matches = [] }

    private func rebuildMatches() {
        guard let q = query.map(LibraryState.key) else { matches = []; return }
        matches = visible.indices.filter { i in
            Self.contains(nameKeys[visible[i]], q) || Self.contains(headlineKeys[visible[i]], q)
        }
    }

    /// Whether `needle` occurs in `hay` (bytes; a short line and a short query).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        let first = needle[0]
        for i in 0...(hay.count - needle.count) where hay[i] == first {
            var j = 1
            while j < needle.count && hay[i + j] == needle[j] { j += 1 }
            if j == needle.count { return true }
        }
        return false
    }

    /// The next (or previous) matching row from the selection, wrapping as less does.
    func jumpMatch(forward: Bool, includingCurrent: Bool = false) {
        guard !matches.isEmpty else { message = query == nil ? "no search: / searches headlines and names" : "no matches"; return }
        let target: Int
        if forward {
            let lo = Bisect.first(matches.count) { includingCurrent ? self.matches[$0] >= self.selection : self.matches[$0] > self.selection }
            if lo < matches.count { target = matches[lo] } else { target = matches[0]; message = "search hit BOTTOM, continuing at TOP" }
        } else {
            let lo = Bisect.first(matches.count) { self.matches[$0] >= self.selection }
            if lo > 0 { target = matches[lo - 1] } else { target = matches[matches.count - 1]; message = "search hit TOP, continuing at BOTTOM" }
        }
        moveTo(target)
    }

    /// "2/5" for the status line: the selected match, or – when the selection is not one.
    var matchPosition: String {
        let lo = Bisect.first(matches.count) { self.matches[$0] >= self.selection }
        let here = lo < matches.count && matches[lo] == selection ? String(lo + 1) : "–"
        return "\(here)/\(matches.count)"
    }
}
