// "Asked whether he would run, Smith said no" / "She was asked by a reporter about the merger":
// a question put to someone. Its content is what was asked ("whether he would run", "the
// merger"), up to the comma that ends the participle clause; its source is the asker when a
// by-phrase names one, else none (the person asked is the source of the answer, not of the question).

enum QuestionFrames {
    static let asked: [UInt8] = Array("asked".utf8)
    static let when: [UInt8] = Array("when".utf8)
    static let about: [UInt8] = Array("about".utf8)
    static let by: [UInt8] = Array("by".utf8)
    /// How far after "asked" the question's first word is looked for, past a by-phrase and
    /// adjuncts ("Asked at a briefing on Monday in Washington whether …").
    static let window = 12

    /// The token of "asked" when the sentence opens with "Asked" or "(And) when asked", else nil.
    static func openingAsked(_ ctx: QuoteContext, _ sentence: Range<Int>) -> Int? {
        var t = sentence.lowerBound
        if t < sentence.upperBound, ctx.kind(t) == .quote { t += 1 }
        if t < sentence.upperBound, ctx.wordIs(t, CueFrames.and) || ctx.wordIs(t, CueFrames.but) { t += 1 }
        if t < sentence.upperBound, ctx.wordIs(t, when) { t += 1 }
        return t < sentence.upperBound && ctx.wordIs(t, asked) ? t : nil
    }

    /// Reads "asked" at c as a question put to someone: opening the sentence, or in the passive
    /// ("was asked"). Returns nil when it is neither (the other frames read it), else whether a
    /// quote was added.
    static func read(cue c: Int, cueSpan: Span, sentence: Range<Int>, paragraph p: Int,
                     state: inout QuoteFinderState) -> Bool? {
        let ctx = state.ctx
        guard ctx.wordIs(c, asked) else { return nil }
        let opening = openingAsked(ctx, sentence) == c
        guard opening || RaisingFrames.passiveBe(ctx, before: c, lower: sentence.lowerBound) != nil else { return nil }
        var j = c + 1
        var source: SourcePhrase? = nil
        if j + 1 < sentence.upperBound, ctx.wordIs(j, by) {
            source = byAgent(ctx, from: j + 1, upper: sentence.upperBound)
            j = source?.end ?? j + 1
        }
        // The question's first word: if, whether, a wh-word, "about" (its object is the
        // content) or "to" (an infinitive), past adjuncts; else, for an opening "Asked", the
        // object right after it ("Asked a direct question about …").
        var start: Int? = nil
        var k = j
        while k < sentence.upperBound && k - j < window && !ctx.isComma(k) && !ctx.isBreak(k) && ctx.kind(k) != .quote {
            if ctx.wordClass(k) == .clauseBoundary && !ctx.wordIs(k, CueFrames.and) && !ctx.wordIs(k, CueFrames.but) {
                start = k; break
            }
            if ctx.wordIs(k, about) { start = k + 1; break }
            if ctx.wordIs(k, SourcePhrases.to) { start = k; break }
            k += 1
        }
        if start == nil && opening { start = j }
        guard let a = start, a < sentence.upperBound else { return opening ? false : nil }
        var end = a
        while end < sentence.upperBound && end - a < CueFrames.maxContentTokens && !ctx.isBreak(end)
                && !(ctx.isComma(end) && ctx.quotedSpanOf[end] < 0) {
            if CueFrames.closesQuotationAfterComma(ctx, end) { end += 1; break }
            end += 1
        }
        let count = state.quotes.count
        CueFrames.emitReported(parts: [(a, end)], cueSpan: cueSpan, speaker: CueFrames.speaker(source, ctx),
                               paragraph: p, rule: .question, state: &state)
        return state.quotes.count > count
    }

    /// The asker after "by": "a reporter", "Matt Lauer", "the host of the show" (a name, or a
    /// determiner and up to four words; never past a function word, a verb or a comma).
    static func byAgent(_ ctx: QuoteContext, from t: Int, upper: Int) -> SourcePhrase? {
        var e = t
        if e < upper, ctx.wordClass(e) == .determiner { e += 1 }
        let capitalized = e < upper && ctx.isCapitalized(e)
        while e < upper && e - t < 5 {
            if ctx.isAbbreviationPeriod(e) { e += 1; continue }
            guard ctx.isWord(e), ctx.wordClass(e) == nil, !ctx.isCueWord(e) || ctx.isCapitalized(e) else { break }
            if capitalized && !ctx.isCapitalized(e) { break }
            e += 1
        }
        // ("by some", "by many": a quantifier standing alone is an agent; "by the" is not.)
        guard e > t, ctx.isWord(e - 1),
              ctx.wordClass(e - 1) != .determiner || e - 1 == t && SourcePhrases.isStandaloneQuantifier(ctx, t)
        else { return nil }
        return SourcePhrase(first: t, end: e, head: e - 1)
    }
}
