// Speakers that are noun phrases. A speaker phrase found by a rule is cut back to its noun
// phrase ("The GOP nominee isn't" → "The GOP nominee"); one that is no noun phrase at all
// (a verb phrase "interviewed this week", a lone function word "The", a time phrase "Hours",
// a dateline "WASHINGTON", an adverbial "At the bottom") is replaced by the subject nearest to
// it in its sentence (a name or a personal pronoun outside quotations), else dropped.
// Bounded: each look is at most `window` tokens.

enum SpeakerCheck {
    /// How many tokens a repair looks back or ahead for a subject.
    static let window = 30

    /// The span to use as the speaker of `q` (whose speaker phrase is `span`), or nil for none.
    static func checked(_ span: Span, of q: Quote, index: MentionIndex) -> Span? {
        let doc = index.analysis.document
        guard q.rule != .speakerColon, q.rule != .quoteThenVerb,
              let t0 = Coreference.tokenIndex(at: span.start, doc), doc.tokens[t0].span.start < span.end else { return span }
        var tEnd = t0
        while tEnd < doc.tokens.count && doc.tokens[tEnd].span.end <= span.end { tEnd += 1 }
        guard tEnd > t0 else { return span }
        let (lead, verb) = skipLead(t0, tEnd, doc)
        // "has run ads", "will hold banners": a verb phrase; "has Clinton", "will an army of
        // supporters": an inverted subject after the auxiliary.
        if verb, doc.tokens[lead].kind != .number, !isCapitalized(doc.bytes, doc.tokens[lead].span),
           CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[lead].span) != .determiner {
            return nameInside(t0, tEnd, doc, index) ?? subjectBefore(t0, doc, index) ?? subjectAfter(tEnd, q, doc, index)
        }
        let (first, trimmed) = (lead, trimEnd(lead, tEnd, doc))
        if trimmed < tEnd, isPossessive(doc.tokens[tEnd - 1].span, doc.bytes),
           let m = index.mention(overlapping: doc.tokens[tEnd - 1].span), m.span.overlaps(doc.tokens[tEnd - 1].span) {
            // "Politifact seized on Trump's [claim that]": the owner of a nominal cue is its source.
            return m.span
        }
        let phrase = Span(doc.tokens[first].span.start, doc.tokens[trimmed - 1].span.end)
        // "There’s a reason, saying …": an expletive with "is" taken for the subject of a
        // participle or a cue-less quotation opens a clause, not a speaker phrase.
        if q.rule == .participleCue || q.rule == .quotationMarks, doc.tokens[first].kind == .word,
           isPossessive(doc.tokens[first].span, doc.bytes), isExpletive(doc.bytes, doc.tokens[first].span) {
            return nameInside(t0, tEnd, doc, index) ?? subjectBefore(t0, doc, index) ?? subjectAfter(tEnd, q, doc, index)
        }
        switch shape(first, trimmed, phrase, doc, index) {
        case .nounPhrase where (q.rule == .participleCue || q.rule == .quotationMarks) && isPlaceOnly(phrase, index):
            // "PARIS —", "In Ohio, …": a place taken for the sentence's subject.
            return subjectAfter(tEnd, q, doc, index) ?? phrase
        case .nounPhrase:
            return phrase
        case .verbPhrase:
            return nameInside(t0, tEnd, doc, index) ?? subjectBefore(t0, doc, index) ?? subjectAfter(tEnd, q, doc, index)
        case .adverbial:
            return extendedDeterminer(lead, tEnd, q, doc) ?? subjectAfter(tEnd, q, doc, index) ?? subjectBefore(t0, doc, index)
        }
    }

    enum Shape { case nounPhrase, verbPhrase, adverbial }

    /// "Iowa:", "UPDATE:", "Editor's Note:": a line label before a colon that names no speaker
    /// (a place alone, or an editorial label). Its speaker-colon quote is no quote.
    static func isLabel(_ span: Span, index: MentionIndex) -> Bool {
        let doc = index.analysis.document
        if isPlaceOnly(span, index) { return true }
        guard let head = Coreference.headToken(of: span, doc) else { return true }
        return CorefLexicon.editorialLabels.lookup(doc.bytes, doc.tokens[head].span) != nil
    }

    static func shape(_ t0: Int, _ end: Int, _ span: Span, _ doc: Document, _ index: MentionIndex) -> Shape {
        let first = doc.tokens[t0]
        guard first.kind == .word else { return first.kind == .number ? .nounPhrase : .adverbial }
        let cls = CueLexicon.wordTable.lookup(doc.bytes, first.span)
        if cls == .subjectPronoun || Coreference.isRelativePronoun(doc.bytes, first.span)
            || QuoteConfidence.isPossessive(doc.bytes, first.span) { return .nounPhrase }
        let named = namesActor(span, index)
        // "WASHINGTON", "IOWA POLLS": a dateline or a headline, unless it names an actor ("NATO").
        if isAllCapitals(span, doc.bytes) && !named && (end - t0 > 1 || span.length >= 6) { return .adverbial }
        if isLowercase(doc.bytes, first.span) {
            // "has run ads", "was", "making a pitch to", "offered a": a verb opening the phrase.
            if (endsWith(doc.bytes, first.span, "ing") || endsWith(doc.bytes, first.span, "ed")) && !hasAgent(t0, end, doc),
               t0 + 1 < end, doc.tokens[t0 + 1].kind == .word {
                switch CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[t0 + 1].span) {
                case .determiner?, .preposition?, .objectPronoun?: return .verbPhrase
                default: break
                }
            }
        }
        guard let head = Coreference.headToken(of: span, doc) else { return .adverbial }
        let h = doc.tokens[head].span
        // "Hours after …", "The day", "This week": a time phrase (a capitalised head only alone:
        // "The Times" is a name).
        if !named, end - t0 <= 3, isLowercase(doc.bytes, h) || head == t0 && doc.bytes[h.end - 1] == 0x73,
           !(t0..<end).contains(where: { CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[$0].span) == .preposition }),
           CorefLexicon.temporalHeads.lookup(doc.bytes, h) != nil { return .adverbial }
        // A lone function word ("The", "all", "this", "On", "always"), unless it stands for people ("Many").
        if head == t0, end - t0 == 1 {
            switch cls {
            case .determiner?: if CorefLexicon.peopleQuantifiers.lookup(doc.bytes, h) == nil { return .adverbial }
            case .preposition?, .auxiliary?, .complementizer?, .clauseBoundary?, .be?: return .adverbial
            default: if isPrepositionLike(doc.bytes, h) || isLowercase(doc.bytes, h) && isLowercaseAdverb(doc.bytes, h) { return .adverbial }
            }
        }
        return .nounPhrase
    }

    /// "it", "that", "there", "here", "what" before a contracted "is" (the token's last 2 or 4 bytes).
    static func isExpletive(_ bytes: [UInt8], _ s: Span) -> Bool {
        let base = Span(s.start, s.end - (bytes[s.end - 2] == 0x27 ? 2 : 4))
        return ["it", "that", "there", "here", "what"].contains { (w: StaticString) in isWord(bytes, base, w) }
    }

    /// "Trump's", "Trump’s".
    static func isPossessive(_ s: Span, _ bytes: [UInt8]) -> Bool {
        guard s.length >= 3, WordTable<Int>.lower(bytes[s.end - 1]) == 0x73 else { return false }
        return bytes[s.end - 2] == 0x27 || s.length >= 5 && bytes[s.end - 2] == 0x99 && bytes[s.end - 3] == 0x80
    }

    /// "meeting with the editorial board … Trump [said]": the last person or organisation named
    /// inside a verb phrase, nearest the cue.
    static func nameInside(_ t0: Int, _ end: Int, _ doc: Document, _ index: MentionIndex) -> Span? {
        var k = end - 1
        while k > t0 {
            if doc.tokens[k].kind == .word, let m = index.mention(overlapping: doc.tokens[k].span),
               m.span.overlaps(doc.tokens[k].span) {
                let kind = index.analysis.actors[m.actor].kind
                if kind == .person || kind == .organization { return m.span }
            }
            k -= 1
        }
        return nil
    }

    /// "filed by state attorney Jo Roe": a passive with its agent, whose noun phrase is the source.
    static func hasAgent(_ t0: Int, _ end: Int, _ doc: Document) -> Bool {
        var t = t0 + 1
        while t < end {
            let s = doc.tokens[t].span
            if s.length == 2 && WordTable<Int>.lower(doc.bytes[s.start]) == 0x62 && WordTable<Int>.lower(doc.bytes[s.start + 1]) == 0x79 { return true }
            t += 1
        }
        return false
    }

    /// Leading words that open no noun phrase of their own: "with Gorka", "according to a poll",
    /// "even some allies", "has Clinton" (an inverted auxiliary): the first token after them (at
    /// most `leadLimit`), and whether a verb was among them.
    static func skipLead(_ t0: Int, _ end: Int, _ doc: Document) -> (start: Int, verb: Bool) {
        var t = t0, verb = false
        while t + 1 < end && t - t0 < leadLimit, doc.tokens[t].kind == .word {
            let s = doc.tokens[t].span
            let cls = CueLexicon.wordTable.lookup(doc.bytes, s)
            let lower = isLowercase(doc.bytes, s)
            let isVerb = cls == .be || CorefLexicon.verbAuxiliaries.lookup(doc.bytes, s) != nil || isNegatedVerb(doc.bytes, s)
            if lower && isVerb {
                verb = true
            } else if cls == .auxiliary && !isVerb {
                // "even", "only", "Now": a hedge, in either case.
            } else if !(cls == .preposition || isPrepositionLike(doc.bytes, s) || isWord(doc.bytes, s, "according")
                        || isWord(doc.bytes, s, "to") || lower && isLowercaseAdverb(doc.bytes, s) && opensNounPhrase(t + 1, doc))
                        || isPartitive(t + 1, end, doc) {
                break
            }
            t += 1
        }
        return (t, verb)
    }
    static let leadLimit = 4

    /// A determiner, a number or a capitalised word: after "recently", "early" is an adverb
    /// ("recently the Armenians"); before a plain noun an adjective ("early figures").
    static func opensNounPhrase(_ t: Int, _ doc: Document) -> Bool {
        guard t < doc.tokens.count else { return false }
        let tok = doc.tokens[t]
        if tok.kind == .number { return true }
        return tok.kind == .word && (isCapitalized(doc.bytes, tok.span)
                                     || CueLexicon.wordTable.lookup(doc.bytes, tok.span) == .determiner)
    }

    /// "30 percent of voters", "half of voters", "4 in 10": an approximation ("About", "nearly")
    /// before one belongs to the subject.
    static func isPartitive(_ t: Int, _ end: Int, _ doc: Document) -> Bool {
        guard t < end else { return false }
        if doc.tokens[t].kind == .number { return true }
        return t + 1 < end && isWord(doc.bytes, doc.tokens[t + 1].span, "of")
    }

    static func isWord(_ bytes: [UInt8], _ s: Span, _ w: StaticString) -> Bool {
        guard s.length == w.utf8CodeUnitCount else { return false }
        for i in 0..<s.length where WordTable<Int>.lower(bytes[s.start + i]) != w.utf8Start[i] { return false }
        return true
    }

    /// "The" cut off from its noun ("The famously gruff senator walked out, saying"): the
    /// determiner and the words after it up to the first verb (a cue, an auxiliary, a past form),
    /// at most `maxExtension` words.
    static func extendedDeterminer(_ t: Int, _ end: Int, _ q: Quote, _ doc: Document) -> Span? {
        guard end == t + 1, CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[t].span) == .determiner,
              let cue = q.cue, cue.start >= doc.tokens[t].span.end else { return nil }
        var k = t + 1
        while k < doc.tokens.count && k - t <= maxExtension {
            let tok = doc.tokens[k]
            guard tok.kind == .word else { return nil }
            if tok.span.start >= cue.start || CorefLexicon.verbAuxiliaries.lookup(doc.bytes, tok.span) != nil
                || isLowercase(doc.bytes, tok.span) && (endsWith(doc.bytes, tok.span, "ed")
                                                          || CueLexicon.cueIndex.lookup(doc.bytes, tok.span) != nil) { break }
            switch CueLexicon.wordTable.lookup(doc.bytes, tok.span) {
            case .be?, .complementizer?, .clauseBoundary?, .subjectPronoun?, .preposition?: return nil
            default: break
            }
            k += 1
        }
        guard k > t + 1, k - t <= maxExtension else { return nil }
        return Span(doc.tokens[t].span.start, doc.tokens[k - 1].span.end)
    }
    static let maxExtension = 6

    /// Cuts a phrase before a verb inside it: "isn't", "was", "has", or a past form after a noun
    /// ("The administration struggled on Tuesday to" → "The administration"). Stops at a comma.
    static func trimEnd(_ t0: Int, _ end: Int, _ doc: Document) -> Int {
        var t = t0 + 1
        while t < end {
            let tok = doc.tokens[t]
            if tok.kind == .punctuation && doc.bytes[tok.span.start] == 0x2C { return end }
            if tok.kind == .word && isLowercase(doc.bytes, tok.span) {
                let cls = CueLexicon.wordTable.lookup(doc.bytes, tok.span)
                if cls == .be || CorefLexicon.verbAuxiliaries.lookup(doc.bytes, tok.span) != nil || isNegatedVerb(doc.bytes, tok.span)
                    || endsWith(doc.bytes, tok.span, "ed") && doc.tokens[t - 1].kind == .word
                        && CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[t - 1].span) == nil
                        && !isLowercaseAdverb(doc.bytes, doc.tokens[t - 1].span) && !followedByNoun(t, end, doc)
                        && !hasAgent(t, end, doc) {
                    return t
                }
            }
            t += 1
        }
        return end
    }

    /// "retired officials", "elected leaders": a past form before a lower-case noun is an adjective;
    /// before a determiner, preposition or pronoun ("offered a", "worked with") it is a verb.
    static func followedByNoun(_ t: Int, _ end: Int, _ doc: Document) -> Bool {
        guard t + 1 < end, doc.tokens[t + 1].kind == .word else { return false }
        return CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[t + 1].span) == nil
    }

    static func isCapitalized(_ bytes: [UInt8], _ s: Span) -> Bool {
        let b = bytes[s.start]
        return b >= 0x41 && b <= 0x5A || b >= 0xC3 && b <= 0xDE
    }

    static func isLowercaseAdverb(_ bytes: [UInt8], _ s: Span) -> Bool { endsWith(bytes, s, "ly") }

    /// "isn't", "don’t", "wouldn't".
    static func isNegatedVerb(_ bytes: [UInt8], _ s: Span) -> Bool {
        guard s.length >= 4 else { return false }
        let l = WordTable<Int>.lower(bytes[s.end - 1])
        if l != 0x74 { return false }
        if bytes[s.end - 2] == 0x27 && WordTable<Int>.lower(bytes[s.end - 3]) == 0x6E { return true }
        return s.length >= 6 && bytes[s.end - 4] == 0xE2 && bytes[s.end - 3] == 0x80 && bytes[s.end - 2] == 0x99
            && WordTable<Int>.lower(bytes[s.end - 5]) == 0x6E
    }

    /// Whether the phrase is a place's name and nothing more.
    static func isPlaceOnly(_ span: Span, _ index: MentionIndex) -> Bool {
        guard let m = index.mention(overlapping: span) else { return false }
        return index.analysis.actors[m.actor].kind == .place && m.span.start <= span.start && m.span.end >= span.end
    }

    /// Whether a mention of a person, organisation or group overlaps the phrase.
    static func namesActor(_ span: Span, _ index: MentionIndex) -> Bool {
        guard let m = index.mention(overlapping: span) else { return false }
        return index.analysis.actors[m.actor].kind != .place
    }

    /// The nearest subject before token t in its sentence: a personal pronoun, or a mention
    /// of a person, organisation or group, outside quotations.
    static func subjectBefore(_ t: Int, _ doc: Document, _ index: MentionIndex) -> Span? {
        guard var s = QuoteConfidence.sentenceIndex(containing: doc.tokens[t].span.start, doc) else { return nil }
        // A sentence opening in lower case or with an initial ("J.") was split after an
        // abbreviation ("(D-N.J.) all said").
        var o = doc.sentences[s].tokens.lowerBound
        while o < t && doc.tokens[o].kind != .word { o += 1 }
        let opening = doc.tokens[o].span
        if s > 0, isLowercase(doc.bytes, opening) || opening.length <= 2 && doc.bytes[opening.end - 1] == 0x2E,
           doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph { s -= 1 }
        // "a study that appeared in …": the relative pronoun just before the verb.
        if t > doc.sentences[s].tokens.lowerBound, doc.tokens[t - 1].kind == .word,
           isWord(doc.bytes, doc.tokens[t - 1].span, "that") || isWord(doc.bytes, doc.tokens[t - 1].span, "which") {
            return doc.tokens[t - 1].span
        }
        var k = t - 1
        while k >= doc.sentences[s].tokens.lowerBound && t - k <= window {
            if let found = subject(at: k, doc, index) { return found }
            k -= 1
        }
        return nil
    }

    /// The nearest subject from token t on, before the quote's cue and content, in the sentence.
    static func subjectAfter(_ t: Int, _ q: Quote, _ doc: Document, _ index: MentionIndex) -> Span? {
        guard t < doc.tokens.count,
              let s = QuoteConfidence.sentenceIndex(containing: doc.tokens[t].span.start, doc) else { return nil }
        var limit = doc.sentences[s].span.end
        let at = doc.tokens[t].span.start
        if let c = q.cue, c.start >= at { limit = min(limit, c.start) }
        if q.content.start >= at { limit = min(limit, q.content.start) }
        var k = t
        while k < doc.sentences[s].tokens.upperBound && k - t < window && doc.tokens[k].span.end <= limit {
            if let found = subject(at: k, doc, index) { return found }
            k += 1
        }
        return nil
    }

    static func subject(at k: Int, _ doc: Document, _ index: MentionIndex) -> Span? {
        let tok = doc.tokens[k]
        guard tok.kind == .word, !index.isQuoted(tok.span) else { return nil }
        if isWord(doc.bytes, tok.span, "who") { return tok.span }
        if CueLexicon.wordTable.lookup(doc.bytes, tok.span) == .subjectPronoun,
           Coreference.isPersonalPronoun(doc.bytes, tok.span) || Coreference.isPlural(doc.bytes, tok.span) {
            return tok.span
        }
        if let m = index.mention(overlapping: tok.span), m.span.overlaps(tok.span),
           index.analysis.actors[m.actor].kind != .place {
            return m.span
        }
        return nil
    }

    /// "In", "On", "At" (capitalised, so the word table may not class them).
    static func isPrepositionLike(_ bytes: [UInt8], _ s: Span) -> Bool {
        guard s.length == 2 else { return false }
        let a = WordTable<Int>.lower(bytes[s.start]), b = bytes[s.start + 1]
        return (a == 0x69 || a == 0x6F) && b == 0x6E || a == 0x61 && b == 0x74  // in on at
    }

    static func isAllCapitals(_ s: Span, _ bytes: [UInt8]) -> Bool {
        var letters = 0
        for i in s.start..<s.end {
            let b = bytes[i]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    static func isLowercase(_ bytes: [UInt8], _ s: Span) -> Bool {
        let b = bytes[s.start]
        return b >= 0x61 && b <= 0x7A
    }

    static func endsWith(_ bytes: [UInt8], _ s: Span, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard s.length > n + 2 else { return false }
        let p = suffix.utf8Start
        for i in 0..<n where WordTable<Int>.lower(bytes[s.end - n + i]) != p[i] { return false }
        return true
    }
}
