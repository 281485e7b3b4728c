// Where one report ends because another begins, and subjects that are counts of people:
// "… said they would vote, and more than 4 in 10 said the mayor …"; "Two in three said …".
// Survey sentences chain such reports, and the annotators give each its own attribution.

enum ReportBoundaries {
    /// How many tokens a subject may take between "and" and its cue verb ("the mayor's own
    /// chief of staff said"): a longer run is read as part of the content.
    static let maxSubjectTokens = 8

    /// Whether a subject phrase and a cue verb begin at token n: a phrase of at most
    /// `maxSubjectTokens` words with no verb, comma or clause word ("more than 4 in 10",
    /// "55 percent of all voters", "the governor's aides"), then a lower-case verb cue
    /// (auxiliaries such as "also" may come before it). Without a comma before the "and",
    /// `openingOnly` asks the phrase to open with a determiner or a number, so that
    /// "said officials and experts believe …" keeps its content whole.
    static func opensPhraseReport(_ ctx: QuoteContext, at n: Int, upper: Int, openingOnly: Bool) -> Bool {
        guard n < upper, ctx.quotedSpanOf[n] < 0, ctx.isWord(n) else { return false }
        if openingOnly && !(ctx.wordClass(n) == .determiner || ctx.kind(n) == .number) { return false }
        var k = n
        while k < upper && k - n <= maxSubjectTokens {
            if k > n, ctx.isLowercaseWord(k), ctx.isVerbCue(k), let i = ctx.cueIndex(k) {
                // A verb of saying or believing; a stance verb there is as often an act ("and its allies will seek …").
                return !CueLexicon.cueIsStance[Int(i)]
            }
            guard ctx.isWord(k) || ctx.isAbbreviationPeriod(k) || isNumberPunct(ctx, k),
                  !ctx.wordIs(k, SourcePhrases.to) else { return false }  // "… and the public to think": an infinitive
            switch ctx.wordClass(k) {
            case .be?, .complementizer?, .subjectPronoun?: return false
            case .clauseBoundary?: if !ctx.wordIs(k, than) { return false }  // "more than 4 in 10"
            default: break
            }
            // A verb cue's own subject is no cue ("the poll's findings" is fine; "said" at n is not).
            if ctx.isLowercaseWord(k) && ctx.isCueWord(k) { return false }
            k += 1
        }
        return false
    }

    /// "%" after a number ("40%").
    static func isNumberPunct(_ ctx: QuoteContext, _ t: Int) -> Bool {
        ctx.isPunct(t, 0x25)
    }

    /// "Two in three said", "more than 4 in 10 said", "one in five voters say": a count of
    /// people ending right before the cue at c (auxiliaries and adverbs skipped), which the
    /// noun-phrase reading of source phrases does not take (its last word is a number).
    static func countSubject(_ ctx: QuoteContext, cue c: Int, lower: Int) -> SourcePhrase? {
        var e = c - 1
        while e >= lower && c - e <= 3 && (ctx.wordClass(e) == .auxiliary || SourcePhrases.isAdverb(ctx, e)) { e -= 1 }
        // "… 4 in 10 voters": the noun after the count is the head.
        var head = e
        if head - 1 >= lower, ctx.isLowercaseWord(head), ctx.wordClass(head) == nil { head -= 1 }
        guard head - 2 >= lower, isCount(ctx, head), ctx.wordIs(head - 1, inWord), isCount(ctx, head - 2) else { return nil }
        var first = head - 2
        // "more than", "nearly", "about", "only": the count's modifiers belong to it.
        var m = 0
        while first - 1 >= lower && m < 2 && ctx.isWord(first - 1)
                && CueLexicon.countModifiers.lookup(ctx.bytes, ctx.span(first - 1)) != nil {
            first -= 1
            m += 1
        }
        return SourcePhrase(first: first, end: e + 1, head: e)
    }
    static let inWord: [UInt8] = Array("in".utf8)
    static let than: [UInt8] = Array("than".utf8)

    /// A number: digits, or a number word ("two", "Three").
    static func isCount(_ ctx: QuoteContext, _ t: Int) -> Bool {
        ctx.kind(t) == .number || CueLexicon.numberWords.lookup(ctx.bytes, ctx.span(t)) != nil
    }
}
