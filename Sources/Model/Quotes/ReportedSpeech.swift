// The frame around one cue: which quotation or clause it introduces, and its source.
// Tried in order, first match wins (each records its QuoteRule):
//   “…,” he said            quote-then-cue      Smith said: “…”        cue-then-quote
//   …, Smith said.          clause-then-cue     The plan, he said, is … cue-inside-clause
//   Smith said (that) …     cue-then-clause     according to X, …      according-to
//   …, adding that …        participle-cue

enum CueFrames {
    /// Reads the frame of the cue at tokens c...ce and adds its quote, if any. With `directOnly`,
    /// only a quotation just before the cue is taken (a first pass, so that “…,” he claimed
    /// keeps its quotation even when an earlier cue's clause runs over it). Returns whether a
    /// quote was added.
    @discardableResult
    static func read(cue c: Int, last ce: Int, entry: CueEntry, sentence: Range<Int>, paragraph p: Int,
                     paragraphTokens pr: Range<Int>, directOnly: Bool, state: inout QuoteFinderState) -> Bool {
        let ctx = state.ctx
        let cueSpan = Span(ctx.span(c).start, ctx.span(ce).end)
        let count = state.quotes.count
        if entry.frame == .poll {
            return !directOnly && PollFrames.read(cue: c, cueSpan: cueSpan, sentence: sentence, paragraph: p, state: &state)
        }
        if directOnly {
            return quoteThenCue(cue: c, last: ce, cueSpan: cueSpan, sentence: sentence, paragraphTokens: pr, state: &state)
        }
        // "see X as Y", "is viewed as": a verb of seeing reports a view only with its "as".
        let seeAs = CueLexicon.asVerbs.lookup(ctx.bytes, ctx.span(c)) != nil
        if seeAs && !AsFrames.hasAs(ctx, after: c, upper: sentence.upperBound) { return false }
        if let handled = QuestionFrames.read(cue: c, cueSpan: cueSpan, sentence: sentence, paragraph: p, state: &state) {
            return handled
        }
        if let handled = RaisingFrames.read(cue: c, last: ce, entry: entry, cueSpan: cueSpan, sentence: sentence,
                                            paragraph: p, paragraphTokens: pr, state: &state) {
            return handled
        }
        if let handled = PassiveFrames.read(cue: c, last: ce, entry: entry, cueSpan: cueSpan, sentence: sentence,
                                            paragraph: p, state: &state) {
            return handled
        }
        if entry.frame == .according {
            according(cue: c, last: ce, cueSpan: cueSpan, sentence: sentence, paragraph: p, state: &state)
            return state.quotes.count > count
        }
        // “…,” he said, adding … / …, saying … / … by pointing out …: a participle's source is
        // the clause's subject.
        if SourcePhrases.isParticiple(ctx, c), c - 1 >= sentence.lowerBound,
           ctx.isComma(c - 1) || ctx.wordClass(c - 1) == .clauseBoundary || ctx.wordClass(c - 1) == .preposition {
            participle(cue: c, last: ce, cueSpan: cueSpan, entry: entry, sentence: sentence, paragraph: p, state: &state)
            return state.quotes.count > count
        }
        // "… and says …": a second verb of the sentence's subject.
        if let b = coordinated(cue: c, sentence: sentence, ctx) {
            guard let sp = QuoteFinder.coordinatedSubject(and: b, ctx, state.mentions, sentence: sentence,
                                                          window: maxContentTokens) else { return false }
            let start = contentStart(ctx, after: ce + 1, frame: entry.frame, upper: sentence.upperBound)
            if entry.clauseOnly && opensNounObject(ctx, start, sentence.upperBound) { return false }
            emitReported(parts: [(start, clauseEnd(ctx, from: start, to: sentence.upperBound))], cueSpan: cueSpan,
                         speaker: sp, paragraph: p, rule: entry.frame == .stance ? .stanceVerb : .cueThenClause,
                         state: &state)
            return state.quotes.count > count
        }
        if quoteThenCue(cue: c, last: ce, cueSpan: cueSpan, sentence: sentence, paragraphTokens: pr, state: &state) {
            return true
        }
        let (before, inverted) = cueSources(ctx, cue: c, last: ce, sentence: sentence, paragraphTokens: pr)
        let source = before ?? inverted

        guard let src = source else { return false }
        // The token after the cue and its source.
        let tail = inverted.map { $0.end } ?? ce + 1
        let head = before.map { $0.first } ?? c
        // (A sentence opening "Asked whether …," has the question before the comma, not this cue's content.)
        let commaBefore = head - 1 >= sentence.lowerBound && ctx.isComma(head - 1)
            && QuestionFrames.openingAsked(ctx, sentence) == nil

        // The plan, he said, is dead.
        if commaBefore, tail < sentence.upperBound, ctx.isComma(tail), sentence.lowerBound < head - 1,
           tail + 2 < sentence.upperBound, openQuotation(at: tail + 1, state) == nil, !opensAside(ctx, tail + 1) {
            emitReported(parts: [(sentence.lowerBound, head - 1), (tail + 1, sentence.upperBound)],
                         cueSpan: cueSpan, source: src, paragraph: p, rule: .cueInsideClause, state: &state)
            return state.quotes.count > count
        }

        // Smith said: “…” / Smith told reporters, “…”
        if before != nil {
            var j = tail
            if entry.frame == .tell {
                j = skipAddressee(ctx, from: j, upper: sentence.upperBound)
            } else if j + 1 < pr.upperBound, ctx.wordClass(j) == .objectPronoun, ctx.isColon(j + 1) || ctx.isComma(j + 1) {
                j += 1  // "scolded him: “…”"
            }
            var colonEnds = false
            if j < pr.upperBound && (ctx.isColon(j) || ctx.isComma(j)) {
                colonEnds = ctx.isColon(j) && j + 1 == pr.upperBound
                j += 1
            }
            // "Smith continued:" closing a paragraph, the quotation opening the next.
            let document = state.mentions.analysis.document
            var qr = pr
            if colonEnds, p + 1 < document.paragraphs.count {
                qr = DirectQuotes.tokenRange(document, p + 1)
                j = qr.lowerBound
            }
            if j < qr.upperBound, let k = openQuotation(at: j, state), isWholeQuotation(k, state, qr) {
                let q = Quote(kind: .direct, paragraph: state.quoted[k].paragraph, parts: state.quoted[k].parts,
                              cue: cueSpan, speaker: speaker(src, ctx), rule: .cueThenQuote)
                state.owner[k] = state.emit(q, lastParagraph: state.quoted[k].paragraph + state.quoted[k].parts.count - 1)
                return state.quotes.count > count
            }
        }

        let restEmpty = tail >= sentence.upperBound || ctx.isStop(tail)
        let relative = ctx.wordIs(src.head, SourcePhrases.who) || ctx.wordIs(src.head, SourcePhrases.which)
        if commaBefore && !relative {
            // …, Smith said. / …, Smith said in a statement.
            if restEmpty || isAdjunctTail(ctx, from: tail, upper: sentence.upperBound, frame: entry.frame) {
                // "If she wins, Roe said in a tweet, the law stays": the clause goes on after the adjunct.
                var k = tail
                let limit = min(sentence.upperBound, tail + maxContentTokens)
                while k < limit && !ctx.isComma(k) && !ctx.isStop(k) { k += 1 }
                if !restEmpty, k + 2 < sentence.upperBound, ctx.isComma(k), openQuotation(at: k + 1, state) == nil,
                   !opensAside(ctx, k + 1) {
                    emitReported(parts: [(sentence.lowerBound, head - 1), (k + 1, sentence.upperBound)],
                                 cueSpan: cueSpan, source: src, paragraph: p, rule: .cueInsideClause, state: &state)
                    return state.quotes.count > count
                }
                emitReported(parts: [(sentence.lowerBound, head - 1)], cueSpan: cueSpan, source: src,
                             paragraph: p, rule: .clauseThenCue, state: &state)
                return state.quotes.count > count
            }
        }
        guard before != nil, !restEmpty else { return false }
        // A weak cue needs a clause, a quotation, or: after a belief or stance, an infinitive
        // ("hopes to win"); after an evidence verb, a noun phrase ("a poll shows Smith ahead").
        if entry.weak && ce == c && !seeAs && !opensClause(ctx, tail, sentence.upperBound) {
            let object = entry.frame == .belief || entry.frame == .stance
                ? opensInfinitive(ctx, tail, sentence.upperBound)
                    || entry.frame == .belief && isBeliefClause(ctx, cue: c, source: src, tail: tail, upper: sentence.upperBound)
                    || entry.frame == .stance && isStanceObject(ctx, cue: c, source: src, tail: tail, upper: sentence.upperBound)
                : isEvidenceObject(ctx, cue: c, source: src, tail: tail, upper: sentence.upperBound)
            if !object { return false }
        }
        // "a phone call on Monday": a weak cue after "a" and a common noun is that noun's head.
        if entry.weak, before?.head == c - 1, c >= 2, ctx.isLowercaseWord(c - 1), ctx.wordClass(c - 1) == nil,
           ctx.wordIs(c - 2, a) || ctx.wordIs(c - 2, an) { return false }
        let start = contentStart(ctx, after: tail, frame: entry.frame, upper: sentence.upperBound)
        // A stance verb's object, or the content of a cue in a clause opened by "if", "when" …
        // ("If you believe X, the Post will …"), ends at the first comma.
        let subordinate = src.first > sentence.lowerBound && ctx.wordClass(src.first - 1) == .clauseBoundary
            && !ctx.wordIs(src.first - 1, and) && !ctx.wordIs(src.first - 1, but) && !ctx.wordIs(src.first - 1, SourcePhrases.who)
        // "sought a recount": an act, not a report (an infinitive or a clause is content).
        if entry.clauseOnly, opensNounObject(ctx, start, sentence.upperBound) { return false }
        var end = clauseEnd(ctx, from: start, to: sentence.upperBound)
        if entry.frame == .stance || subordinate { end = firstComma(ctx, from: start, to: end) }
        emitReported(parts: [(start, end)],
                     cueSpan: cueSpan, source: src, paragraph: p,
                     rule: entry.frame == .stance ? .stanceVerb : .cueThenClause, state: &state)
        return state.quotes.count > count
    }

