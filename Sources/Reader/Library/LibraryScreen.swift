// The library drawn into the reader's grid of styled cells: a header row and one row per
// visible article (headline, file, date, quotes, top speakers), the archive's actor
// sidebar, the filtered actor's quotes across the archive, the status line, the help.
// Every string from a file (names, headlines, speakers) goes through Sanitize before it is
// put; only the rows on screen are touched.
import Model

enum LibraryScreen {
    static func render(_ s: LibraryState) -> Grid {
        var g = Grid(width: s.width, height: s.height)
        let theme = Theme(palette: s.colour ? s.palette : nil)
        let l = s.layout
        if l.tooSmall { Screen.drawTooSmall(&g); return g }
        drawList(&g, s, theme, l.list)
        if let r = l.quotes { drawQuotes(&g, s, theme, r) }
        if let r = l.sidebar { drawActors(&g, s, theme, r) }
        drawStatus(&g, s, theme, l.status)
        if s.helpOpen {
            let lines = LibraryHelp.lines
            let innerW = min(g.width - 4, (lines.map(CellWidth.of).max() ?? 0) + 2)
            Screen.drawOverlay(&g, theme, title: LibraryHelp.title, lines: lines, innerWidth: innerW, scroll: s.helpScroll)
        }
        return g
    }

    static func helpRows(height: Int) -> Int { max(0, min(height - 1, LibraryHelp.lines.count + 2) - 2) }

    /// Column widths of the list for a pane width: file, date, quotes and speakers give way
    /// (speakers first, then the date) so the headline keeps room.
    struct Columns: Equatable {
        var headline: Int, file: Int, date: Int, quotes: Int, speakers: Int
        static func fit(_ width: Int) -> Columns {
            let w = width - 2   // marker
            let speakers = w >= 110 ? min(34, w / 5) : 0
            let date = w >= 72 ? 10 : 0
            let quotes = w >= 40 ? 6 : 0
            let file = max(8, min(16, w / 3), min(28, w / 5))
            let gaps = [speakers, date, file].filter { $0 > 0 }.count
            let headline = max(1, w - speakers - date - quotes - file - gaps)
            return Columns(headline: headline, file: file, date: date, quotes: quotes, speakers: speakers)
        }
    }

    static func drawList(_ g: inout Grid, _ s: LibraryState, _ theme: Theme, _ r: Rect) {
        guard r.height > 0, r.width > 2 else { return }
        let c = Columns.fit(r.width)
        let limit = r.x + r.width
        // Header: the column names, underlined; the focused pane's is bold too.
        var header = "  " + "Article".padded(toCells: c.headline) + " " + "File".padded(toCells: c.file)
        if c.date > 0 { header += " " + "Date".padded(toCells: c.date) }
        if c.quotes > 0 { header += String(repeating: " ", count: c.quotes - 6) + "Quotes" }
        if c.speakers > 0 { header += " " + "Speakers" }
        g.put(header, x: r.x, y: r.y, limit: limit, style: s.focus == .list ? Style(attrs: [.bold, .underline]) : Style(attrs: .underline))
        guard !s.visible.isEmpty else {
            if r.height > 1 {
                let text = s.filterActor != nil ? (s.isAnalysing ? "no articles yet for this actor (still analysing)" : "no articles for this actor: m toggles speaks / mentioned, Esc clears")
                    : "no articles"
                g.put(text, x: r.x + 2, y: r.y + 1, limit: limit, style: Style(attrs: .dim))
            }
            return
        }
        for i in 0..<(r.height - 1) {
            let pos = s.scroll + i
            guard pos < s.visible.count else { break }
            let rowIndex = s.visible[pos]
            let row = s.rows[rowIndex]
            let y = r.y + 1 + i
            let selected = pos == s.selection
            let base = selected ? (s.focus == .list ? theme.selection : Style(attrs: .bold)) : Style.plain
            if selected && s.focus == .list { g.fill(x: r.x, y: y, width: r.width, height: 1, style: base) }
            let isMatch = s.query != nil && matchesQuery(s, pos)
            let marker = row.failure != nil ? "!" : (selected ? "▸" : (isMatch ? "·" : " "))
            var x = g.put(marker + " ", x: r.x, y: y, limit: limit, style: row.failure != nil ? base.with(.bold) : base)
            let headline: String, headStyle: Style
            switch row.status {
            case .pending: headline = "analysing…"; headStyle = selected ? base : Style(attrs: .dim)
            case .failed(let why): headline = "cannot read: " + Sanitize.line(why, cap: Sanitize.displayCap); headStyle = base
            case .analysed(let sum):
                headline = sum.headline.isEmpty ? "(empty)" : Sanitize.line(sum.headline, cap: Sanitize.displayCap)
                headStyle = selected ? base : base.with(.bold)
            }
            x = g.put(headline.padded(toCells: c.headline) + " ", x: x, y: y, limit: limit, style: headStyle)
            x = g.put(Sanitize.line(row.name, cap: Sanitize.displayCap).middleTruncated(toCells: c.file).padded(toCells: c.file), x: x, y: y, limit: limit, style: base)
            let sum = row.summary
            if c.date > 0 {
                // An ISO date shows its day (2024-03-05); any other spelling as far as it fits.
                let date = Sanitize.line(sum?.date.map { LibraryState.dateKey($0) ?? $0 } ?? "", cap: 40)
                x = g.put(" " + date.padded(toCells: c.date), x: x, y: y, limit: limit, style: base)
            }
            if c.quotes > 0 {
                let n = sum.map { String($0.quoteCount) } ?? (row.failure != nil ? "–" : "")
                x = g.put(String(repeating: " ", count: max(0, c.quotes - n.count)) + n, x: x, y: y, limit: limit, style: base)
            }
            if c.speakers > 0, sum != nil {
                g.put(" " + row.speakers.truncated(toCells: c.speakers), x: x, y: y, limit: limit, style: selected ? base : theme.chrome)
            }
        }
    }

