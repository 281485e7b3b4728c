// Text in quotation marks: pairs the marks within each paragraph, and carries a quotation
// over paragraphs when a paragraph ends open and the next one opens with a mark.
// Marks: “ ” « » (directional), " and '' (straight: each toggles). Single marks ‘ ’ ' are
// left alone: they are apostrophes or quotes inside quotes (but a ' right after a word that
// ends in ' is the second half of a closing '': "''Friends''").

struct QuotedSpan {
    /// The text between the marks, one part per paragraph.
    var parts: [Span]
    /// First token of the opening mark.
    var openMark: Int
    /// Last token of the closing mark; -1 when the paragraph ended with the quotation open.
    var closeMark: Int
    /// Token range of the text inside the marks (over all parts).
    var firstToken: Int
    var endToken: Int
    var paragraph: Int
    var words: Int
}

enum DirectQuotes {
    enum Mark { case open, close, toggle }

    /// The double quotation mark at token t, and its last token ('' is two tokens).
    static func mark(_ ctx: QuoteContext, _ t: Int, _ end: Int) -> (Mark, Int)? {
        guard ctx.kind(t) == .quote else { return nil }
        let s = ctx.span(t)
        switch ctx.bytes[s.start] {
        case 0x22: return (.toggle, t)
        case 0x27:
            if t + 1 < end, ctx.kind(t + 1) == .quote, ctx.span(t + 1).start == s.end, ctx.bytes[s.end] == 0x27 {
                return (.toggle, t + 1)
            }
            // ''Friends'' : the word took the first ' of the closing pair as a plural possessive.
            if t > 0, ctx.kind(t - 1) == .word, ctx.span(t - 1).end == s.start, ctx.bytes[s.start - 1] == 0x27,
               !(t + 1 < end && ctx.kind(t + 1) == .quote && ctx.span(t + 1).start == s.end) {
                return (.toggle, t)
            }
            return nil
        case 0xE2:  // “ U+201C, ” U+201D
            guard s.length == 3, ctx.bytes[s.start + 1] == 0x80 else { return nil }
            let glyph: Mark
            switch ctx.bytes[s.start + 2] {
            case 0x9C: glyph = .open
            case 0x9D: glyph = .close
            default: return nil
            }
            // A mark typed the wrong way round reads by its place: after a space and before a
            // word it opens (”Fear …), after a word and before a space it closes (“abhorrent“ ).
            let spaceBefore = s.start == 0 || isSpace(ctx.bytes[s.start - 1])
            let spaceAfter = s.end >= ctx.bytes.count || isSpace(ctx.bytes[s.end])
            if spaceBefore && !spaceAfter { return (.open, t) }
            if !spaceBefore && spaceAfter { return (.close, t) }
            return (glyph, t)
        case 0xC2:  // « U+00AB, » U+00BB
            guard s.length == 2 else { return nil }
            return ctx.bytes[s.start + 1] == 0xAB ? (.open, t) : ctx.bytes[s.start + 1] == 0xBB ? (.close, t) : nil
        default: return nil
        }
    }

    /// Every quoted span, in text order; marks their tokens in ctx.quotedSpanOf.
    static func find(_ document: Document, _ ctx: inout QuoteContext) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var current: QuotedSpan? = nil   // open, with its content starting at contentStart
        var contentStart = 0             // first content token of the current part
        var openedStraight = false       // the current quotation opened with " or ''

        let paragraphs = document.paragraphs
        for p in paragraphs.indices {
            let range = tokenRange(document, p)
            var t = range.lowerBound
            if current != nil {
                // A quotation left open continues only if this paragraph opens with a mark of the
                // same style (straight after straight, curly after curly).
                if t < range.upperBound, let (m, last) = mark(ctx, t, range.upperBound), m != .close,
                   (m == .toggle) == openedStraight {
                    t = last + 1
                    contentStart = t
                } else {
                    spans.append(current!)
                    current = nil
                }
            }
            while t < range.upperBound {
                guard let (m, last) = mark(ctx, t, range.upperBound) else { t += 1; continue }
                if var q = current, m != .open {
                    current = nil  // q holds the only reference: its parts grow in place
                    if t > contentStart {
                        q.parts.append(Span(ctx.span(contentStart).start, ctx.span(t - 1).end))
                        q.words += wordCount(ctx, contentStart, t)
                        q.endToken = t
                    }
                    q.closeMark = last
                    if !q.parts.isEmpty { spans.append(q) }
                    current = nil
                } else if m != .close, current == nil || (openedStraight && m == .open && current!.parts.isEmpty) {
                    // (A curly opening mark after a straight one left open: the straight one was stray.)
                    current = QuotedSpan(parts: [], openMark: t, closeMark: -1, firstToken: last + 1,
                                         endToken: last + 1, paragraph: p, words: 0)
                    contentStart = last + 1
                    openedStraight = m == .toggle
                }
                t = last + 1
            }
            if var q = current {
                current = nil  // q holds the only reference: its parts grow in place, not copied
                // Open at the paragraph's end: keep this paragraph's part; the next decides.
                if range.upperBound > contentStart {
                    q.parts.append(Span(ctx.span(contentStart).start, ctx.span(range.upperBound - 1).end))
                    q.words += wordCount(ctx, contentStart, range.upperBound)
                    q.endToken = range.upperBound
                }
                current = q.parts.isEmpty ? nil : q
            }
        }
        if let q = current { spans.append(q) }
        for (i, q) in spans.enumerated() {
            let end = q.closeMark >= 0 ? q.closeMark + 1 : q.endToken
            for t in q.openMark..<end { ctx.quotedSpanOf[t] = Int32(i) }
        }
        return spans
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    static func wordCount(_ ctx: QuoteContext, _ a: Int, _ b: Int) -> Int {
        var n = 0
        for t in a..<b where ctx.kind(t) == .word { n += 1 }
        return n
    }

    /// The tokens of paragraph p.
    static func tokenRange(_ document: Document, _ p: Int) -> Range<Int> {
        let s = document.paragraphs[p].sentences
        guard !s.isEmpty else { return 0..<0 }
        return document.sentences[s.lowerBound].tokens.lowerBound..<document.sentences[s.upperBound - 1].tokens.upperBound
    }
}
