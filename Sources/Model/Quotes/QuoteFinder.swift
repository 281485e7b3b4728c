// Pass 6: quotes. Finds the quotation marks (DirectQuotes), then reads the frame around
// every cue (CueFrames): the quotation or clause it introduces and the phrase that says it.
// Quotations no cue claims either continue the direct quote before them in the paragraph
// or stand alone (their speaker is carried over by the Attributor); short ones (scare
// quotes, titles) are dropped.

/// The rule that found a quote, like CoreNLP's sieves.
public enum QuoteRule: String, CaseIterable, Sendable {
    /// “…,” he said. / “…,” said Smith.
    case quoteThenCue = "quote-then-cue"
    /// Smith said: “…”
    case cueThenQuote = "cue-then-quote"
    /// Smith said (that) … / Smith told reporters (that) …
    case cueThenClause = "cue-then-clause"
    /// …, Smith said.
    case clauseThenCue = "clause-then-cue"
    /// The plan, Smith said, is dead.
    case cueInsideClause = "cue-inside-clause"
    /// “…,” Hollande retorted: a name and a verb the lexicon lacks, right after a quotation.
    case quoteThenVerb = "quote-then-verb"
    /// “…” — Jane Smith: a quotation signed with a dash and a name.
    case quoteThenDash = "quote-then-dash"
    /// SMITH: We will win. — a name and a colon opening a paragraph (transcripts, headlines).
    case speakerColon = "speaker-colon"
    /// according to Smith, … / …, according to Smith.
    case accordingTo = "according-to"
    /// Smith endorsed … / criticized … / refused … (a stance verb and what follows it)
    case stanceVerb = "stance-verb"
    /// Smith said …, adding that …
    case participleCue = "participle-cue"
    /// The plan seems to work / Smith is expected to resign (the subject and the infinitive; no source)
    case raisingVerb = "raising-verb"
    /// Asked whether …, Smith said / Smith was asked by a reporter about … (the question; its source the asker, if named)
    case question = "question"
    /// The plan was criticized as reckless by economists (the subject and complement; the by-agent, if any)
    case passiveCue = "passive-cue"
    /// A quotation with no cue of its own; its speaker is the one in focus.
    case quotationMarks = "quotation-marks"
    /// her claim that she “never sent” one: an unclaimed quotation in a clause opened by "that"
    case thatClause = "that-clause"
}

struct QuoteFinderState {
    var ctx: QuoteContext
    var quoted: [QuotedSpan]
    /// For each quoted span, the quote that took it (as content or inside content), or -1.
    var owner: [Int]
    let mentions: MentionIndex
    var quotes: [Quote] = []
    /// For each quote, the paragraph its last part lies in.
    var lastParagraph: [Int] = []

    /// Adds a quote; returns its index.
    @discardableResult
    mutating func emit(_ quote: Quote, lastParagraph p: Int) -> Int {
        quotes.append(quote)
        lastParagraph.append(p)
        return quotes.count - 1
    }
}