    /// "…, said Jo Roe, a former aide" / "…, she said, who …": after "X said," a relative or an
    /// indefinite noun phrase is an aside about the speaker, not the rest of the reported clause.
    /// (A participle may be either: "…, he said, replacing her would be hard".)
    static func opensAside(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.isLowercaseWord(t) else { return false }
        return ctx.wordIs(t, SourcePhrases.who) || ctx.wordIs(t, SourcePhrases.which) || ctx.wordIs(t, whose)
            || ctx.wordIs(t, a) || ctx.wordIs(t, an)
    }
    static let whose: [UInt8] = Array("whose".utf8)

    /// The source of a cue: a phrase before it, or else (`inverted`, "…," said Smith) one after
    /// a cue that follows a quotation or a comma.
    static func cueSources(_ ctx: QuoteContext, cue c: Int, last ce: Int, sentence: Range<Int>,
                           paragraphTokens pr: Range<Int>) -> (before: SourcePhrase?, inverted: SourcePhrase?) {
        let before = ReportBoundaries.countSubject(ctx, cue: c, lower: sentence.lowerBound)
            ?? SourcePhrases.before(ctx, cue: c, lower: pr.lowerBound)
        guard before == nil, c > pr.lowerBound, ctx.isComma(c - 1) || ctx.kind(c - 1) == .quote,
              let a = SourcePhrases.after(ctx, from: ce + 1, upper: sentence.upperBound, open: false),
              ctx.wordClass(a.first) != .subjectPronoun || ctx.kind(c - 1) == .quote || c >= 2 && ctx.kind(c - 2) == .quote
        else { return (before, nil) }
        return (before, a)
    }

