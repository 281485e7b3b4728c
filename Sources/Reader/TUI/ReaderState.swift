// Everything the reader shows, as state: reading position (a byte offset), focus, filter,
// search, current quote, open panes. Keys change it (KeyHandling.swift); Screen draws it.
// No terminal here: tests and the UI benchmark drive it directly.
import Model

enum Focus: Equatable, Sendable { case text, actors, quotes }

struct SearchState {
    var query: String
    /// Byte ranges of the matches, in text order.
    var matches: [Span]
    var current: Int?
    /// Typed with `\\` (backward): `n` then goes up and `N` down, as `?` does in vim.
    var backward = false
}

final class ReaderState {
    let analysis: Analysis
    let name: String
    let colour: Bool
    /// The colours when `colour` is on (the TUI picks it for the terminal's background).
    var palette: Palette = .dark256
    private(set) var width = 0
    private(set) var height = 0
    private(set) var layout = Layout()
    let view: TextView

    /// The top line of the text pane, and the byte offset that defines it across re-wraps.
    private(set) var top = LinePos(vis: 0, line: 0)
    private(set) var topOffset = 0

    var focus: Focus = .text
    var highlight = true
    /// The quotes pane opened with `l` below a narrow screen, or closed with `l` on a wide one.
    var quotesWanted = false
    var quotesHidden = false
    /// A count typed before a key (`5j`, `10G`, `50%`), nil when none.
    var count: Int?
    var helpOpen = false
    var helpScroll = 0
    /// The quote the "why" panel explains (nil when closed).
    var whyQuote: Int?
    /// The source audit overlay (S, AuditOverlay.swift): its scroll while open, else nil.
    var auditScroll: Int?
    /// The audit's lines, computed the first time S opens it (the audit reads the whole article,
    /// so not on every key or redraw).
    var auditLines: [String] = []
    /// Each actor's gender call, for the why panel: computed when first asked (it reads every mention).
    private(set) lazy var genderCalls: [GenderCall] = GenderEvidence.calls(analysis)
    /// Text being typed after `/` or `\\` (nil when not typing a search).
    var prompt: String?
    var promptBackward = false
    /// Text typed after `:` (nil when the command line is closed): `:n`, `:p`, `:q`.
    var commandLine: String?
    /// Set when the article was opened from the library: q and Esc lead back to it, and
    /// the status line shows the article's place in the list ("3/120").
    var libraryPlace: (index: Int, count: Int)?
    var message: String?

    private(set) var filterActor: Int?
    private(set) var hideUnmarked = false
    /// Paragraphs that mention the filtered actor or hold a quote by it.
    private(set) var marked: [Bool] = []
    /// Quotes jumped between: all, or the filtered actor's (in text order).
    private(set) var navigable: [Int]
    /// Every quote index, in text order.
    let textOrder: [Int]
    private(set) var currentQuote: Int?
    private(set) var search: SearchState?

    var actorList: ActorList
    /// The selected row of the quotes pane: an index into `navigable` (the pane lists the
    /// filtered actor's quotes while a filter is on, all quotes otherwise, in text order).
    var quoteSelection = 0
    var quoteScroll = 0

    /// Each actor's quotes as speaker, in text order, so a filter costs the actor's quotes,
    /// not the article's.
    let quotesBySpeaker: [Int: [Int]]
    /// Quote indices touching each paragraph (content, cue or speaker).
    let paragraphQuotes: [[Int]]
    /// Mention indices sorted by start offset, and their starts, for range lookups.
    let mentionOrder: [Int]
    let mentionStarts: [Int]

