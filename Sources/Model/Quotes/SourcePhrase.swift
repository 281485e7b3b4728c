// The source of a cue: the phrase before it ("Mr. Smith said", "six officials familiar with
// the talks said", "Smith, a spokesman, said") or after it ("…," said Smith; according to X).

struct SourcePhrase {
    /// Tokens [first, end): the whole phrase, an appositive included.
    var first: Int
    var end: Int
    /// The phrase's head: its last word before any appositive ("Smith" in "Smith, a spokesman,").
    var head: Int
}

enum SourcePhrases {
    static let maxWords = 10
    static let who: [UInt8] = Array("who".utf8)
    static let which: [UInt8] = Array("which".utf8)

    static let articles: WordTable<Bool> = WordTable(
        ["a", "an", "the", "this", "these", "those", "his", "their", "its", "our", "every", "no", "each", "other"]
            .map { ($0, true) })

    /// A determiner that can stand for people: "several", "many", "some", "both" (not "the", "his").
    static func isStandaloneQuantifier(_ ctx: QuoteContext, _ t: Int) -> Bool {
        articles.lookup(ctx.bytes, ctx.span(t)) == nil
    }

    /// A lower-case word ending in -ly ("quietly", "publicly"): an adverb between source and cue.
    @inline(__always)
    static func isAdverb(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.isLowercaseWord(t) else { return false }
        let s = ctx.span(t)
        return s.length > 4 && ctx.bytes[s.end - 1] == 0x79 && ctx.bytes[s.end - 2] == 0x6C
    }

    /// A lower-case word ending in -ing ("saying", "adding").
    @inline(__always)
    static func isParticiple(_ ctx: QuoteContext, _ t: Int) -> Bool {
        guard ctx.isLowercaseWord(t) else { return false }
        let s = ctx.span(t)
        return s.length > 4 && ctx.bytes[s.end - 1] == 0x67 && ctx.bytes[s.end - 2] == 0x6E && ctx.bytes[s.end - 3] == 0x69
    }
    static let to: [UInt8] = Array("to".utf8)

    /// Can token t sit inside a source phrase?
    @inline(__always)
    /// The object-pronoun class holds pronouns (him, them: at most 4 letters) and nouns of
    /// addressees (voters, reporters: 5 or more), which can head a subject.
    static let minNounAddresseeLength = 5

    static func inPhrase(_ ctx: QuoteContext, _ t: Int) -> Bool {
        if ctx.isWord(t) {
            switch ctx.wordClass(t) {
            case .clauseBoundary?, .complementizer?, .be?, .subjectPronoun?: return false
            default: return !ctx.isVerbCue(t) || ctx.isCapitalized(t)
            }
        }
        // The period of an abbreviated title or initial: "Mr. Smith", "Bridget A. Brink".
        return ctx.isAbbreviationPeriod(t)
    }

    /// "continued to insist", "went on to say", "tried to argue": the last token before the
    /// chain's aspectual verb, else c - 1. Bounded: at most two chained verbs.
    static func skipAspectualChain(_ ctx: QuoteContext, before c: Int, lower: Int) -> Int {
        var e = c - 1
        for _ in 0..<2 {
            guard e - 1 >= lower, ctx.wordIs(e, to) else { break }
            var v = e - 1
            if v - 1 >= lower, ctx.wordIs(v, on), ctx.isWord(v - 1) { v -= 1 }  // went on to
            guard CueLexicon.aspectualVerbs.lookup(ctx.bytes, ctx.span(v)) != nil else { break }
            e = v - 1
        }
        return e
    }
    static let on: [UInt8] = Array("on".utf8)