    /// “…,” he said / “…,” said Smith / “…” Smith said
    static func quoteThenCue(cue c: Int, last ce: Int, cueSpan: Span, sentence: Range<Int>,
                             paragraphTokens pr: Range<Int>, state: inout QuoteFinderState) -> Bool {
        let ctx = state.ctx
        // "…,” the crowd applauded: a stance verb does not attribute a quotation before it.
        if let i = ctx.cueIndex(c), CueLexicon.cueIsStance[Int(i)] { return false }
        let (before, inverted) = cueSources(ctx, cue: c, last: ce, sentence: sentence, paragraphTokens: pr)
        let source = before ?? inverted
        // “…,” he said / “…,” said Smith / “…” Smith said
        var anchor = (before?.first ?? c) - 1
        if anchor >= pr.lowerBound && ctx.isComma(anchor) { anchor -= 1 }
        if anchor >= pr.lowerBound, let k = closedQuotation(at: anchor, state), source != nil {
            // Chants of “Go! Go!,” the senator said his campaign …: a short quotation before a cue
            // that goes on into a clause is not what the cue reports.
            let tail = inverted.map { $0.end } ?? ce + 1
            if state.quoted[k].words < 4, tail < sentence.upperBound, !ctx.isStop(tail), !ctx.isComma(tail),
               !isAdjunctTail(ctx, from: tail, upper: sentence.upperBound, frame: .speech) {
                return false
            }
            var parts = state.quoted[k].parts, kind = QuoteKind.direct
            // Words before the quotation in its sentence make it a fragment of reported speech.
            if parts.count == 1, let lead = leadIn(before: state.quoted[k].openMark, ctx, pr) {
                parts = [Span(ctx.span(lead).start, parts[0].end)]
                kind = .mixed
            }
            let q = Quote(kind: kind, paragraph: state.quoted[k].paragraph, parts: parts,
                          cue: cueSpan, speaker: speaker(source, ctx), rule: .quoteThenCue)
            state.owner[k] = state.emit(q, lastParagraph: state.quoted[k].paragraph + state.quoted[k].parts.count - 1)
            return true
        }
        return false
    }

