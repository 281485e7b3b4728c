// What the quote passes ask of a token: its class, whether it is a cue, a comma, a
// quotation mark. Reads bytes in place; no String per token.

struct QuoteContext {
    let bytes: [UInt8]
    let tokens: [Token]
    /// For each token, the quoted span (DirectQuotes) it lies in, marks included; -1 outside.
    var quotedSpanOf: [Int32]
    /// Per token, looked up once (the cue frames ask of each token many times): its word class
    /// (raw value, `noClass` for none) and its cue entry (-1 for none).
    let classOf: [UInt8]
    let cueOf: [Int32]
    static let noClass: UInt8 = 0xFF

    init(_ document: Document) {
        bytes = document.bytes
        tokens = document.tokens
        quotedSpanOf = Array(repeating: -1, count: document.tokens.count)
        var classes = [UInt8](repeating: Self.noClass, count: tokens.count)
        var cues = [Int32](repeating: -1, count: tokens.count)
        let wordTable = CueLexicon.wordTable, cueTable = CueLexicon.cueIndex
        for (t, token) in tokens.enumerated() where token.kind == .word {
            // One hash per word for both tables; an abbreviation's token ("Sen.") is also tried
            // without its period, as WordTable.lookup(_:_:) does.
            let span = token.span
            if let key = WordKey(bytes, span.start, span.end) {
                if let c = wordTable.lookup(key, bytes) { classes[t] = c.rawValue }
                if let i = cueTable.lookup(key, bytes) { cues[t] = i }
            }
            if span.length > 1 && bytes[span.end - 1] == 0x2E, let key = WordKey(bytes, span.start, span.end - 1) {
                if classes[t] == Self.noClass, let c = wordTable.lookup(key, bytes) { classes[t] = c.rawValue }
                if cues[t] < 0, let i = cueTable.lookup(key, bytes) { cues[t] = i }
            }
        }
        classOf = classes
        cueOf = cues
    }

    @inline(__always) func span(_ t: Int) -> Span { tokens[t].span }
    @inline(__always) func kind(_ t: Int) -> TokenKind { tokens[t].kind }
    @inline(__always) func firstByte(_ t: Int) -> UInt8 { bytes[tokens[t].span.start] }

    @inline(__always) func isWord(_ t: Int) -> Bool { tokens[t].kind == .word || tokens[t].kind == .number }

    @inline(__always) func wordClass(_ t: Int) -> WordClass? {
        let c = classOf[t]
        return c == Self.noClass ? nil : WordClass(rawValue: c)
    }

    @inline(__always) func isClass(_ t: Int, _ cls: WordClass) -> Bool { wordClass(t) == cls }

    @inline(__always) func isCapitalized(_ t: Int) -> Bool {
        guard tokens[t].kind == .word else { return false }
        let b = firstByte(t)
        return (b >= 0x41 && b <= 0x5A) || b >= 0xC3 && b <= 0xDE && bytes[tokens[t].span.start + 1] < 0xA0
    }

    @inline(__always) func isLowercaseWord(_ t: Int) -> Bool {
        guard tokens[t].kind == .word else { return false }
        let b = firstByte(t)
        return b >= 0x61 && b <= 0x7A
    }

    /// A one-byte punctuation token equal to `c`.
    @inline(__always) func isPunct(_ t: Int, _ c: UInt8) -> Bool {
        tokens[t].kind == .punctuation && tokens[t].span.length == 1 && bytes[tokens[t].span.start] == c
    }

    @inline(__always) func isComma(_ t: Int) -> Bool { isPunct(t, 0x2C) }
    @inline(__always) func isColon(_ t: Int) -> Bool { isPunct(t, 0x3A) }

    /// . ! ? (a sentence's end) or ; (a clause's end).
    @inline(__always) func isStop(_ t: Int) -> Bool {
        guard tokens[t].kind == .punctuation, tokens[t].span.length == 1 else { return false }
        let c = bytes[tokens[t].span.start]
        return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B
    }

    /// A period that ends an abbreviated title or an initial ("Mr.", "Sen.", "W."), not a sentence.
    @inline(__always) func isAbbreviationPeriod(_ t: Int) -> Bool {
        guard isPunct(t, 0x2E), t > 0, t + 1 < tokens.count, isCapitalized(t - 1),
              span(t - 1).end == span(t).start, isCapitalized(t + 1) || isWord(t + 1) && !isLowercaseWord(t + 1)
        else { return false }
        return span(t - 1).length == 1 || wordClass(t - 1) == .abbreviation
    }

    /// Whether the words of tokens [a, b) are in title case or capitals ("Senator Vance Says
    /// Tariffs Will Return Factories"): at least four words, at most a quarter of them lower
    /// case (the short function words a title leaves so). One pass over the range.
    func isTitleCase(_ a: Int, _ b: Int) -> Bool {
        var words = 0, lower = 0
        for t in a..<b where tokens[t].kind == .word {
            words += 1
            if isLowercaseWord(t) { lower += 1 }
        }
        return words >= 4 && lower * 4 <= words
    }

    /// A stop that really ends a sentence or clause.
    @inline(__always) func isBreak(_ t: Int) -> Bool { isStop(t) && !isAbbreviationPeriod(t) }

    /// The first token starting at or after byte `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The word equals `word` (lower-case ASCII), ignoring case.
    @inline(__always) func wordIs(_ t: Int, _ word: [UInt8]) -> Bool {
        let s = tokens[t].span
        guard s.length == word.count else { return false }
        for i in 0..<word.count where WordTable<Int>.lower(bytes[s.start + i]) != word[i] { return false }
        return true
    }

    /// A word that is a cue verb by itself (not "talks" without "about", not "reports").
    @inline(__always) func isVerbCue(_ t: Int) -> Bool {
        guard let i = cueIndex(t) else { return false }
        return CueLexicon.cueIsVerb[Int(i)]
    }

    /// Whether token t is a cue word at all (any entry).
    @inline(__always) func isCueWord(_ t: Int) -> Bool { cueIndex(t) != nil }

    @inline(__always) func cueIndex(_ t: Int) -> Int32? {
        let i = cueOf[t]
        return i < 0 ? nil : i
    }

    /// The cue starting at token t, with the index of its last token (after a particle).
    /// A cue is lower case, except at the start of a sentence or clause ("According to …") or
    /// in a sentence in title case ("Senator Says Tariffs Will Return").
    func cue(at t: Int, sentenceStart: Int, end: Int, titleCase: Bool = false) -> (entry: CueEntry, last: Int)? {
        guard let i = cueIndex(t) else { return nil }
        let entry = CueLexicon.cueEntries[Int(i)]
        if !isLowercaseWord(t) && !titleCase {
            let initial = t == sentenceStart || (t > 0 && (kind(t - 1) == .quote || isComma(t - 1) || kind(t - 1) == .dash))
            guard initial else { return nil }
        }
        if entry.particles.isEmpty { return (entry, t) }
        if t + 1 < end {
            for p in entry.particles where wordIs(t + 1, p) { return (entry, t + 1) }
        }
        return entry.particleOptional ? (entry, t) : nil
    }
}