    /// The source ending right before the cue at token c (auxiliaries such as "has also" skipped).
    static func before(_ ctx: QuoteContext, cue c: Int, lower: Int) -> SourcePhrase? {
        var e = skipAspectualChain(ctx, before: c, lower: lower)
        let progressive = isParticiple(ctx, c)
        // "Jo Roe began talking about …", "kept asking": the verb before a gerund cue.
        if progressive, e == c - 1, e > lower, ctx.isLowercaseWord(e),
           CorefLexicon.gerundAspectuals.lookup(ctx.bytes, ctx.span(e)) != nil { e -= 1 }
        while e >= lower && (ctx.wordClass(e) == .auxiliary || isAdverb(ctx, e) || progressive && ctx.wordClass(e) == .be) {
            e -= 1
        }
        guard e >= lower else { return nil }
        // "I always hoped", "He scrapped plans": a pronoun and one word the lexicon does not class
        // before the cue; the word is an adverb or a verb, the pronoun the source.
        if e - 1 >= lower, ctx.isLowercaseWord(e), ctx.wordClass(e) == nil, !ctx.isCueWord(e),
           ctx.wordClass(e - 1) == .subjectPronoun { e -= 1 }
        // "Smith, who said …": the relative pronoun is the source (Coreference finds its actor).
        if ctx.wordIs(e, who) || ctx.wordIs(e, which) { return SourcePhrase(first: e, end: e + 1, head: e) }
        var end = e + 1
        if ctx.isComma(e) {
            // An appositive: "Smith, a former aide, said".
            var k = e - 1
            while k > lower && !ctx.isComma(k) && !ctx.isBreak(k) && ctx.kind(k) != .quote && e - k < 40 { k -= 1 }
            guard k > lower, ctx.isComma(k), k < e - 1 else { return nil }
            end = e
            e = k - 1
        }
        // "Sen. Jane Roe (D-Ore.) said": the bracket belongs to the phrase, the head is before it.
        if e > lower, ctx.isPunct(e, 0x29) {
            var k = e - 1
            while k > lower && !ctx.isPunct(k, 0x28) && e - k < 10 { k -= 1 }
            guard ctx.isPunct(k, 0x28) else { return nil }
            e = k - 1
        }
        guard e >= lower, ctx.isWord(e), !ctx.wordIs(e, to) else { return nil }
        if ctx.wordClass(e) == .subjectPronoun { return SourcePhrase(first: e, end: end, head: e) }
        // "Several said", "Many believe": a quantifier standing alone is a source.
        if ctx.wordClass(e) == .determiner, isStandaloneQuantifier(ctx, e), e == lower || !inPhrase(ctx, e - 1) {
            return SourcePhrase(first: e, end: end, head: e)
        }
        switch ctx.wordClass(e) {
        case .determiner?, .preposition?, .auxiliary?, .be?, .clauseBoundary?, .complementizer?:
            return nil
        case .objectPronoun?:
            // "him", "them" are no subject; "voters", "reporters" (addressees after "told") are nouns that can be.
            guard ctx.span(e).length >= minNounAddresseeLength else { return nil }
        default: break
        }
        guard inPhrase(ctx, e) else { return nil }
        var f = e, words = 1
        while f - 1 >= lower && words < maxWords && inPhrase(ctx, f - 1) {
            f -= 1
            if ctx.isWord(f) { words += 1 }
        }
        // "officials who spoke with the Post said": the phrase is a restrictive relative clause
        // (opening with a verb); its noun phrase before "who" is the source.
        if f - 2 >= lower, ctx.wordIs(f - 1, who), ctx.isLowercaseWord(f), ctx.wordClass(f) == nil || ctx.wordClass(f) == .auxiliary,
           !isParticiple(ctx, f), inPhrase(ctx, f - 2), ctx.isWord(f - 2) {
            var g = f - 2, n = 1
            while g - 1 >= lower && n < maxWords && inPhrase(ctx, g - 1) {
                g -= 1
                if ctx.isWord(g) { n += 1 }
            }
            return SourcePhrase(first: g, end: f - 1, head: f - 2)
        }
        // "On Tuesday the president said": start at the determiner after a leading preposition.
        if ctx.wordClass(f) == .preposition || (ctx.isCapitalized(f) && isPrepositionLike(ctx, f)) {
            var d = f + 1
            while d < e && ctx.wordClass(d) != .determiner { d += 1 }
            if d < e { f = d }
        }
        return SourcePhrase(first: f, end: end, head: e)
    }

    /// "In", "On", "At" … opening a sentence before the subject.
    @inline(__always)
    static func isPrepositionLike(_ ctx: QuoteContext, _ t: Int) -> Bool {
        let s = ctx.span(t)
        guard s.length == 2 else { return false }
        let a = WordTable<Int>.lower(ctx.bytes[s.start]), b = ctx.bytes[s.start + 1]
        return (a == 0x69 || a == 0x6F || a == 0x61) && (b == 0x6E || b == 0x74)  // in on at
    }

    /// "former governor Jo Roe", "retired surgeon Al Bo", "campaign manager Jo Roe": at most
    /// `maxTitleWords` lower-case words (no function word, cue or adverb) before a capitalised
    /// word: a title or description in front of a name.
    static func opensTitledName(_ ctx: QuoteContext, _ t: Int, _ upper: Int) -> Bool {
        var k = t
        while k < upper && k - t < maxTitleWords && ctx.isLowercaseWord(k) && ctx.wordClass(k) == nil
                && !ctx.isCueWord(k) && !isAdverb(ctx, k) && !isParticiple(ctx, k) { k += 1 }
        return k > t && k < upper && ctx.isCapitalized(k)
    }
    static let maxTitleWords = 3

    /// The source starting at token t ("said Smith, a spokesman."; "according to a poll by X").
    /// `open` lets it start with a lower-case word (after "according to").
    static func after(_ ctx: QuoteContext, from t: Int, upper: Int, open: Bool, stopAtVerbs: Bool = false) -> SourcePhrase? {
        guard t < upper, ctx.isWord(t) else { return nil }
        let cls = ctx.wordClass(t)
        if cls == .subjectPronoun { return SourcePhrase(first: t, end: t + 1, head: t) }
        guard open || ctx.isCapitalized(t) || cls == .determiner || opensTitledName(ctx, t, upper) else { return nil }
        var e = t, words = 1
        while e + 1 < upper && words < maxWords + 4 {
            let n = e + 1
            if ctx.isWord(n) {
                let c = ctx.wordClass(n)
                if c == .clauseBoundary || c == .complementizer || c == .be || c == .subjectPronoun { break }
                if stopAtVerbs && (c == .auxiliary || isAdverb(ctx, n) || ctx.isLowercaseWord(n)
                                   && ctx.isCueWord(n)) { break }
                if !open && !ctx.isCapitalized(n) && ctx.isVerbCue(n) { break }
                words += 1
            } else if !inPhrase(ctx, n) {
                break
            }
            e = n
        }
        // End on a word, not on "of" or "the".
        while e > t, let c = ctx.wordClass(e), c == .determiner || c == .preposition { e -= 1 }
        return SourcePhrase(first: t, end: e + 1, head: e)
    }
}