    /// The "and" or "but" joining the cue to an earlier verb of the sentence ("… and says …").
    static func coordinated(cue c: Int, sentence: Range<Int>, _ ctx: QuoteContext) -> Int? {
        var e = c - 1
        while e >= sentence.lowerBound && (ctx.wordClass(e) == .auxiliary || SourcePhrases.isAdverb(ctx, e)) { e -= 1 }
        guard e > sentence.lowerBound, ctx.wordIs(e, and) || ctx.wordIs(e, but) else { return nil }
        return e
    }
    static let and: [UInt8] = Array("and".utf8)
    static let but: [UInt8] = Array("but".utf8)

    /// …, adding that … / …, saying …: the source is the last quote's speaker in this sentence.
    static func participle(cue c: Int, last ce: Int, cueSpan: Span, entry: CueEntry, sentence: Range<Int>,
                           paragraph p: Int, state: inout QuoteFinderState) {
        let ctx = state.ctx
        guard let sp = QuoteFinder.participleSubject(cue: c, sentence: sentence, state) else { return }
        let tail = ce + 1
        guard tail < sentence.upperBound, !ctx.isStop(tail) else { return }
        let start = contentStart(ctx, after: tail, frame: entry.frame, upper: sentence.upperBound)
        emitReported(parts: [(start, clauseEnd(ctx, from: start, to: sentence.upperBound))], cueSpan: cueSpan,
                     speaker: sp, paragraph: p, rule: .participleCue, state: &state)
    }

    /// according to X, … / …, according to X.
    static func according(cue c: Int, last ce: Int, cueSpan: Span, sentence: Range<Int>, paragraph p: Int,
                          state: inout QuoteFinderState) {
        let ctx = state.ctx
        guard let src = SourcePhrases.after(ctx, from: ce + 1, upper: sentence.upperBound, open: true) else { return }
        var lead = 0  // words before "according" in the sentence (counted up to 3)
        var t = c - 1
        while t >= sentence.lowerBound && lead <= 2 {
            if ctx.isWord(t) { lead += 1 }
            t -= 1
        }
        if lead <= 2, let comma = commaAfterSource(ctx, src, sentence) {
            emitReported(parts: [(comma + 1, sentence.upperBound)], cueSpan: cueSpan, source: src, paragraph: p,
                         rule: .accordingTo, state: &state)
        } else if lead > 2 {
            emitReported(parts: [(sentence.lowerBound, c)], cueSpan: cueSpan, source: src, paragraph: p,
                         rule: .accordingTo, state: &state)
        }
    }

    /// The comma closing "According to X," at the sentence's start: right after the source
    /// phrase, or, when the source runs longer than a phrase ("early results of the exit poll
    /// conducted by … for …,"), the first comma outside quotation marks within `maxLongSource` tokens.
    static func commaAfterSource(_ ctx: QuoteContext, _ src: SourcePhrase, _ sentence: Range<Int>) -> Int? {
        var k = src.end
        while k < sentence.upperBound && k - src.end <= maxLongSource && !ctx.isBreak(k) {
            if ctx.isComma(k) && ctx.quotedSpanOf[k] < 0 { return k + 2 < sentence.upperBound ? k : nil }
            k += 1
        }
        return nil
    }
    static let maxLongSource = 24

    // MARK: - Content

    /// Where reported content starts after the cue: after "that" when it comes within a few
    /// words ("said on Tuesday that"), after the addressee of "told", after a colon or comma.
    static func contentStart(_ ctx: QuoteContext, after tail: Int, frame: CueFrame, upper: Int) -> Int {
        var j = tail
        // "sought to broaden the talks to issues that …", "proposes breaking up banks that …",
        // "discussed the challenges that …": an object or an infinitive right after the cue is
        // the content, and a later "that" opens a relative clause inside it. (After "told" the
        // words before "that" are the addressee: "told the crowd that …".)
        let objectFirst = frame != .tell && tail < upper && ctx.isLowercaseWord(tail)
            && (SourcePhrases.articles.lookup(ctx.bytes, ctx.span(tail)) != nil || ctx.wordIs(tail, SourcePhrases.to)
                || SourcePhrases.isParticiple(ctx, tail) && ctx.wordClass(tail) == nil)
        while !objectFirst && j < upper && j < tail + maxLeadToThat {
            let cls = ctx.wordClass(j)
            // The annotators' content opens with its "that" ("said that the plan …").
            if cls == .complementizer { return j }
            // A verb or a new subject before any "that" means the clause has begun.
            if cls == .auxiliary || cls == .be || cls == .subjectPronoun { break }
            if cls == .clauseBoundary && !ctx.wordIs(j, and) { break }
            if ctx.isBreak(j) || ctx.kind(j) == .quote || ctx.isColon(j) { break }
            if ctx.isLowercaseWord(j), ctx.isCueWord(j) { break }
            j += 1
        }
        var start = tail
        if frame == .tell { start = skipAddressee(ctx, from: start, upper: upper) }
        while start < upper && (ctx.isColon(start) || ctx.isComma(start)) { start += 1 }
        // "complained about the tariffs": the preposition belongs to the cue, its object is the content.
        if start + 1 < upper, ctx.wordIs(start, about) { start += 1 }
        return start
    }
    static let about: [UInt8] = Array("about".utf8)
    /// How far after the cue its "that" is looked for ("stating in an interview on a Sunday show that …").
    static let maxLeadToThat = 16
    static let yes: [UInt8] = Array("yes".utf8)
    static let no: [UInt8] = Array("no".utf8)

