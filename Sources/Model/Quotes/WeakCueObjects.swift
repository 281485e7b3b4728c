// What may follow a weak cue (a word with a common noun reading: "claims", "hopes", "shows",
// "slams") for it to be read as a verb: a clause, an infinitive, or, in the frames below, a
// noun phrase right after its subject. CueFrames.read asks these before taking such a cue.

extension CueFrames {
    /// "A new poll shows Smith with a lead": an evidence verb after a noun phrase, with a noun
    /// phrase or a clause after it, is a verb (its noun reading, "talk shows", takes no object).
    static func isEvidenceObject(_ ctx: QuoteContext, cue c: Int, source: SourcePhrase, tail: Int, upper: Int) -> Bool {
        guard CueLexicon.evidenceVerbs.lookup(ctx.bytes, ctx.span(c)) != nil, tail < upper, ctx.isWord(tail),
              source.head == c - 1, ctx.wordClass(source.head) == nil || ctx.wordClass(source.head) == .objectPronoun
        else { return false }
        switch ctx.wordClass(tail) {
        case nil, .determiner?, .subjectPronoun?, .clauseBoundary?: return !ctx.isCueWord(tail)
        default: return false
        }
    }

    /// "Officials hope the levy will pass", "Most voters want new leaders": a verb of hoping,
    /// fearing or wanting right after its subject, with a noun phrase or a clause after it (its
    /// noun reading, "high hopes for", "their fears", has a preposition or a determiner around it).
    static func isBeliefClause(_ ctx: QuoteContext, cue c: Int, source: SourcePhrase, tail: Int, upper: Int) -> Bool {
        guard CueLexicon.bareClauseBeliefs.lookup(ctx.bytes, ctx.span(c)) != nil, tail < upper, ctx.isWord(tail),
              source.head == c - 1
        else { return false }
        switch ctx.wordClass(source.head) {
        case nil, .subjectPronoun?: break
        case .objectPronoun?: if ctx.span(source.head).length < SourcePhrases.minNounAddresseeLength { return false }
        case .determiner?: if !SourcePhrases.isStandaloneQuantifier(ctx, source.head) { return false }
        default: return false
        }
        switch ctx.wordClass(tail) {
        case .determiner?: return !ctx.wordIs(tail, no)
        case .subjectPronoun?: return true
        case .objectPronoun?: return ctx.span(tail).length < SourcePhrases.minNounAddresseeLength
        case nil: return !ctx.isCueWord(tail) && !(ctx.isCapitalized(tail) && isWeekdayOrMonth(ctx, tail))
        default: return false
        }
    }

    /// "Unions slam Smith", "The mayor praises them", "Two-thirds favor raising it": a weak
    /// stance verb right after a noun, with a name, a short object pronoun or a gerund after it,
    /// is a verb (its noun reading, "broad praise from", "their support", has a preposition, a
    /// stop or a determiner around it).
    static func isStanceObject(_ ctx: QuoteContext, cue c: Int, source: SourcePhrase, tail: Int, upper: Int) -> Bool {
        guard tail < upper, ctx.isWord(tail), source.head == c - 1,
              ctx.wordClass(source.head) == nil || ctx.wordClass(source.head) == .objectPronoun
                && ctx.span(source.head).length >= SourcePhrases.minNounAddresseeLength
        else { return false }
        switch ctx.wordClass(tail) {
        case .objectPronoun?: return ctx.span(tail).length < SourcePhrases.minNounAddresseeLength
        case nil:
            return ctx.isCapitalized(tail) && !isWeekdayOrMonth(ctx, tail)
                || SourcePhrases.isParticiple(ctx, tail) && !ctx.isCueWord(tail)
        default: return false
        }
    }

    /// "hopes to win", "plans to run": "to" and a verb after a belief or stance cue (its noun
    /// reading, "his plans to run", has a determiner for its source and never gets here).
    static func opensInfinitive(_ ctx: QuoteContext, _ t: Int, _ upper: Int) -> Bool {
        t + 1 < upper && ctx.wordIs(t, SourcePhrases.to) && ctx.isLowercaseWord(t + 1) && ctx.wordClass(t + 1) == nil
    }

    /// A weak cue ("claims", "reports") needs a clear clause after it: "that" or a quotation.
    static func opensClause(_ ctx: QuoteContext, _ t: Int, _ upper: Int) -> Bool {
        guard t < upper else { return false }
        if ctx.wordClass(t) == .complementizer || ctx.kind(t) == .quote || ctx.isColon(t) { return true }
        // "call them “lone wolves”": a quotation soon after.
        var j = t + 1
        while j < upper && j < t + 5 {
            if ctx.quotedSpanOf[j] >= 0 { return true }
            j += 1
        }
        return false
    }
}
