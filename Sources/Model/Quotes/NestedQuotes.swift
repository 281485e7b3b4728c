// Pass 6b: the annotators' unit. An attribution inside another one's content ("Alder said he
// believes the council will approve it") is part of that content, not an attribution of its
// own: each token belongs to at most one attribution. The inner one is kept instead of the
// outer only where it is the real report: a verb of saying under a cue that is not one
// ("The party wants a recount, its chairman said": said, not wants), and not in a condition.

enum NestedQuotes {
    /// `quotes` in text order of their content's start; returns them without the nested ones.
    static func resolve(_ quotes: [Quote], in document: Document) -> [Quote] {
        guard quotes.count > 1 else { return quotes }
        var keep = Array(repeating: true, count: quotes.count)
        var outer = -1  // the kept quote reaching furthest so far
        for i in quotes.indices {
            let q = quotes[i]
            if outer >= 0, isNested(q, in: quotes[outer]) {
                if isSaying(q, document) == true && isSaying(quotes[outer], document) == false && !isHypothetical(q, document) {
                    keep[outer] = false
                    outer = i
                } else {
                    keep[i] = false
                }
                continue
            }
            if outer < 0 || q.content.end > quotes[outer].content.end { outer = i }
        }
        return quotes.indices.filter { keep[$0] }.map { quotes[$0] }
    }

    /// The inner quote's cue lies in one of the outer's parts (its content may run on past the
    /// part: "The union wants a raise, its leader said" gives "wants" too long a clause); with no
    /// cue, its content lies in the part.
    static func isNested(_ inner: Quote, in outer: Quote) -> Bool {
        let c = inner.content
        guard c != outer.content else { return false }
        // The parts are in order, without overlap: the one that may hold c.start is the last
        // starting at or before it (found by halving, so a quote of many parts costs log of them).
        var lo = 0, hi = outer.parts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if outer.parts[mid].start <= c.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        let o = outer.parts[lo - 1]
        guard c.start < o.end else { return false }
        if let cue = inner.cue { return cue.start >= o.start && cue.end <= o.end }
        return c.end <= o.end
    }

    /// "threatened sanctions if Russia did not agree to …": a saying verb in a condition is no
    /// report of its own, so it never displaces the outer one.
    static func isHypothetical(_ q: Quote, _ document: Document) -> Bool {
        guard let sp = q.speaker else { return false }
        return QuoteConfidence.isConditional(sp.span, QuoteConfidence.sentenceIndex(containing: sp.span.start, document), document)
    }

    /// Whether the quote's cue is a verb of saying (speech, tell, according to, or a mark or
    /// verb outside the lexicon); false for belief, stance and raising ("is expected to"); nil
    /// with no cue.
    static func isSaying(_ q: Quote, _ document: Document) -> Bool? {
        guard let frame = cueFrame(q, document) else { return q.cue == nil ? nil : true }
        return frame != .belief && frame != .stance && frame != .raising
    }

    /// The lexicon frame of the quote's cue word (its first word), if the lexicon has it.
    static func cueFrame(_ q: Quote, _ document: Document) -> CueFrame? {
        guard let cue = q.cue else { return nil }
        if q.rule == .raisingVerb { return .raising }
        var end = cue.start
        while end < cue.end && document.bytes[end] != 0x20 { end += 1 }
        guard end > cue.start, let i = CueLexicon.cueIndex.lookup(document.bytes, Span(cue.start, end)) else { return nil }
        return CueLexicon.cueEntries[Int(i)].frame
    }
}