    /// Whether the content at `start` is a noun phrase ("a recount", "to a truce", "with the
    /// plan"), not a clause or an infinitive.
    static func opensNounObject(_ ctx: QuoteContext, _ start: Int, _ upper: Int) -> Bool {
        var j = start
        if j + 1 < upper, ctx.wordIs(j, SourcePhrases.to) || ctx.wordIs(j, with) { j += 1 }
        return j < upper && (ctx.wordIs(j, a) || ctx.wordIs(j, an) || ctx.wordIs(j, the))
    }

    /// Where reported content ends: at the sentence's end, or before a comma that opens a new
    /// clause (", which …", ", but …", ", referring to …").
    static func clauseEnd(_ ctx: QuoteContext, from a: Int, to b: Int) -> Int {
        let b = min(b, a + maxContentTokens)  // the content window (`bound` cuts there too)
        let and = Self.and, but = Self.but
        // Where `bound` would cut: the cue after `maxCuesInContent` others.
        var cues = 0
        for t in a..<min(a + 2, b) where ctx.quotedSpanOf[t] < 0 && ctx.isVerbCue(t) { cues += 1 }
        // "… said yes but 30 percent said no": a one-word answer, then another subject's report.
        if a + 2 < b, ctx.wordIs(a + 1, and) || ctx.wordIs(a + 1, but),
           ReportBoundaries.opensPhraseReport(ctx, at: a + 2, upper: b, openingOnly: true) { return a + 1 }
        var j = a + 2
        while j + 1 < b {
            if ctx.quotedSpanOf[j] < 0 && ctx.isVerbCue(j) {
                cues += 1
                if cues > maxCuesInContent { return j }
            }
            // "… but argues that …": the source's next verb ends this content.
            if (ctx.wordIs(j, and) || ctx.wordIs(j, but)) && ctx.quotedSpanOf[j] < 0 && j + 1 < b
                && (ctx.isVerbCue(j + 1) || ctx.wordClass(j + 1) == .subjectPronoun) {
                var k = j
                while k > a && ctx.isComma(k - 1) { k -= 1 }
                return k
            }
            // "… but stopped short of …": a new verb after "but".
            if ctx.wordIs(j, but) && ctx.quotedSpanOf[j] < 0 && j + 1 < b && isPastTense(ctx, j + 1) {
                var k = j
                while k > a && ctx.isComma(k - 1) { k -= 1 }
                return k
            }
            // "…; I didn't …": a semicolon ends the clause.
            if ctx.isPunct(j, 0x3B) && ctx.quotedSpanOf[j] < 0 { return j }
            // A comma outside quotation marks, or one just inside a closing mark (“… this race,”
            // adding …): what follows may open a new clause.
            let comma = ctx.isComma(j) && ctx.quotedSpanOf[j] < 0
            if comma || closesQuotationAfterComma(ctx, j) {
                let n = j + 1, end = comma ? j : j + 1
                // ("…, but that …" is a second content clause of the same cue.)
                if ctx.wordClass(n) == .clauseBoundary && CueLexicon.contentContinuers.lookup(ctx.bytes, ctx.span(n)) == nil
                    && !(ctx.wordIs(n, but) && n + 1 < b && ctx.wordClass(n + 1) == .complementizer) {
                    return end
                }
                if SourcePhrases.isParticiple(ctx, n) && !ctx.wordIs(n, including) { return end }
                // …, she said / …, Rep. Jo Bauer called it …: another source and cue begin.
                if opensNamedReport(ctx, at: n, upper: b) { return end }
                // "…, and more than 4 in 10 said …": a report of another subject.
                if ctx.wordIs(n, and) || ctx.wordIs(n, but),
                   ReportBoundaries.opensPhraseReport(ctx, at: n + 1, upper: b, openingOnly: false) { return end }
            }
            // "… and Trump vowed to …": a name and a cue after "and" or "but" begin another report.
            if (ctx.wordIs(j, and) || ctx.wordIs(j, but)) && ctx.quotedSpanOf[j] < 0
                && (ctx.isCapitalized(j + 1) && opensNamedReport(ctx, at: j + 1, upper: b)
                    || ReportBoundaries.opensPhraseReport(ctx, at: j + 1, upper: b, openingOnly: true)) {
                var k = j
                while k > a && ctx.isComma(k - 1) { k -= 1 }
                return k
            }
            j += 1
        }
        return b
    }
    static let ifWord: [UInt8] = Array("if".utf8)