    init(analysis: Analysis, name: String, colour: Bool, width: Int, height: Int) {
        self.analysis = analysis
        self.name = name
        self.colour = colour
        let doc = analysis.document
        view = TextView(bytes: doc.bytes, paragraphs: doc.paragraphs, width: 1)
        // Quotes in text order of their start (binary searches rely on it, whatever the Model's order).
        let starts = analysis.quotes.map { $0.parts.first?.start ?? 0 }
        textOrder = analysis.quotes.indices.sorted { (starts[$0], $0) < (starts[$1], $1) }
        navigable = textOrder
        var bySpeaker: [Int: [Int]] = [:]
        for q in textOrder { if let a = analysis.quotes[q].speaker?.actor { bySpeaker[a, default: []].append(q) } }
        quotesBySpeaker = bySpeaker
        actorList = ActorList(actors: analysis.actors)

        var pq = Array(repeating: [Int](), count: doc.paragraphs.count)
        for (qi, q) in analysis.quotes.enumerated() {
            var spans = q.parts
            if let c = q.cue { spans.append(c) }
            if let s = q.speaker { spans.append(s.span) }
            for s in spans where !s.isEmpty {
                guard let p0 = ReaderState.paragraph(doc, atOrAfter: s.start) else { continue }
                var p = p0
                while p < doc.paragraphs.count && doc.paragraphs[p].span.start < s.end {
                    if pq[p].last != qi { pq[p].append(qi) }
                    p += 1
                }
            }
        }
        for p in pq.indices where pq[p].count > 1 { pq[p] = Array(Set(pq[p])).sorted() }
        paragraphQuotes = pq
        mentionOrder = analysis.mentions.indices.sorted { analysis.mentions[$0].span.start < analysis.mentions[$1].span.start }
        mentionStarts = mentionOrder.map { analysis.mentions[$0].span.start }
        resize(width: width, height: height)
    }

    /// The first paragraph ending after `offset`.
    static func paragraph(_ doc: Document, atOrAfter offset: Int) -> Int? {
        let p = Bisect.first(doc.paragraphs.count) { doc.paragraphs[$0].span.end > offset }
        return p < doc.paragraphs.count ? p : nil
    }

    var bodyHeight: Int { max(1, layout.main.height) }

    // MARK: size

