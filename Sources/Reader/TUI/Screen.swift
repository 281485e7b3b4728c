// The reader state drawn into a grid of styled cells: text pane with gutter, actor
// sidebar, quotes pane, status line, help overlay. Only visible lines are touched.
import Model

enum Screen {
    static func render(_ s: ReaderState) -> Grid {
        var g = Grid(width: s.width, height: s.height)
        let theme = Theme(palette: s.colour ? s.palette : nil)
        let l = s.layout
        if l.tooSmall {
            drawTooSmall(&g)
            return g
        }
        drawText(&g, s, theme, l.main)
        if let r = l.quotes { drawQuotes(&g, s, theme, r, below: l.quotesBelow) }
        if let r = l.sidebar { drawActors(&g, s, theme, r) }
        drawStatus(&g, s, theme, l.status)
        if let q = s.whyQuote, q < s.analysis.quotes.count { drawWhy(&g, s, theme, quote: q) }
        if let scroll = s.auditScroll { AuditOverlay.draw(&g, s, theme, scroll: scroll) }
        if s.helpOpen { drawHelp(&g, s, theme) }
        return g
    }

    static func drawTooSmall(_ g: inout Grid) {
        guard g.width >= 6 else {
            if g.width > 0 && g.height > 0 { g.put("…", x: 0, y: 0, limit: g.width, style: .plain) }
            return
        }
        let words = ["window", "too", "small"]
        var y = 0, x = 0
        for w in words {
            if x > 0 && x + 1 + w.count > g.width { y += 1; x = 0 } else if x > 0 { x += 1 }
            guard y < g.height else { break }
            x = g.put(w, x: x, y: y, limit: g.width, style: .plain)
        }
    }

    // MARK: text pane

    static func drawText(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, _ r: Rect) {
        let view = s.view
        guard r.height > 0, r.width > 0 else { return }
        guard !view.isEmpty else {
            g.put(s.filterActor != nil ? "no paragraphs mention \(s.filterName)" : "(empty article)",
                  x: r.x + Layout.gutter, y: r.y, limit: r.x + r.width, style: Style(attrs: .dim))
            return
        }
        let bytes = view.bytes
        let textX = r.x + Layout.gutter
        let limit = r.x + r.width
        var pos: LinePos? = s.top
        var decoPara = -1
        var decos: [Decoration] = []
        var roles: [Role] = []
        for row in 0..<r.height {
            guard let p = pos else { break }
            defer { pos = view.next(p) }
            let y = r.y + row
            guard let range = view.range(p) else { continue }   // separator line
            let para = view.visible[p.vis]
            if para != decoPara {
                decos = s.decorations(paragraph: para)
                decoPara = para
            }
            var base: Role = []
            if s.analysis.document.paragraphs[para].isHeadline { base.insert(.headline) }
            if s.isDimmed(para) { base.insert(.dim) }
            let n = range.end - range.start
            roles = Array(repeating: base, count: n)
            var lineRoles: Role = []
            var lineKind: QuoteKind?
            for d in decos where d.start < range.end && d.end > range.start {
                let a = max(d.start, range.start) - range.start, b = min(d.end, range.end) - range.start
                for i in a..<b { roles[i].formUnion(d.role) }
                lineRoles.formUnion(d.role)
            }
            if !lineRoles.isDisjoint(with: .anyQuote) {
                lineKind = lineRoles.contains(.direct) ? .direct : lineRoles.contains(.mixed) ? .mixed : .indirect
            }
            // Gutter: current quote, filtered-actor paragraph, quote kind.
            let currentOnLine = decos.contains { $0.role.contains(.current) && !$0.role.isDisjoint(with: .anyQuote) && $0.start < range.end && $0.end > range.start }
            if currentOnLine {
                g.put(0x25B6, x: r.x, y: y, limit: limit, style: theme.mark)            // ▶
            } else if s.isMarked(para) && p.line == 0 {
                g.put(0x2022, x: r.x, y: y, limit: limit, style: theme.mark)            // •
            }
            if let k = lineKind, r.width > 1 {
                g.put(lineRoles.contains(.doubtful) ? 0x3F : Theme.gutterMark(k), x: r.x + 1, y: y, limit: limit, style: theme.kindStyle(k))  // ? low confidence
            }
            // Text (without the spaces at a break, so a highlight never trails into the margin).
            var visibleEnd = range.end
            while visibleEnd > range.start && Wrap.isBreakingSpace(UInt32(bytes[visibleEnd - 1])) { visibleEnd -= 1 }
            var x = textX
            var i = range.start
            while i < visibleEnd && x < limit {
                let (v, len) = UTF8Scalars.decode(bytes, i, range.end)
                x = g.put(v, x: x, y: y, limit: limit, style: theme.style(roles[i - range.start]))
                i += len
            }
        }
    }