    /// Whether a subject and a cue verb start at token n: a pronoun ("she said") or a name of
    /// up to `maxNameTokens` capitalised tokens ("Rep. Jo Bauer called it"), then at most two
    /// auxiliaries or adverbs ("he actually thinks"), then a lower-case verb cue.
    static func opensNamedReport(_ ctx: QuoteContext, at n: Int, upper: Int) -> Bool {
        guard n < upper, ctx.quotedSpanOf[n] < 0 else { return false }
        var k = n
        if ctx.wordClass(n) == .subjectPronoun {
            k = n + 1
        } else {
            while k < upper && k - n < maxNameTokens && (ctx.isCapitalized(k) || ctx.isAbbreviationPeriod(k)) { k += 1 }
            guard k > n, ctx.wordClass(n) == nil || ctx.wordClass(n) == .abbreviation else { return false }
        }
        let subjectEnd = k
        while k < upper && k - subjectEnd < 2 && (ctx.wordClass(k) == .auxiliary || SourcePhrases.isAdverb(ctx, k)) { k += 1 }
        return k < upper && ctx.isLowercaseWord(k) && (ctx.isVerbCue(k) || k == subjectEnd && ctx.isCueWord(k))
    }
    static let maxNameTokens = 6

    /// Token j is a quotation's closing mark with a comma just inside it: “…,” (American style).
    static func closesQuotationAfterComma(_ ctx: QuoteContext, _ j: Int) -> Bool {
        ctx.kind(j) == .quote && j > 0 && ctx.quotedSpanOf[j] >= 0 && ctx.isComma(j - 1)
            && ctx.quotedSpanOf[j - 1] == ctx.quotedSpanOf[j]
    }

    /// A stance verb's object ends at the first comma outside quotation marks (or at b).
    static func firstComma(_ ctx: QuoteContext, from a: Int, to b: Int) -> Int {
        let b = min(b, a + maxContentTokens)
        var j = a + 1
        while j < b {
            if ctx.isComma(j) && ctx.quotedSpanOf[j] < 0 { return j }
            j += 1
        }
        return b
    }

    /// A lower-case word ending in -ed ("stopped").
    static func isPastTense(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.isLowercaseWord(t) else { return false }
        let s = ctx.span(t)
        return s.length > 3 && ctx.bytes[s.end - 1] == 0x64 && ctx.bytes[s.end - 2] == 0x65
    }
    static let by: [UInt8] = Array("by".utf8)
    static let a: [UInt8] = Array("a".utf8)
    static let with: [UInt8] = Array("with".utf8)
    static let the: [UInt8] = Array("the".utf8)
    static let an: [UInt8] = Array("an".utf8)
    static let including: [UInt8] = Array("including".utf8)
    static let because: [UInt8] = Array("because".utf8)


    /// Skips the addressee of "told": "reporters", "him", "the Associated Press", "CNN".
    static func skipAddressee(_ ctx: QuoteContext, from t: Int, upper: Int) -> Int {
        guard t < upper, ctx.isWord(t) else { return t }
        if ctx.wordClass(t) == .objectPronoun { return t + 1 }
        var j = t
        if ctx.wordClass(j) == .determiner { j += 1 }
        var took = false
        while j < upper && (ctx.isCapitalized(j) || SourcePhrases.inPhrase(ctx, j) && ctx.kind(j) != .word) {
            j += 1
            took = true
        }
        if !took && j > t && j < upper && ctx.isWord(j) { j += 1 }  // "the crowd"
        return took || j > t ? j : t
    }

    /// What follows "…, Smith said" is only an adjunct: "on Tuesday", "in a statement", "told CNN".
    static func isAdjunctTail(_ ctx: QuoteContext, from t: Int, upper: Int, frame: CueFrame) -> Bool {
        var j = t, words = 0
        while j < upper && !ctx.isStop(j) {
            if ctx.wordClass(j) == .complementizer || ctx.kind(j) == .quote || ctx.isColon(j) { return false }
            if ctx.isComma(j) { break }
            if ctx.isWord(j) { words += 1 }
            if words > 8 { return false }
            j += 1
        }
        let first = ctx.wordClass(t)
        // Only an addressee may follow "told" ("told CNN", "told reporters"); after other cues a
        // pronoun or a name is an object, so the clause goes on.
        return first == .preposition || words == 0
            || (frame == .tell && (first == .determiner || first == .objectPronoun || ctx.isCapitalized(t)))
            || (ctx.isCapitalized(t) && isWeekdayOrMonth(ctx, t))
    }

