// The actor sidebar's content: actors grouped by kind or sorted by mention count,
// a selection and a scroll offset. Pure data; Screen draws it.
import Model

struct ActorList {
    enum Row: Equatable {
        case header(ActorKind, count: Int)
        case actor(Int)
    }

    private(set) var byCount = false
    /// Rows as drawn (headers only when grouped by kind).
    private(set) var rows: [Row] = []
    /// Index into `rows` of the selected actor row (nil when there are no actors).
    private(set) var selectedRow: Int?
    var scroll = 0
    private let actors: [Actor]
    /// Each actor's name made safe to draw and capped (`Sanitize.displayCap` scalars), once:
    /// a 1 MB name then costs nothing per key.
    private let labels: [String]
    private let labelWidths: [Int]
    /// Digits of the largest mention count, and the widest label (both fixed per article).
    let countWidth: Int
    private let widestLabel: Int
    /// Names as fitted to a column count, cut so that no two look the same (cached per width).
    private var fitted: (width: Int, names: [String])?

    init(actors: [Actor]) {
        self.actors = actors
        labels = actors.map { Sanitize.line(String(String.UnicodeScalarView($0.name.unicodeScalars.prefix(4 * Sanitize.displayCap))), cap: Sanitize.displayCap) }
        labelWidths = labels.map(CellWidth.of)
        countWidth = String(actors.map(\.mentions.count).max() ?? 0).count
        widestLabel = labelWidths.max() ?? 0
        rebuild(keeping: nil)
    }

    /// The actor's name as drawn (sanitized, capped).
    func label(_ a: Int) -> String { a >= 0 && a < labels.count ? labels[a] : "" }

    /// The sidebar width that shows every name whole (Layout caps it at a third of the screen).
    var wantedWidth: Int { 2 + 1 + widestLabel + 1 + 4 + 1 + countWidth + 1 }

    /// Every actor's name fitted to `width` columns. Names cut to the same text are cut again
    /// in the middle ("Department of…Security" / "Department of…Affairs"), keeping their ends.
    mutating func names(fittedTo width: Int) -> [String] {
        if let f = fitted, f.width == width { return f.names }
        var names = labels.indices.map { labelWidths[$0] <= width ? labels[$0] : labels[$0].truncated(toCells: width) }
        var groups: [String: [Int]] = [:]
        for i in names.indices { groups[names[i], default: []].append(i) }
        for (_, group) in groups where group.count > 1 {
            for i in group where labelWidths[i] > width { names[i] = labels[i].middleTruncated(toCells: width) }
        }
        fitted = (width, names)
        return names
    }

    var selectedActor: Int? {
        guard let r = selectedRow, case .actor(let a) = rows[r] else { return nil }
        return a
    }

    mutating func toggleOrder() {
        byCount.toggle()
        rebuild(keeping: selectedActor)
    }

    private mutating func rebuild(keeping actor: Int?) {
        let byMentions: (Int, Int) -> Bool = { a, b in
            let ca = self.actors[a].mentions.count, cb = self.actors[b].mentions.count
            return ca != cb ? ca > cb : self.actors[a].name < self.actors[b].name
        }
        rows = []
        if byCount {
            rows = actors.indices.sorted(by: byMentions).map { .actor($0) }
        } else {
            for kind in ActorKind.allCases {
                let members = actors.indices.filter { actors[$0].kind == kind }.sorted(by: byMentions)
                if members.isEmpty { continue }
                rows.append(.header(kind, count: members.count))
                rows += members.map { .actor($0) }
            }
        }
        selectedRow = nil
        if let a = actor { selectedRow = rows.firstIndex(of: .actor(a)) }
        if selectedRow == nil { selectedRow = rows.firstIndex { if case .actor = $0 { return true }; return false } }
        scroll = 0
    }

    /// Moves the selection by `delta` actor rows (headers are skipped).
    mutating func move(_ delta: Int) {
        guard var r = selectedRow else { return }
        let step = delta > 0 ? 1 : -1
        var left = abs(delta)
        while left > 0 {
            var n = r + step
            while n >= 0 && n < rows.count, case .header = rows[n] { n += step }
            guard n >= 0 && n < rows.count else { break }
            r = n
            left -= 1
        }
        selectedRow = r
    }

    mutating func selectFirst() { move(-rows.count) }
    mutating func selectLast() { move(rows.count) }

    /// Selects the actor drawn on `row` (for mouse clicks); false on a header or past the end.
    mutating func select(row: Int) -> Bool {
        guard row >= 0, row < rows.count, case .actor = rows[row] else { return false }
        selectedRow = row
        return true
    }

    /// Keeps the selection inside a window of `height` rows.
    mutating func scrollToSelection(height: Int) {
        guard let r = selectedRow, height > 0 else { scroll = 0; return }
        if r < scroll { scroll = r }
        if r >= scroll + height { scroll = r - height + 1 }
        // Show the group header just above the first actor of a group when possible.
        if scroll > 0 && scroll == r, case .header = rows[r - 1] { scroll -= 1 }
        scroll = max(0, min(scroll, max(0, rows.count - height)))
    }
}