    func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        relayout()
    }

    func relayout() {
        layout = Layout.compute(width: width, height: height, showSidebarOverlay: focus == .actors,
                                quotesWanted: quotesWanted, quotesHidden: quotesHidden, sidebarWant: actorList.wantedWidth)
        if focus == .quotes && layout.quotes == nil { focus = .text }
        if focus == .actors && layout.sidebar == nil { focus = .text }
        view.setWidth(layout.textWidth)
        top = view.position(ofOffset: topOffset)
        clampTop()
    }

    private func clampTop() {
        guard !view.isEmpty else { top = view.first; return }
        let maxTop = view.maxTop(height: bodyHeight)
        if maxTop < top { top = maxTop }
    }

    // MARK: scrolling

    func scroll(by lines: Int) {
        guard !view.isEmpty else { return }
        top = view.move(top, by: lines)
        clampTop()
        topOffset = view.offset(top)
    }

    func scrollToTop() {
        top = view.first
        topOffset = 0
    }

    func scrollToEnd() {
        guard !view.isEmpty else { return }
        top = view.maxTop(height: bodyHeight)
        topOffset = view.offset(top)
    }

    func nextParagraph() {
        guard !view.isEmpty, top.vis + 1 < view.visible.count else { scrollToEnd(); return }
        setTop(LinePos(vis: top.vis + 1, line: 0))
    }

    func previousParagraph() {
        guard !view.isEmpty else { return }
        if top.line > 0 { setTop(LinePos(vis: top.vis, line: 0)) } else if top.vis > 0 { setTop(LinePos(vis: top.vis - 1, line: 0)) }
    }

    private func setTop(_ pos: LinePos) {
        top = pos
        clampTop()
        topOffset = view.offset(top)
    }

    /// Brings the line holding `offset` into view, at least `margin` lines from the pane's edges.
    func reveal(offset: Int) {
        guard !view.isEmpty else { return }
        let target = view.position(ofOffset: offset)
        let h = bodyHeight
        let margin = min(2, max(0, (h - 1) / 2))
        if let d = view.distance(from: top, to: target, limit: h), d >= margin, d <= h - 1 - margin {
            return
        }
        setTop(view.move(target, by: -margin))
    }

    // MARK: quotes

    func quoteStart(_ q: Int) -> Int { analysis.quotes[q].parts.first?.start ?? 0 }

    /// The navigable index of the current quote (for "quote 3/19").
    var currentQuoteOrdinal: Int? {
        guard let c = currentQuote else { return nil }
        return ordinal(of: c)
    }

    func ordinal(of q: Int) -> Int? {
        // `navigable` is in text order; binary search by start, then scan ties.
        let s = quoteStart(q)
        var lo = Bisect.first(navigable.count) { quoteStart(navigable[$0]) >= s }
        while lo < navigable.count && quoteStart(navigable[lo]) == s {
            if navigable[lo] == q { return lo }
            lo += 1
        }
        return nil
    }

    /// Whether byte `offset` is on the text pane now.
    func isOnScreen(_ offset: Int) -> Bool {
        guard !view.isEmpty else { return false }
        let p = view.position(ofOffset: offset)
        guard let d = view.distance(from: top, to: p, limit: bodyHeight) else { return false }
        return d >= 0 && d < bodyHeight
    }

    /// Moves to the next (or previous) quote; false when there is none that way.
    @discardableResult
    func jumpQuote(forward: Bool) -> Bool {
        guard !navigable.isEmpty else {
            message = filterActor == nil ? "no quotes" : "no quotes by \(filterName)"
            return false
        }
        var target: Int?
        if let c = currentQuote, let o = ordinal(of: c), isOnScreen(quoteStart(c)) {
            let n = o + (forward ? 1 : -1)
            if n >= 0 && n < navigable.count { target = n }
        } else {
            // From the screen: the first quote at/after the top, or the last one before the bottom.
            let anchor = view.offset(top)
            if forward {
                let lo = Bisect.first(navigable.count) { quoteStart(navigable[$0]) >= anchor }
                target = lo < navigable.count ? lo : nil
            } else {
                let bottomLine = view.move(top, by: bodyHeight - 1)
                let bottom = max(view.offset(bottomLine), (view.range(bottomLine)?.end ?? 0) - 1)
                let after = Bisect.first(navigable.count) { quoteStart(navigable[$0]) > bottom }
                target = after > 0 ? after - 1 : nil
            }
        }
        guard let t = target else {
            message = forward ? "no more quotes below" : "no more quotes above"
            return false
        }
        goToQuote(navigable[t])
        return true
    }

    func goToQuote(_ q: Int) {
        currentQuote = q
        reveal(offset: quoteStart(q))
        if let o = ordinal(of: q) { quoteSelection = o }
    }

    /// Opens at the quote whose content starts at UTF-8 `offset` (a library summary's
    /// quote), or at the line holding `offset` when no quote starts there.
    func start(atOffset offset: Int) {
        let lo = Bisect.first(textOrder.count) { quoteStart(textOrder[$0]) >= offset }
        if lo < textOrder.count && quoteStart(textOrder[lo]) == offset {
            goToQuote(textOrder[lo])
        } else {
            reveal(offset: max(0, min(offset, analysis.document.bytes.count)))
        }
    }

    /// Puts paragraph `n` (1-based, as the status line counts) at the top.
    func goToParagraph(_ n: Int) {
        guard !view.isEmpty else { return }
        let paras = analysis.document.paragraphs
        let p = max(0, min(n - 1, paras.count - 1))
        let pos = view.position(ofOffset: paras[p].span.start)
        setTop(LinePos(vis: pos.vis, line: 0))
    }

    /// Moves to `n` percent into the text (by bytes), as less's `50%`.
    func goToPercent(_ n: Int) {
        guard !view.isEmpty else { return }
        let pct = max(0, min(100, n))
        if pct >= 100 { scrollToEnd(); return }
        let offset = analysis.document.bytes.count * pct / 100
        setTop(view.position(ofOffset: offset))
    }

    // MARK: filter

    var filterName: String { filterActor.map { actorList.label($0) } ?? "" }

    func setFilter(_ actor: Int?) {
        filterActor = actor
        let paraCount = analysis.document.paragraphs.count
        if let a = actor {
            marked = Array(repeating: false, count: paraCount)
            for m in analysis.actors[a].mentions {
                let p = analysis.mentions[m].paragraph
                if p >= 0 && p < paraCount { marked[p] = true }
            }
            navigable = quotesBySpeaker[a] ?? []
            for q in navigable {
                let p = analysis.quotes[q].paragraph
                if p >= 0 && p < paraCount { marked[p] = true }
            }
        } else {
            marked = []
            navigable = textOrder
            hideUnmarked = false
        }
        if let c = currentQuote, ordinal(of: c) == nil { currentQuote = nil }
        quoteSelection = currentQuoteOrdinal ?? 0
        quoteScroll = 0
        applyVisibility()
    }

    func toggleHide() {
        guard filterActor != nil else { message = "no filter: pick an actor with Tab, j/k, Enter"; return }
        hideUnmarked.toggle()
        applyVisibility()
    }

    private func applyVisibility() {
        let all = analysis.document.paragraphs.indices
        if hideUnmarked && filterActor != nil {
            view.setVisible(all.filter { marked[$0] })
        } else if view.visible.count != all.count {
            view.setVisible(Array(all))
        }
        top = view.position(ofOffset: topOffset)
        clampTop()
    }

    func isMarked(_ p: Int) -> Bool { filterActor != nil && p < marked.count && marked[p] }
    func isDimmed(_ p: Int) -> Bool { filterActor != nil && p < marked.count && !marked[p] }

    /// Whether quote `q` is highlighted (highlighting on, and by the filtered actor if any).
    func showsQuote(_ q: Int) -> Bool {
        guard highlight else { return false }
        guard let a = filterActor else { return true }
        return analysis.quotes[q].speaker?.actor == a
    }

    // MARK: search

    /// Searches for `query` from the top of the screen, down (or up when `backward`), wrapping
    /// around as vim does. A failed search says so and leaves no search active.
    func startSearch(_ query: String, backward: Bool = false) {
        guard !query.isEmpty else { search = nil; return }
        let matches = TextSearch.find(query, in: analysis.document.bytes)
        guard !matches.isEmpty else {
            search = nil
            message = "pattern not found: \(Sanitize.line(String(query.unicodeScalars.prefix(60))))"
            return
        }
        search = SearchState(query: query, matches: matches, current: nil, backward: backward)
        let anchor = view.offset(top)
        if backward {
            // The last match before the top of the screen, else wrap to the last one.
            let lo = Bisect.first(matches.count) { matches[$0].start >= anchor }
            if lo > 0 { goToMatch(lo - 1) } else { goToMatch(matches.count - 1); message = Self.hitTop }
        } else {
            let lo = Bisect.first(matches.count) { matches[$0].start >= anchor }
            if lo < matches.count { goToMatch(lo) } else { goToMatch(0); message = Self.hitBottom }
        }
    }

    static let hitBottom = "search hit BOTTOM, continuing at TOP"
    static let hitTop = "search hit TOP, continuing at BOTTOM"

    func clearSearch() { search = nil }

    /// `n` (same direction as the search) or `N` (the other): the next match that way,
    /// wrapping at either end with vim's message.
    func jumpMatch(sameDirection: Bool) {
        guard let s = search else { return }
        jumpMatch(forward: sameDirection != s.backward)
    }

    func jumpMatch(forward: Bool) {
        guard let s = search, !s.matches.isEmpty else { return }
        let c = s.current ?? (forward ? -1 : s.matches.count)
        var n = c + (forward ? 1 : -1)
        if n >= s.matches.count { n = 0; message = Self.hitBottom }
        if n < 0 { n = s.matches.count - 1; message = Self.hitTop }
        goToMatch(n)
    }

    private func goToMatch(_ i: Int) {
        guard var s = search else { return }
        s.current = i
        search = s
        reveal(offset: s.matches[i].start)
    }

    // MARK: status figures

    /// Paragraph number (1-based) at the top of the pane.
    var topParagraph: Int { view.isEmpty ? 0 : view.visible[top.vis] + 1 }

    /// How far the bottom of the pane is into the text, in percent of bytes.
    var percent: Int {
        let total = analysis.document.bytes.count
        guard total > 0, !view.isEmpty else { return 100 }
        let bottom = view.move(top, by: bodyHeight - 1)
        let end = view.range(bottom)?.end ?? view.offset(bottom)
        if bottom == view.last { return 100 }
        return min(100, end * 100 / total)
    }

    /// The speaker of a quote, as shown: the actor's name, else the source's words.
    /// Capped (`Sanitize.displayCap`) so a 100 KB speaker phrase costs no more per key than a name.
    func speakerName(_ q: Int) -> String {
        guard let sp = analysis.quotes[q].speaker else { return "unattributed" }
        if let a = sp.actor, a < analysis.actors.count { return actorList.label(a) }
        return Sanitize.line(analysis.document.prefixString(sp.span, maxBytes: 4 * Sanitize.displayCap), cap: Sanitize.displayCap)
    }

    /// The current quote as copied by `y`: “content” — speaker.
    func clipboardText(_ q: Int) -> String {
        let quote = analysis.quotes[q]
        let content = quote.parts.map { Sanitize.clipboard(analysis.document.string($0)) }.joined(separator: " … ")
        return "“\(content)” — \(Sanitize.clipboard(speakerName(q)))"
    }
}
