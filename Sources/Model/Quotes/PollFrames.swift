// "In a new Fox poll, 40 percent of voters back the levy." / "The mayor leads by six points
// in the latest Courier survey.": a finding reported by a poll. The poll phrase after "in" is
// the source, and the clause the phrase opens or closes is the content (as after "according to").

enum PollFrames {
    /// How many tokens may sit between "in" and the poll noun ("in the latest Washington
    /// Post-ABC News poll"), and after the noun before the comma of an opening phrase
    /// ("…poll, conducted March 11-13,").
    static let maxPhraseTokens = 10
    /// At most this many tokens may follow a closing poll phrase ("in the polls ahead of the primary").
    static let maxTailTokens = 10

    /// Reads the poll noun at c ("poll", "surveys"). Returns whether a quote was added.
    static func read(cue c: Int, cueSpan: Span, sentence: Range<Int>, paragraph p: Int,
                     state: inout QuoteFinderState) -> Bool {
        let ctx = state.ctx
        guard let inTok = opening(ctx, before: c, lower: sentence.lowerBound) else { return false }
        let source = SourcePhrase(first: inTok + 1, end: c + 1, head: c)
        let span = Span(ctx.span(inTok).start, ctx.span(c).end)
        let count = state.quotes.count
        // "(But) in a new poll, …": the clause after the phrase's comma.
        var lead = inTok
        if lead > sentence.lowerBound, ctx.wordClass(lead - 1) == .clauseBoundary { lead -= 1 }
        if lead == sentence.lowerBound {
            var k = c + 1
            while k < sentence.upperBound && k - c <= maxPhraseTokens && !(ctx.isComma(k) && ctx.quotedSpanOf[k] < 0) {
                if ctx.isBreak(k) { return false }
                k += 1
            }
            guard k + 2 < sentence.upperBound, ctx.isComma(k) else { return false }
            CueFrames.emitReported(parts: [(k + 1, CueFrames.clauseEnd(ctx, from: k + 1, to: sentence.upperBound))],
                                   cueSpan: span, source: source, paragraph: p, rule: .accordingTo, state: &state)
            return state.quotes.count > count
        }
        // "… leads by six points in the latest survey (released Sunday).": the clause before "in".
        // ("leads in the polls", "gained in polls" tell a standing, not a poll's finding: the
        // phrase must name or describe its poll.)
        let bare = c == inTok + 1 || c == inTok + 2 && ctx.wordIs(inTok + 1, CueFrames.the)
        guard !bare, sentence.upperBound - c <= maxTailTokens + 1, inTok - sentence.lowerBound >= 3 else { return false }
        var k = c + 1
        while k < sentence.upperBound {
            if ctx.isComma(k) || ctx.kind(k) == .quote || ctx.wordClass(k) == .complementizer || ctx.isVerbCue(k) { return false }
            k += 1
        }
        // The clause opens after the last comma before "in" that is outside quotation marks
        // and ends an opening phrase ("In his best result yet, the mayor …"), else at the sentence.
        CueFrames.emitReported(parts: [(sentence.lowerBound, inTok)], cueSpan: span, source: source, paragraph: p,
                               rule: .accordingTo, state: &state)
        return state.quotes.count > count
    }

    /// The "in" opening the poll phrase that ends at c: only determiners, names, numbers and
    /// modifiers between ("in a new Fox News poll", "in the polls", "in January polls").
    static func opening(_ ctx: QuoteContext, before c: Int, lower: Int) -> Int? {
        var k = c - 1
        while k >= lower && c - k <= maxPhraseTokens {
            if ctx.wordIs(k, ReportBoundaries.inWord) { return k }
            if ctx.isWord(k) {
                switch ctx.wordClass(k) {
                case nil, .determiner?, .abbreviation?: break
                default: return nil
                }
                if ctx.isLowercaseWord(k) && ctx.isCueWord(k) { return nil }
            } else if !(ctx.isPunct(k, 0x2F) || ctx.kind(k) == .dash && ctx.span(k).length == 1 || ctx.isAbbreviationPeriod(k)) {
                return nil  // "/" in "ABC News/Washington Post", a hyphen in "Post-ABC"
            }
            k -= 1
        }
        return nil
    }
}
