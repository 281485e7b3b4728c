// "The senator is expected to resign", "The plan seems to work": a raising verb reports an
// expectation or an impression whose holder the text leaves unsaid. The annotators' content
// is the subject with the infinitive ("The senator … to resign"), in two parts. A passive
// has no source; after "seems to" the subject is also the source (the one who seems so).

enum RaisingFrames {
    /// Reads the cue at c...ce as a raising verb: "seems to" (the lexicon's raising frame, its
    /// particle "to" at ce) or a passive "is expected to" / "was said to". Returns nil when the
    /// cue is not one (the other frames then read it), else whether a quote was added.
    static func read(cue c: Int, last ce: Int, entry: CueEntry, cueSpan: Span, sentence: Range<Int>,
                     paragraph p: Int, paragraphTokens pr: Range<Int>, state: inout QuoteFinderState) -> Bool? {
        let ctx = state.ctx
        var to = ce, subjectEnd = c  // the "to", and the token after the subject
        if entry.frame == .raising && ce == c {
            return complement(cue: c, cueSpan: cueSpan, sentence: sentence, paragraph: p, state: &state)
        } else if entry.frame == .raising {
            // "seemed to" (particle taken)
        } else if CueLexicon.passiveRaising.lookup(ctx.bytes, ctx.span(c)) != nil, ce == c,
                  c + 1 < sentence.upperBound, ctx.wordIs(c + 1, SourcePhrases.to), let be = passiveBe(ctx, before: c, lower: sentence.lowerBound) {
            to = c + 1
            subjectEnd = be
        } else {
            return nil
        }
        // The infinitive's verb: a lower-case word that is no function word ("appeared to the crowd" is no infinitive).
        let verb = to + 1
        guard verb < sentence.upperBound, ctx.isLowercaseWord(verb),
              ctx.wordClass(verb) == nil || ctx.wordClass(verb) == .be || ctx.wordClass(verb) == .auxiliary
        else { return false }
        // "seemed to suggest that …", "is expected to endorse …": the cue verb after the chain
        // reports, with the subject as its source (SourcePhrases skips the chain).
        if ctx.isCueWord(verb) { return false }
        guard let subject = subject(ctx, before: subjectEnd, sentence: sentence) else { return false }
        let count = state.quotes.count
        CueFrames.emitReported(parts: [(subject.first, subject.end), (to, CueFrames.clauseEnd(ctx, from: to, to: sentence.upperBound))],
                               cueSpan: cueSpan, speaker: entry.frame == .raising ? CueFrames.speaker(subject, ctx) : nil,
                               paragraph: p, rule: .raisingVerb, state: &state)
        return state.quotes.count > count
    }