    // MARK: actor sidebar

    static func drawActors(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, _ r: Rect) {
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, style: .plain)
        for y in r.y..<(r.y + r.height) { g.put(0x2502, x: r.x, y: y, limit: r.x + 1, style: theme.chrome) }  // │
        let x0 = r.x + 2, limit = r.x + r.width
        let focused = s.focus == .actors
        let list = s.actorList
        let order = list.byCount ? "by count" : "by kind"
        let title = "Actors (\(s.analysis.actors.count)) · \(order)"
        g.put(title.truncated(toCells: limit - x0), x: x0, y: r.y, limit: limit,
              style: focused ? Style(attrs: [.bold, .underline]) : theme.title)
        guard !list.rows.isEmpty else {
            if r.height > 1 { g.put("no actors", x: x0, y: r.y + 1, limit: limit, style: Style(attrs: .dim)) }
            return
        }
        let h = r.height - 1
        let countW = s.actorList.countWidth
        let tagW = list.byCount ? 4 : 0
        let nameW = max(1, limit - x0 - 1 - tagW - 1 - countW)
        let names = s.actorList.names(fittedTo: nameW)
        for row in 0..<h {
            let i = list.scroll + row
            guard i < list.rows.count else { break }
            let y = r.y + 1 + row
            switch list.rows[i] {
            case .header(let kind, let count):
                g.put("\(kind.rawValue.uppercased()) \(count)", x: x0, y: y, limit: limit, style: theme.chrome.with(.bold))
            case .actor(let a):
                let actor = s.analysis.actors[a]
                let selected = list.selectedRow == i
                let isFilter = s.filterActor == a
                var style = Style.plain
                if selected && focused { style = theme.selection } else if isFilter { style = theme.mark }
                let count = String(actor.mentions.count)
                let kindTag = list.byCount ? " " + actor.kind.rawValue.prefix(3) : ""
                let right = kindTag + " " + String(repeating: " ", count: max(0, countW - count.count)) + count
                let marker = isFilter ? "*" : (selected ? "▸" : " ")
                let line = marker + names[a].padded(toCells: nameW) + right
                if selected && focused { g.fill(x: x0 - 1, y: y, width: limit - x0 + 1, height: 1, style: style) }
                g.put(line, x: x0 - 1, y: y, limit: limit, style: style)
            }
        }
    }

    // MARK: quotes pane

    static func drawQuotes(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, _ r: Rect, below: Bool) {
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, style: .plain)
        let focused = s.focus == .quotes
        let quotes = s.analysis.quotes
        // The pane lists what n/N go through: the filtered actor's quotes, or all of them.
        let list = s.navigable
        var x0 = r.x + 1
        let limit = r.x + r.width
        if below {
            for x in r.x..<limit { g.put(0x2500, x: x, y: r.y, limit: limit, style: theme.chrome) }   // ─
        } else {
            for y in r.y..<(r.y + r.height) { g.put(0x2502, x: r.x, y: y, limit: r.x + 1, style: theme.chrome) }
            x0 = r.x + 2
        }
        let cur = s.currentQuoteOrdinal.map { "\($0 + 1)/" } ?? ""
        let by = s.filterActor == nil ? "" : " by \(s.filterName)"
        let title = " Quotes \(cur)\(list.count)\(by) ".truncated(toCells: limit - x0)
        g.put(title, x: x0, y: r.y, limit: limit, style: focused ? Style(attrs: [.bold, .underline]) : theme.title)
        guard !list.isEmpty else {
            if r.height > 1 { g.put(s.filterActor == nil ? "no quotes" : "no quotes by \(s.filterName)", x: x0, y: r.y + 1, limit: limit, style: Style(attrs: .dim)) }
            return
        }
        guard r.height > 1 else { return }
        let perEntry = s.layout.quoteEntryHeight
        let shown = s.layout.quoteEntriesShown
        let sel = max(0, min(s.quoteSelection, list.count - 1))
        if sel < s.quoteScroll { s.quoteScroll = sel }
        if sel >= s.quoteScroll + shown { s.quoteScroll = sel - shown + 1 }
        s.quoteScroll = max(0, min(s.quoteScroll, max(0, list.count - shown)))
        let numW = String(list.count).count
        let w = limit - x0
        let speakerW = max(6, min(22, w / 3))
        for row in 0..<shown {
            let i = s.quoteScroll + row
            guard i < list.count else { break }
            let q = list[i]
            let y = r.y + 1 + row * perEntry
            let quote = quotes[q]
            let isCurrent = q == s.currentQuote
            let selected = focused && i == sel
            var base = Style.plain
            if selected { base = theme.selection }
            if selected { g.fill(x: x0 - 1, y: y, width: limit - x0 + 1, height: perEntry, style: base) }
            var x = g.put(isCurrent ? "▶" : " ", x: x0 - 1, y: y, limit: limit, style: isCurrent ? theme.mark : base)
            let num = String(i + 1)
            x = g.put(String(repeating: " ", count: numW - num.count) + num + " ", x: x, y: y, limit: limit, style: base)
            let ks = selected ? base : theme.kindStyle(quote.kind)
            let mark = quote.confidence == .low ? "?" : String(Character(Unicode.Scalar(Theme.gutterMark(quote.kind))!))
            let speaker = s.speakerName(q)
            let speakerStyle = selected ? base : base.with(.bold)
            let first = quote.parts.first ?? Span(0, 0)
            func snippet(from x: Int, y: Int) {
                let cut = Span(first.start, min(first.end, first.start + 4 * max(8, limit - x)))
                let text = Sanitize.line(s.analysis.document.string(cut))
                g.put(text.truncated(toCells: limit - x), x: x, y: y, limit: limit, style: base)
            }
            if perEntry == 2 {
                // Line 1: mark kind · speaker · rule; line 2: the quote's first words.
                x = g.put(mark + " " + Theme.kindName(quote.kind), x: x, y: y, limit: limit, style: ks)
                x = g.put(" · ", x: x, y: y, limit: limit, style: base)
                // The rule when the speaker still gets a readable width beside it.
                let rule = " · " + quote.rule.rawValue
                let room = limit - x, ruleW = CellWidth.of(rule)
                let showRule = room >= min(CellWidth.of(speaker), 20) + ruleW
                x = g.put(speaker.truncated(toCells: showRule ? room - ruleW : room), x: x, y: y, limit: limit, style: speakerStyle)
                if showRule { g.put(rule, x: x, y: y, limit: limit, style: selected ? base : base.with(.dim)) }
                snippet(from: x0 + numW + 3, y: y + 1)
            } else {
                let kindLabel = w >= 70 ? (mark + " " + Theme.kindName(quote.kind)).padded(toCells: 11) : mark + " "
                x = g.put(kindLabel, x: x, y: y, limit: limit, style: ks)
                x = g.put(speaker.padded(toCells: speakerW) + " ", x: x, y: y, limit: limit, style: speakerStyle)
                snippet(from: x, y: y)
            }
        }
    }

    // MARK: status line

    /// The status line's left part (file · quote · ¶ · % · speaker · filter · search) and
    /// right part ("? help"), fitted to `width` columns: the file name gives way first.
    static func statusText(_ s: ReaderState, width: Int = .max) -> (left: String, right: String) {
        if let p = s.prompt {
            return ((s.promptBackward ? "search up: " : "/") + Sanitize.line(p) + "▏", "Enter search · Esc cancel")
        }
        if let c = s.commandLine { return (":" + Sanitize.line(c) + "▏", ":n next · :p previous article · Esc cancel") }
        var parts: [String] = []
        let n = s.navigable.count
        if s.analysis.quotes.isEmpty {
            parts.append("no quotes")
        } else {
            parts.append("quote \(s.currentQuoteOrdinal.map { String($0 + 1) } ?? "–")/\(n)")
        }
        // From a library, the article's place in the list comes early: it outlasts a cut.
        if let place = s.libraryPlace { parts.append("article \(place.index + 1)/\(place.count)") }
        parts.append("¶ \(s.topParagraph)/\(s.analysis.document.paragraphs.count)")
        parts.append("\(s.percent)%")
        if let se = s.search {
            parts.append("/\(Sanitize.line(se.query).truncated(toCells: 16)) " + (se.matches.isEmpty ? "0/0" : "\(se.current.map { String($0 + 1) } ?? "–")/\(se.matches.count)"))
        }
        // The speaker, unless it is the filtered actor (the filter field names it).
        if let q = s.currentQuote, s.filterActor == nil || s.analysis.quotes[q].speaker?.actor != s.filterActor {
            parts.append(s.speakerName(q).truncated(toCells: 24))
        }
        if s.filterActor != nil {
            parts.append("filter: \(s.filterName.truncated(toCells: 18))" + (s.hideUnmarked ? " only" : ""))
        }
        if !s.highlight { parts.append("highlighting off") }
        if s.analysis.actors.isEmpty { parts.append("no actors") }
        if let m = s.message { parts.insert(Sanitize.line(m, cap: 400), at: 0) }
        if let c = s.count { parts.insert("count \(c)", at: 0) }
        let right = "? help"
        let rest = parts.joined(separator: " · ")
        let nameRoom = width - 2 - CellWidth.of(right) - 2 - CellWidth.of(rest) - 3
        let name = Sanitize.line(s.name).truncated(toCells: max(8, nameRoom))
        let left = s.message == nil ? ([name] + parts).joined(separator: " · ") : rest + " · " + name
        return (left, right)
    }

    static func drawStatus(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, _ r: Rect) {
        g.fill(x: r.x, y: r.y, width: r.width, height: 1, style: theme.status)
        let (left, right) = statusText(s, width: r.width)
        let rw = CellWidth.of(right)
        // "? help" stays in sight whenever the line leaves 12 columns for the rest.
        let roomForRight = r.width >= rw + 3 + 12
        let lw = roomForRight ? r.width - rw - 2 : r.width - 1
        let shown = left.truncated(toCells: lw)
        g.put(shown, x: r.x + 1, y: r.y, limit: r.x + r.width, style: theme.status)
        if let m = s.message, s.prompt == nil, s.commandLine == nil {
            // The message leads the line, in bold, so it reads as news rather than state.
            let text = Sanitize.line(m, cap: 400)
            let lead = s.count.map { CellWidth.of("count \($0) · ") } ?? 0
            let cells = min(CellWidth.of(text), max(0, CellWidth.of(shown) - lead))
            g.put(text.truncated(toCells: cells), x: r.x + 1 + lead, y: r.y, limit: r.x + 1 + lead + cells, style: theme.status.with(.bold))
        }
        if roomForRight { g.put(right, x: r.x + r.width - rw - 1, y: r.y, limit: r.x + r.width, style: theme.status) }
    }

    // MARK: overlays (help, why)

    /// Rows of text the help overlay shows at a screen height (the rest scrolls).
    static func helpRows(height: Int) -> Int { max(0, min(height - 1, Help.lines.count + 2) - 2) }

    static func drawHelp(_ g: inout Grid, _ s: ReaderState, _ theme: Theme) {
        let lines = Help.lines
        let innerW = min(g.width - 4, (lines.map(CellWidth.of).max() ?? 0) + 2)
        drawOverlay(&g, theme, title: Help.title, lines: lines, innerWidth: innerW, scroll: s.helpScroll)
    }

    static func drawWhy(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, quote q: Int) {
        let innerW = min(g.width - 4, 78)
        guard innerW >= 4 else { return }
        let lines = Why.lines(s, q, width: innerW - 2)
        // Keep the quote itself in sight: the box goes below it when it is in the upper
        // half of the text pane, else above it.
        let boxH = min(g.height - 1, lines.count + 2)
        var top: Int?
        if !s.view.isEmpty, let row = s.view.distance(from: s.top, to: s.view.position(ofOffset: s.quoteStart(q)), limit: s.bodyHeight),
           row >= 0, row < s.bodyHeight {
            top = row < s.bodyHeight / 2 ? max(0, g.height - 1 - boxH) : 0
        }
        drawOverlay(&g, theme, title: Why.title(s, q), lines: lines, innerWidth: innerW, scroll: 0,
                    footer: " n/N next/prev quote · q/Esc close ", top: top)
    }

    /// A bordered box centred above the status line: title on the top border, `lines` from
    /// `scroll`, and on the bottom border the footer, or "↓ more" while lines are hidden below.
    static func drawOverlay(_ g: inout Grid, _ theme: Theme, title: String, lines: [String], innerWidth: Int,
                            scroll: Int, footer: String = " q/Esc close ", top: Int? = nil) {
        let boxW = innerWidth + 2
        let boxH = min(g.height - 1, lines.count + 2)
        guard boxW >= 6, boxH >= 3 else { return }
        let x = max(0, (g.width - boxW) / 2), y = top ?? max(0, (g.height - 1 - boxH) / 2)
        let right = x + boxW - 1, bottom = y + boxH - 1
        g.fill(x: x, y: y, width: boxW, height: boxH, style: .plain)
        let border = theme.chrome.with(.bold)
        for xx in x..<(x + boxW) {
            g.put(0x2500, x: xx, y: y, limit: x + boxW, style: border)
            g.put(0x2500, x: xx, y: bottom, limit: x + boxW, style: border)
        }
        for yy in y..<(y + boxH) {
            g.put(0x2502, x: x, y: yy, limit: x + 1, style: border)
            g.put(0x2502, x: right, y: yy, limit: x + boxW, style: border)
        }
        g.put(0x250C, x: x, y: y, limit: x + 1, style: border)
        g.put(0x2510, x: right, y: y, limit: x + boxW, style: border)
        g.put(0x2514, x: x, y: bottom, limit: x + 1, style: border)
        g.put(0x2518, x: right, y: bottom, limit: x + boxW, style: border)
        g.put(" \(title) ".truncated(toCells: boxW - 4), x: x + 2, y: y, limit: right, style: theme.title)
        let rows = boxH - 2
        let start = min(scroll, max(0, lines.count - rows))
        for i in 0..<rows {
            let li = start + i
            guard li < lines.count else { break }
            g.put(lines[li], x: x + 2, y: y + 1 + i, limit: right, style: .plain)
        }
        // Scroll marks: people should know j/k reveal more.
        let more = start + rows < lines.count
        if start > 0 {
            let up = " ↑ more "
            if boxW > CellWidth.of(title) + CellWidth.of(up) + 8 {
                g.put(up, x: right - CellWidth.of(up) - 1, y: y, limit: right, style: theme.mark)
            }
        }
        let foot = more ? " ↓ more (j/k Space) " : footer
        if boxW > CellWidth.of(foot) + 4 {
            g.put(foot, x: right - CellWidth.of(foot) - 1, y: bottom, limit: right, style: more ? theme.mark : theme.chrome)
        }
    }
}

extension Style {
    func with(_ a: Attrs) -> Style {
        var s = self
        s.attrs.formUnion(a)
        return s
    }
}
