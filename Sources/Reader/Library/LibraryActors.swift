// The library's archive-wide actors: the sidebar's order and selection, the actor filter
// (articles where it speaks, or where it is mentioned) and its quotes across the archive.
import Model

extension LibraryState {
    func rebuildActorOrder() {
        // The actor chosen stays chosen as the order changes; until one is, the selection stays
        // on the first row (the most quoted so far), not on whoever was first to arrive.
        let keep = actorChosen || filterActor != nil ? selectedActor : nil
        let actors = index.actors
        // (An actor with no articles is a lone surname that joined a person: not listed.)
        actorOrder = actors.indices.filter { !actors[$0].articles.isEmpty }.sorted { a, b in
            let x = actors[a], y = actors[b]
            if x.quotes != y.quotes { return x.quotes > y.quotes }
            if x.articles.count != y.articles.count { return x.articles.count > y.articles.count }
            return (x.name, a) < (y.name, b)
        }
        maxActorArticles = actors.reduce(0) { max($0, $1.articles.count) }
        maxActorQuotes = actors.reduce(0) { max($0, $1.quotes) }
        actorSelection = 0
        if let k = keep, let i = actorOrder.firstIndex(of: k) { actorSelection = i }
        clampActors()
    }

    var selectedActor: Int? { actorSelection < actorOrder.count ? actorOrder[actorSelection] : nil }
    var actorListHeight: Int { max(1, (layout.sidebar?.height ?? 2) - 1) }

    func moveActor(_ delta: Int) {
        actorChosen = true
        actorSelection += delta
        clampActors()
    }

    func moveActorTo(_ i: Int) {
        actorChosen = true
        actorSelection = i
        clampActors()
    }

    func clampActors() {
        ListWindow.clamp(selection: &actorSelection, scroll: &actorScroll, count: actorOrder.count, height: actorListHeight)
    }

    /// The actor's name as drawn (sanitized, capped).
    func actorName(_ a: Int) -> String {
        a < index.actors.count ? Sanitize.line(index.actors[a].name, cap: Sanitize.displayCap) : ""
    }

    /// Limits the list to the actor's articles and lists its quotes across the archive
    /// (nil: back to every article).
    func setFilter(_ actor: Int?) {
        filterActor = actor
        quoteSelection = 0
        quoteScroll = 0
        relayout()
        rebuildVisible()
        rebuildQuotes()
        if actor != nil, let first = visible.first, !(selectedRow.map { visible.contains($0) } ?? false) { select(row: first) }
        if actor == nil && focus == .quotes { focus = .list }
        if let a = actor, visible.isEmpty {
            message = filterMentions ? "no article mentions \(actorName(a))" : "\(actorName(a)) speaks in no article: m lists mentions"
        }
    }

    /// `m`: articles where the actor speaks ↔ where it is mentioned.
    func toggleMentions() {
        filterMentions.toggle()
        if filterActor != nil { rebuildVisible() }
        message = filterMentions ? "articles that mention the actor" : "articles where the actor speaks"
    }

    /// The filtered actor's quotes, article by article in list order, each in text order.
    func rebuildQuotes() {
        let keepQuote = quoteSelection < quotes.count ? quotes[quoteSelection] : nil
        quotes = []
        guard let a = filterActor else { return }
        for r in visible {
            guard let s = rows[r].summary else { continue }
            for (qi, q) in s.quotes.enumerated() {
                if let local = q.actor, index.actor(article: r, local: local) == a { quotes.append(LibraryQuote(row: r, quote: qi)) }
            }
        }
        if let k = keepQuote, let i = quotes.firstIndex(of: k) { quoteSelection = i }
        clampQuotes()
    }

    var quoteListHeight: Int { max(1, (layout.quotes?.height ?? 2) - 1) }

    func moveQuote(_ delta: Int) {
        quoteSelection += delta
        clampQuotes()
    }

    func moveQuoteTo(_ i: Int) {
        quoteSelection = i
        clampQuotes()
    }

    func clampQuotes() {
        ListWindow.clamp(selection: &quoteSelection, scroll: &quoteScroll, count: quotes.count, height: quoteListHeight)
    }

    func summaryQuote(_ q: LibraryQuote) -> SummaryQuote? {
        guard let s = rows[q.row].summary, q.quote < s.quotes.count else { return nil }
        return s.quotes[q.quote]
    }

    func setFocus(_ f: LibraryFocus) {
        focus = f
        relayout()
        clampActors()
        clampQuotes()
    }

    func cycleFocus(forward: Bool) {
        var order: [LibraryFocus] = [.list, .actors]
        if filterActor != nil { order.append(.quotes) }
        let i = order.firstIndex(of: focus) ?? 0
        setFocus(order[(i + (forward ? 1 : order.count - 1)) % order.count])
    }
}