    /// "The plan seemed a reminder that …", "She appears ready to …", "It seems likely that …":
    /// a raising verb with an adjective, a participle, a noun phrase or a clause for complement
    /// ("appeared on television", "appeared Tuesday" have none, and report nothing). The content
    /// is the subject with the complement; after "it" only the complement.
    static func complement(cue c: Int, cueSpan: Span, sentence: Range<Int>, paragraph p: Int,
                           state: inout QuoteFinderState) -> Bool {
        let ctx = state.ctx
        var k = c + 1
        while k < sentence.upperBound && k - c <= 2 && SourcePhrases.isAdverb(ctx, k) { k += 1 }
        guard k < sentence.upperBound, ctx.isLowercaseWord(k) else { return false }
        switch ctx.wordClass(k) {
        case nil, .complementizer?, .determiner?: break
        case .preposition?: if !ctx.wordIs(k, like) { return false }
        default: return false
        }
        var end = CueFrames.clauseEnd(ctx, from: c + 1, to: sentence.upperBound)
        guard end > k else { return false }
        // "seemed credible to me", "seems far away to many voters": the impression's holder.
        var holder: SourcePhrase? = nil
        var t = k + 1
        while t + 1 < end && t - k <= maxComplement {
            if ctx.wordIs(t, SourcePhrases.to), ctx.quotedSpanOf[t] < 0 {
                let n = t + 1
                if ctx.wordClass(n) == .objectPronoun || ctx.wordClass(n) == .determiner || ctx.isCapitalized(n) {
                    holder = SourcePhrases.after(ctx, from: n, upper: end, open: true)
                    if holder != nil { end = t }
                }
                break
            }
            t += 1
        }
        var parts: [(Int, Int)] = [(c + 1, end)]
        var e = c - 1
        while e >= sentence.lowerBound && c - e <= 3 && (ctx.wordClass(e) == .auxiliary || SourcePhrases.isAdverb(ctx, e)) { e -= 1 }
        if e < sentence.lowerBound || !ctx.wordIs(e, it) {
            guard let subject = subject(ctx, before: c, sentence: sentence) else { return false }
            parts.insert((subject.first, subject.end), at: 0)
        }
        let count = state.quotes.count
        CueFrames.emitReported(parts: parts, cueSpan: cueSpan, speaker: CueFrames.speaker(holder, ctx), paragraph: p,
                               rule: .raisingVerb, state: &state)
        return state.quotes.count > count
    }
    /// How far into the complement a holder ("to me") is looked for.
    static let maxComplement = 8
    static let like: [UInt8] = Array("like".utf8)
    static let it: [UInt8] = Array("it".utf8)

    /// The subject ending before token `end`, past auxiliaries and adverbs ("The plan has so far
    /// seemed to …"): the whole clause opening before it when that is short and opens like a
    /// noun phrase ("The divergence in American and European support for Ukraine is expected"),
    /// else the source phrase before it.
    static func subject(_ ctx: QuoteContext, before end: Int, sentence: Range<Int>) -> SourcePhrase? {
        var e = end - 1
        while e >= sentence.lowerBound && end - e <= 3 && (ctx.wordClass(e) == .auxiliary || SourcePhrases.isAdverb(ctx, e)) { e -= 1 }
        guard e >= sentence.lowerBound else { return nil }
        // Back to the clause's start: a comma, colon, quotation mark, dash or relative word (bounded).
        var f = e
        while f > sentence.lowerBound && e - f < maxSubjectTokens {
            let t = f - 1
            if ctx.isComma(t) || ctx.isColon(t) || ctx.kind(t) == .quote || ctx.kind(t) == .dash || ctx.isBreak(t)
                || ctx.wordClass(t) == .complementizer || ctx.wordIs(t, SourcePhrases.who) || ctx.wordIs(t, SourcePhrases.which)
                || ctx.isVerbCue(t) && ctx.isLowercaseWord(t) || ctx.wordClass(t) == .be { break }
            f -= 1
        }
        let opensNoun = ctx.wordClass(f) == .determiner || ctx.isCapitalized(f) && ctx.wordClass(f) != .clauseBoundary
            && ctx.wordClass(f) != .preposition && ctx.wordClass(f) != .auxiliary
        if f < e, opensNoun, f == sentence.lowerBound || !ctx.isWord(f - 1) || ctx.wordClass(f - 1) == .complementizer {
            return SourcePhrase(first: f, end: e + 1, head: e)
        }
        return SourcePhrases.before(ctx, cue: e + 1, lower: sentence.lowerBound)
    }
    static let maxSubjectTokens = 16

    /// The "is" of "is (widely) expected": a form of "be" just before the participle, past at
    /// most two adverbs or "not". Returns its token.
    static func passiveBe(_ ctx: QuoteContext, before c: Int, lower: Int) -> Int? {
        var b = c - 1
        while b >= lower && c - b <= 3 && (SourcePhrases.isAdverb(ctx, b) || ctx.wordClass(b) == .auxiliary) { b -= 1 }
        guard b >= lower, ctx.wordClass(b) == .be else { return nil }
        return b
    }
}