    private static func matchesQuery(_ s: LibraryState, _ pos: Int) -> Bool {
        let m = s.matches
        let lo = Bisect.first(m.count) { m[$0] >= pos }
        return lo < m.count && m[lo] == pos
    }

    static func drawActors(_ g: inout Grid, _ s: LibraryState, _ theme: Theme, _ r: Rect) {
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, style: .plain)
        for y in r.y..<(r.y + r.height) { g.put(0x2502, x: r.x, y: y, limit: r.x + 1, style: theme.chrome) }   // │
        let x0 = r.x + 2, limit = r.x + r.width
        let focused = s.focus == .actors
        // Counts in two right-aligned columns: articles mentioning the actor, its quotes.
        let actors = s.index.actors
        let artW = max(3, String(s.maxActorArticles).count)
        let quoteW = max(3, String(s.maxActorQuotes).count)
        let countsHead = " " + "art".leftPadded(artW) + " " + "quo".leftPadded(quoteW)
        let titleStyle = focused ? Style(attrs: [.bold, .underline]) : theme.title
        g.put("Actors (\(s.actorOrder.count))".truncated(toCells: limit - x0), x: x0, y: r.y, limit: limit, style: titleStyle)
        if limit - x0 >= 12 + CellWidth.of(countsHead) {
            g.put(countsHead, x: limit - CellWidth.of(countsHead), y: r.y, limit: limit, style: theme.chrome)
        }
        guard !s.actorOrder.isEmpty else {
            if r.height > 1 { g.put(s.isAnalysing ? "analysing…" : "no actors", x: x0, y: r.y + 1, limit: limit, style: Style(attrs: .dim)) }
            return
        }
        for i in 0..<(r.height - 1) {
            let pos = s.actorScroll + i
            guard pos < s.actorOrder.count else { break }
            let a = s.actorOrder[pos]
            let y = r.y + 1 + i
            let selected = pos == s.actorSelection
            let isFilter = s.filterActor == a
            var style = Style.plain
            if selected && focused { style = theme.selection } else if isFilter { style = theme.mark }
            if selected && focused { g.fill(x: x0 - 1, y: y, width: limit - x0 + 1, height: 1, style: style) }
            let counts = " " + String(actors[a].articles.count).leftPadded(artW) + " " + String(actors[a].quotes).leftPadded(quoteW)
            let nameW = max(1, limit - x0 - CellWidth.of(counts))
            let marker = isFilter ? "*" : (selected ? "▸" : " ")
            g.put(marker + s.actorName(a).padded(toCells: nameW) + counts, x: x0 - 1, y: y, limit: limit, style: style)
        }
    }

    static func drawQuotes(_ g: inout Grid, _ s: LibraryState, _ theme: Theme, _ r: Rect) {
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, style: .plain)
        let limit = r.x + r.width
        for x in r.x..<limit { g.put(0x2500, x: x, y: r.y, limit: limit, style: theme.chrome) }   // ─
        let focused = s.focus == .quotes
        let name = s.filterActor.map { s.actorName($0) } ?? ""
        let articles = Set(s.quotes.map(\.row)).count
        let title = " Quotes by \(name.truncated(toCells: 30)): \(s.quotes.count) in \(articles) article\(articles == 1 ? "" : "s") "
        g.put(title.truncated(toCells: r.width - 2), x: r.x + 1, y: r.y, limit: limit, style: focused ? Style(attrs: [.bold, .underline]) : theme.title)
        guard !s.quotes.isEmpty else {
            if r.height > 1 { g.put("no quotes by \(name)", x: r.x + 1, y: r.y + 1, limit: limit, style: Style(attrs: .dim)) }
            return
        }
        let fileW = max(8, min(24, r.width / 4))
        for i in 0..<(r.height - 1) {
            let pos = s.quoteScroll + i
            guard pos < s.quotes.count, let q = s.summaryQuote(s.quotes[pos]) else { break }
            let y = r.y + 1 + i
            let selected = focused && pos == s.quoteSelection
            let base = selected ? theme.selection : Style.plain
            if selected { g.fill(x: r.x, y: y, width: r.width, height: 1, style: base) }
            let file = Sanitize.line(s.rows[s.quotes[pos].row].name, cap: Sanitize.displayCap).middleTruncated(toCells: fileW).padded(toCells: fileW)
            var x = g.put((selected ? "▸" : " ") + (q.lowConfidence ? "?" : " "), x: r.x, y: y, limit: limit, style: base)
            x = g.put(file + " ", x: x, y: y, limit: limit, style: selected ? base : theme.chrome)
            // As in the article: quotation marks only around words quoted directly; reported
            // speech is the writer's words, marked ~.
            let excerpt = Sanitize.line(q.excerpt, cap: Sanitize.displayCap)
            g.put(q.direct ? "“" + excerpt + "”" : "~ " + excerpt, x: x, y: y, limit: limit, style: base)
        }
    }

    /// Left: progress (while analysing), failures, position, sort, filter, search, and the
    /// selected file's failure; right: "? help".
    static func statusText(_ s: LibraryState) -> (left: String, right: String) {
        if let p = s.prompt { return ("/" + Sanitize.line(p) + "▏", "Enter search · Esc cancel") }
        var parts: [String] = []
        if let c = s.count { parts.append("count \(c)") }
        if let m = s.message { parts.append(Sanitize.line(m, cap: 400)) }
        if let r = s.selectedRow, let why = s.rows[r].failure, s.message == nil {
            parts.append("! " + Sanitize.line(why, cap: 400))
        }
        if s.isAnalysing {
            parts.append("analysed \(grouped(s.finished)) / \(grouped(s.total))")
        }
        if s.failed > 0 { parts.append("\(grouped(s.failed)) unreadable") }
        parts.append("\(s.visible.isEmpty ? 0 : s.selection + 1)/\(grouped(s.visible.count))")
        parts.append(s.reversed ? s.sort.reversedLabel : s.sort.label)
        if let a = s.filterActor {
            parts.append("\(s.actorName(a).truncated(toCells: 24)) \(s.filterMentions ? "mentioned" : "speaks")")
        }
        if let q = s.query { parts.append("/\(Sanitize.line(q).truncated(toCells: 16)) \(s.matchPosition)") }
        return (parts.joined(separator: " · "), "? help")
    }

    /// 3120 → "3,120".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func drawStatus(_ g: inout Grid, _ s: LibraryState, _ theme: Theme, _ r: Rect) {
        g.fill(x: r.x, y: r.y, width: r.width, height: 1, style: theme.status)
        let (left, right) = statusText(s)
        let rw = CellWidth.of(right)
        let roomForRight = r.width >= rw + 3 + 12
        let lw = roomForRight ? r.width - rw - 2 : r.width - 1
        g.put(left.truncated(toCells: lw), x: r.x + 1, y: r.y, limit: r.x + r.width, style: theme.status)
        if roomForRight { g.put(right, x: r.x + r.width - rw - 1, y: r.y, limit: r.x + r.width, style: theme.status) }
    }
}