enum QuoteFinder {
    /// A quotation standing alone needs this many words to count as a quote.
    static let minStandaloneWords = 3
    /// A long quotation continues the quote before it only across a short cue sentence
    /// (“A,” Jo Bauer said on Monday. “B.”), in tokens from the end of one to the start of the other.
    static let maxJoinGap = 12
    /// A signature line after a quotation ("— Jane Smith, Ohio.") is at most this many tokens.
    static let maxSignatureTokens = 12
    /// The paragraph's sentences, rejoined where one was cut after an abbreviation ("Mr.").
    static func sentenceWindows(_ document: Document, _ p: Int, _ ctx: QuoteContext) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in document.paragraphs[p].sentences {
            let r = document.sentences[s].tokens
            guard !r.isEmpty else { continue }
            if let last = out.last, last.upperBound == r.lowerBound, ctx.isAbbreviationPeriod(last.upperBound - 1) {
                out[out.count - 1] = last.lowerBound..<r.upperBound
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Whether a quote (with its cue) is in the last sentence of paragraph p: only then may a
    /// quotation opening the next paragraph continue it.
    static func endsParagraph(_ quote: Quote, _ p: Int, _ document: Document, _ ctx: QuoteContext) -> Bool {
        let range = DirectQuotes.tokenRange(document, p)
        var t = ctx.tokenIndex(atOrAfter: max(quote.content.end, quote.cue?.end ?? 0))
        while t < range.upperBound - 1 {
            if ctx.isBreak(t) && ctx.quotedSpanOf[t] < 0 { return false }
            t += 1
        }
        return true
    }

    /// "SMITH: We will win." / "Smith: Cuts Are Coming": one to three capitalized words and a
    /// colon open the paragraph; the rest is what the named one says.
    static func speakerColon(_ p: Int, _ document: Document, _ quotesInParagraph: [Int], _ state: inout QuoteFinderState) {
        let ctx = state.ctx
        let range = DirectQuotes.tokenRange(document, p)
        var t = range.lowerBound
        if t < range.upperBound, ctx.kind(t) == .quote { t += 1 }
        let first = t
        while t < range.upperBound && t - first < 4 && (ctx.isCapitalized(t) || ctx.isAbbreviationPeriod(t)) { t += 1 }
        guard t > first, t - first <= 3, t + 3 < range.upperBound, ctx.isColon(t),
              ctx.wordClass(first) == nil || ctx.wordClass(first) == .subjectPronoun else { return }
        var a = t + 1, b = range.upperBound
        if let k = DirectQuotes.mark(ctx, a, b).map({ _ in Int(ctx.quotedSpanOf[a]) }), k >= 0, state.owner[k] < 0 {
            // The content is the quotation.
            let q = state.quoted[k]
            state.owner[k] = state.emit(Quote(kind: .direct, paragraph: p, parts: q.parts, cue: ctx.span(t),
                                              speaker: Speaker(span: Span(ctx.span(first).start, ctx.span(t - 1).end)),
                                              rule: .speakerColon),
                                        lastParagraph: q.paragraph + q.parts.count - 1)
            return
        }
        while b > a && ctx.isStop(b - 1) { b -= 1 }
        guard DirectQuotes.wordCount(ctx, a, b) >= 3 else { return }
        let content = Span(ctx.span(a).start, ctx.span(b - 1).end)
        guard !quotesInParagraph.contains(where: { state.quotes[$0].content.overlaps(content) }) else { return }
        var inside: [Int] = []
        while a < b {
            let k = Int(ctx.quotedSpanOf[a])
            if k >= 0 && state.owner[k] < 0 && !inside.contains(k) { inside.append(k) }
            a += 1
        }
        let q = state.emit(Quote(kind: inside.isEmpty ? .indirect : .mixed, paragraph: p, parts: [content], cue: ctx.span(t),
                                 speaker: Speaker(span: Span(ctx.span(first).start, ctx.span(t - 1).end)),
                                 rule: .speakerColon),
                           lastParagraph: p)
        for k in inside { state.owner[k] = q }
    }

    /// — – ― or a lone hyphen.
    static func isDash(_ ctx: QuoteContext, _ t: Int) -> Bool {
        if ctx.kind(t) == .dash { return true }
        let s = ctx.span(t)
        if s.length == 3 && ctx.bytes[s.start] == 0xE2 && ctx.bytes[s.start + 1] == 0x80 {
            let c = ctx.bytes[s.start + 2]
            return c == 0x93 || c == 0x94 || c == 0x95  // – — ―
        }
        return ctx.isPunct(t, 0x2D)
    }

    /// A break that ends a sentence: not the period of "(D-Ore.)" or "R-Ill.," before a bracket or comma.
    static func endsSentence(_ ctx: QuoteContext, _ t: Int, _ upper: Int) -> Bool {
        ctx.isBreak(t) && !(t + 1 < upper && (ctx.isPunct(t + 1, 0x29) || ctx.isComma(t + 1)))
    }

    /// Whether token t has white space (or nothing) right before it.
    static func isSpaced(_ ctx: QuoteContext, _ t: Int) -> Bool {
        let at = ctx.span(t).start
        guard at > 0 else { return true }
        let b = ctx.bytes[at - 1]
        return b == 0x20 || b == 0x0A || b == 0x09 || b == 0xA0
    }

    static func sentenceSubject(before open: Int, _ ctx: QuoteContext, _ mentions: MentionIndex,
                                _ pr: Range<Int>, overQuotations: Bool = false) -> Speaker? {
        var j = open - 1
        while j >= pr.lowerBound && open - j < 60 && !endsSentence(ctx, j, open) && (overQuotations || ctx.quotedSpanOf[j] < 0) { j -= 1 }
        var start = j + 1
        // “We will win,” he said, adding …: the subject follows a quotation opening the sentence.
        let k = start < open ? ctx.quotedSpanOf[start] : -1
        if k >= 0 {
            while start < open && ctx.quotedSpanOf[start] == k { start += 1 }
            while start < open && (ctx.isComma(start) || ctx.kind(start) == .quote) { start += 1 }
        }
        guard start < open else { return nil }
        // "NEW YORK (AP) - …": a dateline is not the subject.
        var d = start
        // (Not the hyphen of "Sen. Jo Roe (D-Ore.)" or "Jo Roe, R-Ill.,": a dateline's dash stands apart.)
        while d < open && d - start < 8 && !QuoteFinder.isDash(ctx, d)
                && (ctx.isCapitalized(d) || ctx.kind(d) == .punctuation) { d += 1 }
        if d < open && d > start && QuoteFinder.isDash(ctx, d) && isSpaced(ctx, d) { start = d + 1 }
        // Past a leading adverbial ("On Tuesday, …", "However, …", "When he spoke, …",
        // "Speaking in Iowa, …") and a leading "And"/"But", a phrase opening the sentence is its subject.
        // So is a phrase that names no actor before a comma and a new subject ("There, the
        // chairman …", "Eight years ago, he …", "Beyond the footage, the report …", "…, used to
        // bad news, many people …").
        for _ in 0..<maxLeadSegments where start < open {
            let cls = ctx.wordClass(start)
            let adverbial = cls == .preposition || cls == .clauseBoundary || cls == .auxiliary
                || SourcePhrases.isPrepositionLike(ctx, start) || endsWith(ctx, start, "ly") || endsWith(ctx, start, "ing")
            var k = start + 1
            while k < open && k - start < 16 && !ctx.isComma(k) && !ctx.isBreak(k) { k += 1 }
            // "Eight years ago,", "This week,": a time phrase.
            let time = (cls == .determiner || ctx.kind(start) == .number) && k < open && k - 1 > start
                && (ctx.wordIs(k - 1, ago) || CorefLexicon.temporalHeads.lookup(ctx.bytes, ctx.span(k - 1)) != nil)
            let bare = !adverbial && (time || cls == nil
                && (ctx.kind(start) == .number || ctx.isLowercaseWord(start)
                    || ctx.isCapitalized(start) && mentions.mention(startingAt: ctx.span(start).start) == nil))
            guard adverbial || bare else { break }
            if k + 1 < open && ctx.isComma(k) && (adverbial || isSubjectStart(ctx, k + 1)) {
                start = k + 1
            } else if cls == .clauseBoundary || cls == .auxiliary {
                start += 1  // "And he …"
            } else if cls == .preposition || SourcePhrases.isPrepositionLike(ctx, start),
                      let p = (start + 1..<min(open, start + maxLeadWithoutComma)).first(where: { ctx.wordClass($0) == .subjectPronoun }) {
                start = p  // "On September 27 they …"
                break
            } else {
                break
            }
        }
        // "Meanwhile, it attacked …", "we argued": a pronoun opening the clause before a verb is its subject.
        if start + 1 < open, ctx.wordClass(start) == .subjectPronoun, ctx.isLowercaseWord(start + 1), ctx.wordClass(start + 1) == nil {
            return Speaker(span: ctx.span(start))
        }
        if start < open, ctx.wordClass(start) == .determiner || ctx.isCapitalized(start),
           let phrase = SourcePhrases.after(ctx, from: start, upper: open, open: false, stopAtVerbs: true),
           phrase.end < open {
            var end = ctx.span(phrase.end - 1).end
            // "Vice President Jo Bauer weighed in": a person's name ends the phrase before a verb.
            var i = mentions.countBefore(ctx.span(phrase.first).start)
            while i < mentions.order.count {
                let m = mentions.analysis.mentions[mentions.order[i]]
                if m.span.end >= end { break }
                if mentions.analysis.actors[m.actor].kind == .person {
                    let next = ctx.tokenIndex(atOrAfter: m.span.end)
                    if next < phrase.end, ctx.isLowercaseWord(next),
                       !(next..<phrase.end).contains(where: { ctx.isCapitalized($0) }) {
                        end = m.span.end
                        break
                    }
                }
                i += 1
            }
            return Speaker(span: Span(ctx.span(phrase.first).start, end))
        }
        let from = ctx.span(start).start
        var firstMention: Mention? = nil
        let i = mentions.countBefore(from)
        if i < mentions.order.count {
            let m = mentions.analysis.mentions[mentions.order[i]]
            if m.span.end <= ctx.span(open).start { firstMention = m }
        }
        for t in start..<open {
            if let m = firstMention, ctx.span(t).start >= m.span.start { return Speaker(span: m.span) }
            if ctx.wordClass(t) == .subjectPronoun, Coreference.isPersonalPronoun(ctx.bytes, ctx.span(t))
                || ctx.wordIs(t, they) {
                return Speaker(span: ctx.span(t))
            }
        }
        return firstMention.map { Speaker(span: $0.span) }
    }
    static let they: [UInt8] = Array("they".utf8)
    /// How many leading adverbials ("On Tuesday, in Iowa, …") a subject search skips.
    static let maxLeadSegments = 3
    /// A leading prepositional phrase with no comma ("On Tuesday he …") is at most this long.
    static let maxLeadWithoutComma = 6
    static let ago: [UInt8] = Array("ago".utf8)

    /// The subject of a verb joined by "and"/"but" at token b ("Roe called the plan reckless and
    /// said …"): the sentence's subject, not a name inside the first verb's object or its
    /// "that"/"whether" clause ("Roe said that Bo would win and predicted …"). A subordinate
    /// clause opened within `window` tokens before b ("…, and when Bo thanked Al and said …")
    /// has its own subject, or, when a comma closed it, the clause after the comma does ("As
    /// the crowd cheered, Bo smiled and said …"); a relative "who" after a comma is the subject
    /// itself while no comma or dash closes it ("Al, who lost and said …").
    static func coordinatedSubject(and b: Int, _ ctx: QuoteContext, _ mentions: MentionIndex,
                                   sentence: Range<Int>, window: Int) -> Speaker? {
        var clause = sentence.lowerBound
        var k = b - 1
        var comma = -1  // the first comma or dash after k, outside quotations
        let lowest = max(sentence.lowerBound, b - window)
        while k > lowest {
            k -= 1
            guard ctx.quotedSpanOf[k] < 0 else { continue }
            if ctx.isComma(k) || isDash(ctx, k) { comma = k; continue }
            guard ctx.wordClass(k) == .clauseBoundary, !isCoordinator(ctx, k) else { continue }
            if ctx.wordIs(k, SourcePhrases.who) {
                if comma < 0, k > lowest, ctx.isComma(k - 1) { return Speaker(span: ctx.span(k)) }
                continue  // "judges who would rule …, and said": the relative clause is inside the object
            }
            if ctx.wordIs(k, whether) { continue }
            var s = k + 1
            // (Unless the comma closes a name opening the clause: "while Bo, the mayor, said".)
            if comma > s, comma + 1 < b - 1, isSubjectStart(ctx, comma + 1),
               mentions.mention(startingAt: ctx.span(s).start).map({ $0.span.end != ctx.span(comma - 1).end }) ?? true {
                s = comma + 1
            }
            if s < b - 1, isSubjectStart(ctx, s) { clause = s }
            break
        }
        return sentenceSubject(before: b, ctx, mentions, clause..<b, overQuotations: true)
    }
    static let whether: [UInt8] = Array("whether".utf8)
    static let coordinators: [[UInt8]] = ["and", "but", "or", "nor", "yet", "so", "than", "whom", "whose",
                                          "what", "how", "why"].map { Array($0.utf8) }

    /// "and", "but" …, and the clause words that open no clause with a subject of its own here.
    static func isCoordinator(_ ctx: QuoteContext, _ t: Int) -> Bool {
        coordinators.contains { ctx.wordIs(t, $0) }
    }

    /// A pronoun, a capitalised word or a determiner: a subject may open here.
    static func isSubjectStart(_ ctx: QuoteContext, _ t: Int) -> Bool {
        ctx.wordClass(t) == .subjectPronoun || ctx.isCapitalized(t) || ctx.wordClass(t) == .determiner
    }

    /// The source of a participle cue at token c ("…,” he said, adding that …"): the speaker of
    /// the quote whose cue comes last before it in its sentence, else the sentence's subject.
    /// Looks back over the quotes found so far whose cue lies in the sentence (the cue passes
    /// read a paragraph at a time, so these are among the paragraph's last few).
    static func participleSubject(cue c: Int, sentence: Range<Int>, _ state: QuoteFinderState) -> Speaker? {
        let ctx = state.ctx
        let lower = ctx.span(sentence.lowerBound).start, at = ctx.span(c).start
        // (A cue inside another one's content, "decried Trump's calls to …", is nested in it: not the
        // sentence's last report. One after its own content, "…,” the aide recalled", is not.)
        let first = max(0, state.quotes.count - maxParagraphLookback)
        var best: (cue: Int, speaker: Speaker)? = nil
        for i in first..<state.quotes.count {
            let q = state.quotes[i]
            guard let pc = q.cue, let sp = q.speaker, pc.start >= lower, pc.end <= at, pc.start > (best?.cue ?? -1) else { continue }
            let nested = q.content.start > pc.start && state.quotes[first...].contains { o in
                o.cue.map { $0.start >= lower && $0.end <= at } ?? false && o.parts.contains { $0.contains(pc) }
            }
            if !nested { best = (pc.start, sp) }
        }
        if let b = best { return b.speaker }
        return sentenceSubject(before: c, ctx, state.mentions, sentence.lowerBound..<c, overQuotations: true)
    }
    /// How many of the latest quotes a participle looks back over for its sentence's last cue.
    static let maxParagraphLookback = 8

    /// A person named right before a verb the lexicon lacks and a comma opening a quotation:
    /// "Jo Roe cracked, “…”" / "she boomed, “…”": that one speaks. (Not a name before a colon:
    /// "delivered a message to Jo Roe:", "quoted Jo Roe:" name an addressee or a source quoted.)
    static func namedJustBefore(_ open: Int, _ ctx: QuoteContext, _ mentions: MentionIndex) -> Speaker? {
        guard open >= 3, ctx.isComma(open - 1) else { return nil }
        var t = open - 2
        guard ctx.isLowercaseWord(t), ctx.wordClass(t) == nil, ctx.quotedSpanOf[t] < 0 else { return nil }
        t -= 1
        if ctx.wordClass(t) == .subjectPronoun, Coreference.isPersonalPronoun(ctx.bytes, ctx.span(t)) {
            return Speaker(span: ctx.span(t))
        }
        guard ctx.isWord(t), ctx.quotedSpanOf[t] < 0, let m = mentions.mention(overlapping: ctx.span(t)),
              m.span.end == ctx.span(t).end, mentions.analysis.actors[m.actor].kind == .person else { return nil }
        return Speaker(span: m.span)
    }

    /// Whether the word at t ends with the lower-case ASCII `suffix`, ignoring case.
    static func endsWith(_ ctx: QuoteContext, _ t: Int, _ suffix: StaticString) -> Bool {
        guard ctx.kind(t) == .word else { return false }
        let s = ctx.span(t), n = suffix.utf8CodeUnitCount
        guard s.length > n + 2 else { return false }
        let p = suffix.utf8Start
        for i in 0..<n where WordTable<Int>.lower(ctx.bytes[s.end - n + i]) != p[i] { return false }
        return true
    }

    /// “…,” Hollande retorted. — a quotation ending in , ? or ! followed by a name (or he/she)
    /// and a lower-case word: the word is taken as the cue even though the lexicon lacks it.
    static func attributeByVerb(_ k: Int, _ document: Document, _ state: inout QuoteFinderState) {
        let q = state.quoted[k], ctx = state.ctx
        guard q.closeMark >= 0, q.endToken > q.firstToken else { return }
        let pr = DirectQuotes.tokenRange(document, state.quoted[k].paragraph + q.parts.count - 1)
        var j = q.closeMark + 1
        let last = q.endToken - 1
        // “…” — Jane Smith
        if j < pr.upperBound, isDash(ctx, j), j + 1 < pr.upperBound, ctx.isCapitalized(j + 1),
           let name = SourcePhrases.after(ctx, from: j + 1, upper: pr.upperBound, open: false, stopAtVerbs: true) {
            let speaker = Speaker(span: Span(ctx.span(name.first).start, ctx.span(name.end - 1).end))
            let quote = Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, cue: ctx.span(j), speaker: speaker,
                              rule: .quoteThenDash)
            state.owner[k] = state.emit(quote, lastParagraph: q.paragraph + q.parts.count - 1)
            return
        }
        // “…” ¶ — Jane Smith, Ohio. : a signature on a line of its own after the quotation.
        let lastP = q.paragraph + q.parts.count - 1
        if j >= pr.upperBound, lastP + 1 < document.paragraphs.count {
            let next = DirectQuotes.tokenRange(document, lastP + 1)
            if next.count >= 2, next.count <= maxSignatureTokens, isDash(ctx, next.lowerBound), ctx.isCapitalized(next.lowerBound + 1),
               let name = SourcePhrases.after(ctx, from: next.lowerBound + 1, upper: next.upperBound, open: false, stopAtVerbs: true) {
                let speaker = Speaker(span: Span(ctx.span(name.first).start, ctx.span(name.end - 1).end))
                let quote = Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, cue: ctx.span(next.lowerBound),
                                  speaker: speaker, rule: .quoteThenDash)
                state.owner[k] = state.emit(quote, lastParagraph: lastP + 1)
                return
            }
        }
        let trailing = ctx.isComma(last) || ctx.isPunct(last, 0x3F) || ctx.isPunct(last, 0x21)
        if j < pr.upperBound && ctx.isComma(j) { j += 1 } else if !trailing { return }
        guard j < pr.upperBound, ctx.isWord(j) else { return }
        var v = j
        if ctx.wordClass(j) == .subjectPronoun {
            v = j + 1
        } else {
            if ctx.wordClass(v) == .determiner { v += 1 }
            while v < pr.upperBound && v - j < 6 && (ctx.isWord(v) && !ctx.isLowercaseWord(v) || ctx.isAbbreviationPeriod(v)
                                                     || ctx.isLowercaseWord(v) && v + 1 < pr.upperBound && ctx.isCapitalized(v + 1)) { v += 1 }
            guard v > j, ctx.isCapitalized(v - 1) else { return }
        }
        guard v < pr.upperBound, ctx.isLowercaseWord(v), ctx.wordClass(v) == nil else { return }
        let speaker = Speaker(span: Span(ctx.span(j).start, ctx.span(v - 1).end))
        let quote = Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, cue: ctx.span(v), speaker: speaker,
                          rule: .quoteThenVerb)
        state.owner[k] = state.emit(quote, lastParagraph: q.paragraph + q.parts.count - 1)
    }

    static func find(in analysis: Analysis, mentions: MentionIndex? = nil) -> [Quote] {
        let document = analysis.document
        var ctx = QuoteContext(document)
        let quoted = DirectQuotes.find(document, &ctx)
        var state = QuoteFinderState(ctx: ctx, quoted: quoted, owner: Array(repeating: -1, count: quoted.count),
                                     mentions: mentions ?? MentionIndex(analysis, quotations: []))
        var cues: [(cue: Int, last: Int, entry: CueEntry, sentence: Range<Int>)] = []
        var taken: [Int] = []
        for p in document.paragraphs.indices {
            let pRange = DirectQuotes.tokenRange(document, p)
            // The paragraph's cues, looked up once for both passes.
            cues.removeAll(keepingCapacity: true)
            for sentence in sentenceWindows(document, p, state.ctx) {
                var t = sentence.lowerBound
                // Whether the sentence is in title case: looked at once, at its first capitalised cue word.
                var titleCase: Bool? = nil
                while t < sentence.upperBound {
                    if titleCase == nil, state.ctx.cueOf[t] >= 0, t > sentence.lowerBound, !state.ctx.isLowercaseWord(t) {
                        titleCase = state.ctx.isTitleCase(sentence.lowerBound, sentence.upperBound)
                    }
                    if state.ctx.quotedSpanOf[t] < 0,
                       let (entry, last) = state.ctx.cue(at: t, sentenceStart: sentence.lowerBound, end: sentence.upperBound,
                                                         titleCase: titleCase ?? false) {
                        cues.append((t, last, entry, sentence))
                        t = last + 1
                    } else {
                        t += 1
                    }
                }
            }
            guard !cues.isEmpty else { continue }
            // First the cues right after a quotation, then the others.
            taken.removeAll(keepingCapacity: true)
            for (i, c) in cues.enumerated() {
                if CueFrames.read(cue: c.cue, last: c.last, entry: c.entry, sentence: c.sentence, paragraph: p,
                                  paragraphTokens: pRange, directOnly: true, state: &state) {
                    taken.append(i)
                }
            }
            for (i, c) in cues.enumerated() where !taken.contains(i) {
                CueFrames.read(cue: c.cue, last: c.last, entry: c.entry, sentence: c.sentence, paragraph: p,
                               paragraphTokens: pRange, directOnly: false, state: &state)
            }
        }
        // The quotes so far by paragraph, for speakerColon's overlap test (it adds at most one
        // quote to paragraph p, after the test).
        var quotesByParagraph = [[Int]](repeating: [], count: document.paragraphs.count)
        for (i, q) in state.quotes.enumerated() where q.paragraph >= 0 && q.paragraph < quotesByParagraph.count {
            quotesByParagraph[q.paragraph].append(i)
        }
        for p in document.paragraphs.indices { speakerColon(p, document, quotesByParagraph[p], &state) }
        for k in state.quoted.indices where state.owner[k] < 0 {
            attributeByVerb(k, document, &state)
        }
        addUnclaimedQuotations(&state)
        return state.quotes.sorted { $0.content.start < $1.content.start }
    }

    /// Whether a quotation is a sentence by itself: it opens its paragraph or follows a sentence's
    /// end, and it ends its paragraph or its sentence.
    static func isWholeSentence(_ q: QuotedSpan, _ ctx: QuoteContext, _ document: Document) -> Bool {
        let pr = DirectQuotes.tokenRange(document, q.paragraph)
        guard q.openMark == pr.lowerBound || (q.openMark > pr.lowerBound && ctx.isBreak(q.openMark - 1)) else { return false }
        guard q.closeMark >= 0 else { return true }
        let lastPr = DirectQuotes.tokenRange(document, q.paragraph + q.parts.count - 1)
        return q.closeMark + 1 >= lastPr.upperBound || ctx.isBreak(q.closeMark + 1)
            || (q.endToken > q.firstToken && ctx.isStop(q.endToken - 1))
    }

    /// A reported clause cut short before a quotation of its sentence ("He said the deal was
    /// done and that he would “walk away” if pressed") runs on to the quotation's end.
    static let maxReportedGap = 40

    /// Whether quotation q, in one paragraph (r's last), follows reported speech `r` (its cue
    /// before its content) within r's sentence: no sentence break, no other quotation or cue and
    /// at most maxReportedGap tokens between.
    static func continuesReportedSpeech(_ q: QuotedSpan, _ r: Quote, _ ctx: QuoteContext) -> Bool {
        guard r.kind != .direct, q.parts.count == 1, let cue = r.cue, cue.end <= r.content.start,
              let last = r.parts.last, last.end <= q.parts[0].start else { return false }
        let from = ctx.tokenIndex(atOrAfter: last.end)
        guard from <= q.openMark, q.openMark - from <= maxReportedGap else { return false }
        // A sentence ended inside r's closing quotation ("… campaign." His …) ends r.
        var end = from - 1
        while end > 0 && ctx.kind(end) == .quote { end -= 1 }
        if ctx.isBreak(end) { return false }
        // Another cue in between ("…, calling it “…”"), or a participle after a comma ("…, singing
        // “…”"), introduces the quotation itself.
        for t in from..<q.openMark {
            if ctx.isBreak(t) || ctx.kind(t) == .quote || ctx.cueOf[t] >= 0 { return false }
            if t > from, ctx.isComma(t - 1), ctx.isLowercaseWord(t), endsWith(ctx, t, "ing") { return false }
        }
        return true
    }

    /// A quotation no cue took continues the direct quote just before it in its paragraph
    /// ("The plan," he said. "It is dead.") as a part of it, or, when long enough, stands alone.
    static func addUnclaimedQuotations(_ state: inout QuoteFinderState) {
        let mentions = state.mentions, document = mentions.analysis.document
        let order = state.quotes.indices.sorted { state.quotes[$0].content.start < state.quotes[$1].content.start }
        var next = 0
        var latest = -1  // the quote starting last before the current quotation
        var latestLength = (quote: -1, bytes: 0)  // the length of its parts, kept as they grow
        var previous = -1  // the quote of any kind starting last before the current quotation
        for k in state.quoted.indices where state.owner[k] < 0 {
            let q = state.quoted[k]
            let start = q.parts[0].start
            while next < order.count && state.quotes[order[next]].content.start < start {
                // Reported speech in between ("…," she said, referring to …) does not break it.
                if state.quotes[order[next]].kind == .direct || latest < 0 { latest = order[next] }
                previous = order[next]
                next += 1
            }
            if previous >= 0, state.lastParagraph[previous] == q.paragraph,
               continuesReportedSpeech(q, state.quotes[previous], state.ctx) {
                // She said the plan was sound and that it would "work." — the quotation ends the
                // reported clause its sentence began, whatever its length.
                let i = state.quotes[previous].parts.count - 1
                state.quotes[previous].parts[i].end = q.parts[0].end
                if state.quotes[previous].kind == .indirect { state.quotes[previous].kind = .mixed }
                state.owner[k] = previous
                continue
            }
            let pr = DirectQuotes.tokenRange(document, q.paragraph)
            if let clause = thatClause(q, state, paragraph: pr,
                                       notBefore: previous >= 0 ? state.quotes[previous].content.end : 0,
                                       notAfter: next < order.count ? state.quotes[order[next]].content.start : Int.max) {
                let speaker = thatClauseSpeaker(clause.lowerBound, state.ctx, mentions, paragraph: pr)
                let i = state.emit(Quote(kind: .mixed, paragraph: q.paragraph,
                                         parts: [Span(state.ctx.span(clause.lowerBound).start, state.ctx.span(clause.upperBound - 1).end)],
                                         speaker: speaker, rule: .thatClause),
                                   lastParagraph: q.paragraph)
                state.owner[k] = i
                // Later quotations inside the clause ("that it would be “ugly,” “a shock” …") are its own.
                var t = q.closeMark + 1
                while t < clause.upperBound {
                    let j = Int(state.ctx.quotedSpanOf[t])
                    if j >= 0 && state.owner[j] < 0 { state.owner[j] = i }
                    t += 1
                }
                continue
            }
            let opensParagraph = q.openMark == pr.lowerBound
            // “A,” she said. Later he went further: “B.” — a clause of its own ending in a colon
            // introduces B: B is that clause's subject's, not a part of A.
            let introduced = q.openMark > pr.lowerBound + 1 && state.ctx.isColon(q.openMark - 1)
                && (latest < 0 || state.ctx.tokenIndex(atOrAfter: state.quotes[latest].content.end) < q.openMark - 1)
            if introduced, q.words >= minStandaloneWords,
               let speaker = sentenceSubject(before: q.openMark, state.ctx, mentions, pr) {
                latest = state.emit(Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, speaker: speaker,
                                          rule: .quotationMarks),
                                    lastParagraph: q.paragraph + q.parts.count - 1)
                state.owner[k] = latest
                continue
            }
            if latest >= 0, state.quotes[latest].kind == .direct, state.quotes[latest].content.end <= start,
               state.lastParagraph[latest] == q.paragraph
                || (opensParagraph && state.lastParagraph[latest] == q.paragraph - 1
                    && endsParagraph(state.quotes[latest], q.paragraph - 1, document, state.ctx)) {
                // “A,” she said. “B.” is one attribution with two parts, however long B is (the
                // annotators' unit). A quotation inside a sentence of its own (“A,” she said, calling
                // it “B” …) joins only when shorter than the quote so far; else it stands alone.
                if latestLength.quote != latest {
                    latestLength = (latest, state.quotes[latest].parts.reduce(0) { $0 + $1.length })
                }
                let before = latestLength.bytes
                let after = q.parts.reduce(0) { $0 + $1.length }
                let gap = q.openMark - state.ctx.tokenIndex(atOrAfter: state.quotes[latest].content.end)
                if after > before && (gap > maxJoinGap || !isWholeSentence(q, state.ctx, document)) {
                    latest = state.emit(Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts,
                                              speaker: state.quotes[latest].speaker, rule: .quotationMarks),
                                        lastParagraph: q.paragraph + q.parts.count - 1)
                    state.owner[k] = latest
                    continue
                }
                state.quotes[latest].parts += q.parts
                latestLength.bytes += after
                state.lastParagraph[latest] = q.paragraph + q.parts.count - 1
                state.owner[k] = latest
            } else if q.words >= minStandaloneWords {
                var speaker = namedJustBefore(q.openMark, state.ctx, mentions)
                    ?? sentenceSubject(before: q.openMark, state.ctx, mentions, DirectQuotes.tokenRange(document, q.paragraph))
                // "Jo Bauer put it this way:" closing the paragraph before: its subject speaks.
                if speaker == nil, opensParagraph, q.paragraph > 0 {
                    let prev = DirectQuotes.tokenRange(document, q.paragraph - 1)
                    if prev.count > 1, state.ctx.isColon(prev.upperBound - 1) {
                        speaker = sentenceSubject(before: prev.upperBound - 1, state.ctx, mentions, prev)
                    }
                }
                latest = state.emit(Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, speaker: speaker,
                                          rule: .quotationMarks),
                                    lastParagraph: q.paragraph + q.parts.count - 1)
                state.owner[k] = latest
            }
        }
    }

}
