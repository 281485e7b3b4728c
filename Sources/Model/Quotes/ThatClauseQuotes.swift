// A quotation no cue claimed, inside a clause opened by "that" ("her claim that she “never
// sent” one", "the judge determined that the delay caused “real harm” to the public"): the
// annotators' unit is the clause, from "that" to its end, not the quoted words alone. The
// clause's source is the sentence's subject (the verb or noun before "that" is often one the
// cue list lacks: vented, projects, assertion).

extension QuoteFinder {
    /// How far back from the quotation "that" may be, and how far past it the clause may run, in tokens.
    static let maxThatClauseLead = 25
    static let maxThatClauseTail = 30

    /// The clause around unclaimed quotation q, as token range [that, end), or nil when no
    /// "that" opens one: looked for back from the opening mark within the sentence (no break,
    /// colon or other quotation between) and after `notBefore` (the end of the quote before);
    /// the clause ends at the sentence's end, a comma, colon or dash, another cue, a quotation
    /// another quote has, or `notAfter` (the start of the next quote). Bounded by the two constants above.
    static func thatClause(_ q: QuotedSpan, _ state: QuoteFinderState, paragraph pr: Range<Int>,
                           notBefore: Int, notAfter: Int) -> Range<Int>? {
        let ctx = state.ctx
        guard q.parts.count == 1, q.closeMark >= 0 else { return nil }
        var t = q.openMark - 1
        var that = -1
        while t >= pr.lowerBound && q.openMark - t <= maxThatClauseLead {
            if ctx.isBreak(t) || ctx.isColon(t) || ctx.kind(t) == .quote || ctx.span(t).start < notBefore { break }
            if ctx.wordClass(t) == .complementizer { that = t; break }
            t -= 1
        }
        // "a sign that said “…”": a relative "that" before its verb is the source, not a clause;
        // "That record", "in that month": a determiner or pronoun.
        guard that > pr.lowerBound, ctx.cueOf[that + 1] < 0, ctx.isLowercaseWord(that),
              ctx.wordClass(that - 1) != .preposition, ctx.wordClass(that - 1) != .be,
              opensSubject(ctx, that + 1) else { return nil }
        var end = q.closeMark + 1
        while end < pr.upperBound && end - q.closeMark <= maxThatClauseTail {
            if ctx.isStop(end) || ctx.isColon(end) || QuoteFinder.isDash(ctx, end) || ctx.isComma(end)
                || ctx.cueOf[end] >= 0 || ctx.span(end).end > notAfter { break }
            if ctx.kind(end) == .quote {
                // Another quotation no quote has taken is part of the clause ("emails from her “personal messages”").
                let k = Int(ctx.quotedSpanOf[end])
                guard k >= 0, state.owner[k] < 0, state.quoted[k].openMark == end, state.quoted[k].parts.count == 1,
                      state.quoted[k].closeMark >= 0, state.quoted[k].closeMark < pr.upperBound else { break }
                end = state.quoted[k].closeMark + 1
                continue
            }
            end += 1
        }
        // (Stopped at a comma: ", which …", ", and …" start the next clause, not this one.)
        return that..<end
    }

    /// The clause's source: a possessive just before "that" ("her claim that", "the senator's
    /// warning that"), else the nearest he, she or they before it in the sentence, else the
    /// subject after the last comma before it, else the sentence's subject. Looks back at most
    /// maxThatClauseLead tokens.
    static func thatClauseSpeaker(_ that: Int, _ ctx: QuoteContext, _ mentions: MentionIndex, paragraph pr: Range<Int>) -> Speaker? {
        var t = that - 1
        var nouns = 0
        while t >= pr.lowerBound && nouns < 4 && ctx.isLowercaseWord(t) || t >= pr.lowerBound && nouns < 4 && ctx.isCapitalized(t) && isPossessive(ctx, t) {
            if isPossessive(ctx, t) {
                guard nouns > 0 else { break }
                return Speaker(span: ctx.span(t))
            }
            nouns += 1
            t -= 1
        }
        t = that - 1
        var comma = -1  // the last comma before "that" in its sentence
        while t >= pr.lowerBound && that - t <= maxThatClauseLead && !ctx.isBreak(t) && ctx.kind(t) != .quote {
            if ctx.wordClass(t) == .subjectPronoun, Coreference.isPersonalPronoun(ctx.bytes, ctx.span(t)) || ctx.wordIs(t, they) {
                return Speaker(span: ctx.span(t))
            }
            if comma < 0 && ctx.isComma(t) { comma = t }
            t -= 1
        }
        // "In granting the group a hearing, a federal judge determined that …": the subject of the
        // clause after a leading phrase.
        if comma >= 0, comma + 1 < that, ctx.isCapitalized(comma + 1) || ctx.wordClass(comma + 1) == .determiner,
           let speaker = sentenceSubject(before: that, ctx, mentions, (comma + 1)..<pr.upperBound) {
            return speaker
        }
        return sentenceSubject(before: that, ctx, mentions, pr)
    }

    static let subjectWords: [[UInt8]] = ["there", "it's", "it’s", "he's", "he’s", "she's", "she’s", "someone"].map { Array($0.utf8) }

    /// Whether token t can open the subject of a clause after "that" (a name, a pronoun, a
    /// determiner, a number, a quotation, an adverbial "if", "under", a comma), so that "that" is
    /// a complementizer, not a relative pronoun before its verb ("a bill that created …") nor a
    /// demonstrative before its noun ("that month").
    static func opensSubject(_ ctx: QuoteContext, _ t: Int) -> Bool {
        if ctx.kind(t) == .quote || ctx.kind(t) == .number || ctx.isComma(t) || ctx.isCapitalized(t) { return true }
        switch ctx.wordClass(t) {
        case .subjectPronoun, .determiner, .preposition, .clauseBoundary: return true
        default: return isPossessive(ctx, t) || subjectWords.contains { ctx.wordIs(t, $0) }
        }
    }

    static let possessivePronouns: [[UInt8]] = ["his", "her", "their", "its"].map { Array($0.utf8) }

    /// his, her, their, its, or a word ending in 's or ’s.
    static func isPossessive(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.kind(t) == .word else { return false }
        if possessivePronouns.contains(where: { ctx.wordIs(t, $0) }) { return true }
        let s = ctx.span(t), b = ctx.bytes
        if s.length > 2 && b[s.end - 1] | 0x20 == 0x73 {
            if b[s.end - 2] == 0x27 { return true }
            if s.length > 4 && b[s.end - 4] == 0xE2 && b[s.end - 3] == 0x80 && b[s.end - 2] == 0x99 { return true }
        }
        return false
    }
}
