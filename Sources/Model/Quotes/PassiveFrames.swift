// "The plan was criticized as reckless by economists": a cue verb in the passive. Its
// content is the subject with what follows the participle ("The plan … as reckless"), its
// source the by-agent when there is one ("economists"), else none ("The winner was announced").

enum PassiveFrames {
    static let by: [UInt8] = Array("by".utf8)
    static let forWord: [UInt8] = Array("for".utf8)
    static let asWord: [UInt8] = Array("as".utf8)

    /// Reads the cue at c as a passive participle after a form of "be" ("was criticized",
    /// "has been widely praised"). Returns nil when it is not one (the other frames read it),
    /// else whether a quote was added.
    static func read(cue c: Int, last ce: Int, entry: CueEntry, cueSpan: Span, sentence: Range<Int>,
                     paragraph p: Int, state: inout QuoteFinderState) -> Bool? {
        let ctx = state.ctx
        // (A belief in the passive is its subject's: "Smith is worried that …", "is convinced"; "was called"
        // names, "was asked" is a question, "was found" a verdict.)
        guard ce == c, entry.frame == .stance || entry.frame == .speech || entry.frame == .tell, isParticiple(ctx, c),
              CueLexicon.notPassiveCues.lookup(ctx.bytes, ctx.span(c)) == nil,
              let be = RaisingFrames.passiveBe(ctx, before: c, lower: sentence.lowerBound) else { return nil }
        // "was called to testify": an infinitive is another frame's ("is expected to" is raising).
        if c + 1 < sentence.upperBound, ctx.wordIs(c + 1, SourcePhrases.to) { return nil }
        guard let subject = RaisingFrames.subject(ctx, before: be, sentence: sentence) else { return false }
        let end = CueFrames.clauseEnd(ctx, from: c + 1, to: sentence.upperBound)
        // The by-agent, within the complement ("… as reckless by economists at the college").
        var agent: SourcePhrase? = nil
        var k = c + 1
        while k < end && k - c <= maxComplement {
            if ctx.wordIs(k, by), ctx.quotedSpanOf[k] < 0, let a = QuestionFrames.byAgent(ctx, from: k + 1, upper: end) {
                agent = a
                break
            }
            k += 1
        }
        // Without a by-agent, only a stance ("was criticized as reckless") is an attribution
        // often enough; "was announced", "was disclosed" report events.
        // ("The plan will be discussed": a stance needs its complement, "as reckless", to report one.)
        guard agent != nil || entry.frame == .stance && c + 1 < end && ctx.isWord(c + 1) else { return nil }
        var parts = [(subject.first, subject.end)]
        if let a = agent {
            parts.append((c + 1, k))
            // "… by his rivals for failing to …": a reason or a description after the agent is
            // content; other phrases there belong to the agent ("economists at the college").
            if a.end < end, ctx.wordIs(a.end, forWord) || ctx.wordIs(a.end, asWord) { parts.append((a.end, end)) }
        } else {
            parts.append((c + 1, end))
        }
        let count = state.quotes.count
        CueFrames.emitReported(parts: parts, cueSpan: cueSpan, speaker: CueFrames.speaker(agent, ctx), paragraph: p,
                               rule: .passiveCue, state: &state)
        return state.quotes.count > count
    }
    /// How far after the participle a by-agent is looked for.
    static let maxComplement = 12

    /// A lower-case word ending in -ed or -en ("criticized", "shown"): a participle.
    static func isParticiple(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.isLowercaseWord(t) else { return false }
        let s = ctx.span(t), b = ctx.bytes
        guard s.length > 3 else { return false }
        return (b[s.end - 2] == 0x65 && (b[s.end - 1] == 0x64 || b[s.end - 1] == 0x6E))
            || CueLexicon.irregularParticiples.lookup(b, s) != nil
    }
}