    static let timeWords: WordTable<Bool> = WordTable(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."].map { ($0, true) })

    /// "Tuesday", "March": a time adjunct after a cue.
    static func isWeekdayOrMonth(_ ctx: QuoteContext, _ t: Int) -> Bool {
        timeWords.lookup(ctx.bytes, ctx.span(t)) != nil
    }

    static func emitReported(parts: [(Int, Int)], cueSpan: Span, source: SourcePhrase, paragraph p: Int,
                             rule: QuoteRule, state: inout QuoteFinderState) {
        emitReported(parts: parts, cueSpan: cueSpan, speaker: speaker(source, state.ctx), paragraph: p,
                     rule: rule, state: &state)
    }

    /// Adds reported speech over token ranges [a, b) (trailing periods trimmed). A quotation
    /// inside makes it mixed; one running on past the sentence extends it to its end.
    static func emitReported(parts: [(Int, Int)], cueSpan: Span, speaker: Speaker?, paragraph p: Int,
                             rule: QuoteRule, state: inout QuoteFinderState) {
        let ctx = state.ctx
        var spans: [Span] = []
        var inside: [Int] = []
        var words = 0
        var lastParagraph = p
        var quotationAfterThat = -1
        var lastWord = -1
        let paragraphEnd = state.mentions.analysis.document.paragraphs[p].span.end
        for (a0, b0) in parts {
            var a = a0, b = b0
            bound(&a, &b, cueSpan: cueSpan, ctx)
            while b > a && (ctx.isStop(b - 1) || ctx.isComma(b - 1) || ctx.kind(b - 1) == .dash) { b -= 1 }
            while a < b && (ctx.isComma(a) || ctx.isColon(a)) { a += 1 }
            guard a < b else { continue }
            // A quotation another cue has taken ends this content.
            for t in a..<b {
                let k = Int(ctx.quotedSpanOf[t])
                if k >= 0 && state.owner[k] >= 0 && state.quoted[k].openMark == t && state.quotes[state.owner[k]].kind == .direct {
                    b = t
                    while b > a && (ctx.isStop(b - 1) || ctx.isComma(b - 1) || ctx.isColon(b - 1) || ctx.kind(b - 1) == .dash) { b -= 1 }
                    break
                }
            }
            // An opening mark at the end belongs to the next sentence's quotation.
            while b > a, ctx.kind(b - 1) == .quote, ctx.quotedSpanOf[b - 1] >= 0,
                  state.quoted[Int(ctx.quotedSpanOf[b - 1])].firstToken >= b { b -= 1 }
            guard a < b else { continue }
            // "said that “…”": the quotation after "that" may still be the whole content.
            if spans.isEmpty, a + 1 < b, ctx.wordClass(a) == .complementizer, ctx.kind(a + 1) == .quote {
                quotationAfterThat = ctx.span(a + 1).start
            }
            let start = ctx.span(a).start
            var end = ctx.span(b - 1).end
            for t in a..<b {
                if ctx.isWord(t) { words += 1; lastWord = t }
                let k = Int(ctx.quotedSpanOf[t])
                if k >= 0 && inside.last != k {
                    inside.append(k)
                    let q = state.quoted[k]
                    guard (q.parts.count > 1 || q.endToken > b) && q.firstToken < b else { continue }
                    // Run on to the quotation's end: within this paragraph by extending this part,
                    // beyond it by taking the quotation's later parts as parts of their own (only
                    // if no other quote has them, so that many cues before one long quotation do
                    // not each repeat it).
                    // (Parts are one per paragraph, from q.paragraph on: those before p end earlier.)
                    for i in max(0, p - q.paragraph)..<q.parts.count where q.parts[i].end > start {
                        let part = q.parts[i]
                        if part.start < paragraphEnd {
                            end = max(end, min(part.end, paragraphEnd))
                        } else if state.owner[k] < 0 {
                            spans.append(part)
                            lastParagraph = max(lastParagraph, q.paragraph + i)
                        } else {
                            break
                        }
                    }
                }
            }
            spans.append(Span(start, end))
        }
        // One word is content only as an answer: "75 percent said yes".
        guard words >= 2 || words == 1 && (ctx.wordIs(lastWord, yes) || ctx.wordIs(lastWord, no)),
              !spans.isEmpty else { return }
        // In order, without overlap (spans never cross a paragraph, so merging keeps them inside one).
        spans.sort()
        var merged: [Span] = []
        for s in spans {
            if let last = merged.last, last.end > s.start { merged[merged.count - 1] = last.union(s) } else { merged.append(s) }
        }
        spans = merged
        // Content that is exactly one quotation is a direct quote: stating that "…".
        var kind: QuoteKind = inside.isEmpty ? .indirect : .mixed
        if inside.count == 1, spans.count == 1, state.quoted[inside[0]].parts.count == 1,
           spans[0].start == state.quoted[inside[0]].parts[0].start || spans[0].start == ctx.span(state.quoted[inside[0]].openMark).start
            || quotationAfterThat == ctx.span(state.quoted[inside[0]].openMark).start,
           spans[0].end <= ctx.span(max(state.quoted[inside[0]].closeMark, state.quoted[inside[0]].endToken - 1)).end {
            kind = .direct
            spans = state.quoted[inside[0]].parts
        }
        let quote = Quote(kind: kind, paragraph: p, parts: spans, cue: cueSpan,
                          speaker: speaker, rule: rule)
        let q = state.emit(quote, lastParagraph: lastParagraph)
        for k in inside where state.owner[k] < 0 { state.owner[k] = q }
    }

    /// Reported content never spans more than this many tokens (a clause never needs more than
    /// a few hundred), nor holds more than `maxCuesInContent` other cues: each quote stays within
    /// a window of its cue, so that overlapping quotes (one long sentence of "officials said …")
    /// cost and print in proportion to the text, not to its square.
    static let maxContentTokens = 300
    static let maxCuesInContent = 4

    /// Cuts the content range [a, b) to the bounds above, keeping the end nearest the cue.
    static func bound(_ a: inout Int, _ b: inout Int, cueSpan: Span, _ ctx: QuoteContext) {
        guard a < b else { return }
        var cues = 0
        if ctx.span(b - 1).end <= cueSpan.start {
            a = max(a, b - maxContentTokens)
            var t = b - 1
            while t >= a {
                if ctx.quotedSpanOf[t] < 0 && ctx.isVerbCue(t) {
                    cues += 1
                    if cues > maxCuesInContent { a = t + 1; return }
                }
                t -= 1
            }
        } else {
            b = min(b, a + maxContentTokens)
            for t in a..<b where ctx.quotedSpanOf[t] < 0 && ctx.isVerbCue(t) {
                cues += 1
                if cues > maxCuesInContent { b = t; return }
            }
        }
    }

    // MARK: - Quotations

    /// The first word of the sentence holding a quotation that opens at token `open`, when at
    /// least two words precede the quotation in it ("Mrs. Roe, in her view, ''is wrong,'' …").
    static func leadIn(before open: Int, _ ctx: QuoteContext, _ pr: Range<Int>) -> Int? {
        // "…, telling reporters, “…,” he said": a comma or colon introduces a whole quotation.
        if open - 1 >= pr.lowerBound && (ctx.isComma(open - 1) || ctx.isColon(open - 1)) { return nil }
        var j = open - 1, words = 0
        while j >= pr.lowerBound && open - j < 60 {
            if ctx.isBreak(j) || ctx.isColon(j) || ctx.kind(j) == .quote || ctx.kind(j) == .dash { break }
            if ctx.isWord(j) { words += 1 }
            j -= 1
        }
        return words >= 2 ? j + 1 : nil
    }

    /// The unclaimed quotation whose closing mark is token t.
    static func closedQuotation(at t: Int, _ state: QuoteFinderState) -> Int? {
        let k = Int(state.ctx.quotedSpanOf[t])
        guard k >= 0, state.owner[k] < 0, state.quoted[k].closeMark == t else { return nil }
        // “… done.” They left. — a quotation closing its sentence with a period is not attributed
        // by what follows.
        let last = state.quoted[k].endToken - 1
        if last >= state.quoted[k].firstToken && state.ctx.isPunct(last, 0x2E) && !state.ctx.isAbbreviationPeriod(last) {
            return nil
        }
        return k
    }

    /// The unclaimed quotation whose opening mark is token t.
    static func openQuotation(at t: Int, _ state: QuoteFinderState) -> Int? {
        let k = Int(state.ctx.quotedSpanOf[t])
        guard k >= 0, state.owner[k] < 0, state.quoted[k].openMark == t else { return nil }
        return k
    }

    /// A quotation that is a whole utterance, not a fragment: it ends a sentence or paragraph.
    static func isWholeQuotation(_ k: Int, _ state: QuoteFinderState, _ pr: Range<Int>) -> Bool {
        let q = state.quoted[k], ctx = state.ctx
        if q.closeMark < 0 || q.parts.count > 1 { return true }
        let after = q.closeMark + 1
        if after >= pr.upperBound || ctx.isStop(after) { return true }
        let lastInside = q.endToken - 1
        return lastInside >= q.firstToken && (ctx.isStop(lastInside) || ctx.isComma(lastInside))
    }

    static func speaker(_ source: SourcePhrase?, _ ctx: QuoteContext) -> Speaker? {
        guard let s = source else { return nil }
        return Speaker(span: Span(ctx.span(s.first).start, ctx.span(s.end - 1).end))
    }
}
