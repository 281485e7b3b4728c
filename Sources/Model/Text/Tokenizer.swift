// Pass 2: tokens. Words (with word-internal apostrophes, periods and hyphens), numbers,
// quotation marks, dashes and other punctuation, as byte spans. Whitespace is skipped.
//
// A token of kind .quote is a real quotation mark. An apostrophe inside a word ("don’t",
// "Trump’s"), an elision before digits ("’90s") and a plural possessive ("voters’", when no
// single quotation is open on that line) belong to the word. Abbreviations keep their period:
// "U.S.", "Mr.", "Jan.", and initials such as the "A." of "Bridget A. Brink".

enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var singleQuoteOpen = false   // an opening ‘ or ' seen on this line and not yet closed
        var afterSpace = true          // the previous byte was whitespace (or the text start)
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let cls = asciiClass(b)
                if cls == .space {
                    if b == 0x0A || b == 0x0D { singleQuoteOpen = false }
                    i += 1; afterSpace = true; continue
                }
                if cls == .letter || cls == .digit {
                    let j = wordEnd(bytes, i, singleQuoteOpen: singleQuoteOpen)
                    tokens.append(Token(span: Span(i, j.end), kind: j.digitsOnly ? .number : .word))
                    i = j.end; afterSpace = false; continue
                }
                if b == 0x22 {  // "
                    tokens.append(Token(span: Span(i, i + 1), kind: .quote)); i += 1; afterSpace = false; continue
                }
                if b == 0x27 {  // ' : opening at a word's start, closing after one
                    let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0x20
                    if afterSpace, isDigit(next), digitsThenS(bytes, i + 1) {
                        let j = wordEnd(bytes, i + 1, singleQuoteOpen: singleQuoteOpen)
                        tokens.append(Token(span: Span(i, j.end), kind: .word))
                        i = j.end; afterSpace = false; continue
                    }
                    if afterSpace || isOpeningContext(tokens, bytes) { singleQuoteOpen = true }
                    else { singleQuoteOpen = false }
                    tokens.append(Token(span: Span(i, i + 1), kind: .quote)); i += 1; afterSpace = false; continue
                }
                if b == 0x2D {  // - : a spaced hyphen or a double hyphen is a dash
                    var j = i + 1
                    while j < n && bytes[j] == 0x2D { j += 1 }
                    let spaced = afterSpace && (j >= n || asciiClass(bytes[j]) == .space)
                    tokens.append(Token(span: Span(i, j), kind: (spaced || j - i >= 2) ? .dash : .punctuation))
                    i = j; afterSpace = false; continue
                }
                tokens.append(Token(span: Span(i, i + 1), kind: .punctuation))
                i += 1; afterSpace = false; continue
            }
            let (scalar, width) = UTF8Scalars.scalar(bytes, i)
            if isWordScalar(scalar) {
                let j = wordEnd(bytes, i, singleQuoteOpen: singleQuoteOpen)
                tokens.append(Token(span: Span(i, j.end), kind: j.digitsOnly ? .number : .word))
                i = j.end; afterSpace = false; continue
            }
            switch scalar {
            case "\u{2018}":  // ‘ opens, unless it elides digits: ‘90s
                if i + width < n, isDigit(bytes[i + width]), digitsThenS(bytes, i + width) {
                    let j = wordEnd(bytes, i + width, singleQuoteOpen: singleQuoteOpen)
                    tokens.append(Token(span: Span(i, j.end), kind: .word))
                    i = j.end; afterSpace = false; continue
                }
                singleQuoteOpen = true
                tokens.append(Token(span: Span(i, i + width), kind: .quote))
            case "\u{2019}":  // ’ at a word's start opens (or elides digits), after one closes
                if afterSpace, i + width < n, isDigit(bytes[i + width]), digitsThenS(bytes, i + width) {
                    let j = wordEnd(bytes, i + width, singleQuoteOpen: singleQuoteOpen)
                    tokens.append(Token(span: Span(i, j.end), kind: .word))
                    i = j.end; afterSpace = false; continue
                }
                singleQuoteOpen = afterSpace
                tokens.append(Token(span: Span(i, i + width), kind: .quote))
            case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2039}", "\u{203A}":
                tokens.append(Token(span: Span(i, i + width), kind: .quote))
            case "\u{2014}", "\u{2013}", "\u{2015}", "\u{2012}":
                tokens.append(Token(span: Span(i, i + width), kind: .dash))
            default:
                if ScalarClass.isWhitespace(scalar) || scalar.value == 0xFEFF {
                    if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { singleQuoteOpen = false }
                    i += width; afterSpace = true; continue
                }
                tokens.append(Token(span: Span(i, i + width), kind: .punctuation))
            }
            i += width; afterSpace = false
        }
        return tokens
    }

    /// A ' right after an opening bracket, a dash or an opening double quote opens a quotation.
    private static func isOpeningContext(_ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        guard let last = tokens.last else { return true }
        if last.kind == .dash { return true }
        let b = bytes[last.span.start]
        return last.span.length == 1 && (b == 0x28 || b == 0x5B || b == 0x22)
            || (last.kind == .quote && last.span.length == 3 && bytes[last.span.start + 2] == 0x9C)
    }

    /// Digits then "s" and a non-letter: the "90s" of "’90s".
    private static func digitsThenS(_ bytes: [UInt8], _ i: Int) -> Bool {
        var j = i
        while j < bytes.count && isDigit(bytes[j]) { j += 1 }
        guard j - i == 2 || j - i == 4, j < bytes.count, bytes[j] == 0x73 else { return false }
        return j + 1 >= bytes.count || !isLetterByte(bytes[j + 1])
    }

    /// The end of the word starting at i, and whether it holds only digits (and , . between digits).
    @inline(__always)
    private static func wordEnd(_ bytes: [UInt8], _ i: Int, singleQuoteOpen: Bool) -> (end: Int, digitsOnly: Bool) {
        let n = bytes.count
        var j = i
        var digitsOnly = true
        var internalPeriod = false
        var letters = 0
        while j < n {
            let b = bytes[j]
            if b < 0x80 {
                let cls = asciiClass(b)
                if cls == .letter { digitsOnly = false; letters += 1; j += 1; continue }
                if cls == .digit { j += 1; continue }
                // Joiners: ' . - & between word characters; , between digits.
                if b == 0x27 || b == 0x2E || b == 0x2D || b == 0x26 || b == 0x2C || b == 0x2F {
                    guard j + 1 < n, j > i else { break }
                    let next = bytes[j + 1]
                    let nextIsWord = next < 0x80 ? (asciiClass(next) == .letter || asciiClass(next) == .digit)
                                                 : isWordScalar(UTF8Scalars.scalar(bytes, j + 1).0)
                    guard nextIsWord else { break }
                    if b == 0x2C || b == 0x2F {  // 3,000 and 9/11: digits only
                        guard isDigit(bytes[j - 1]), isDigit(next) else { break }
                    }
                    if b == 0x2E {
                        // "U.S", "Ph.D", "2.5" join; "said.Trump" (a missing space) does not.
                        var segment = 0
                        while segment < 3 && j - segment - 1 >= i && bytes[j - segment - 1] != 0x2E { segment += 1 }
                        let digits = isDigit(bytes[j - 1]) && isDigit(next)
                        guard digits || segment <= 2 else { break }
                        internalPeriod = true
                    }
                    j += 1; continue
                }
                break
            }
            let (s, w) = UTF8Scalars.scalar(bytes, j)
            if isWordScalar(s) {
                if !ScalarClass.isNumeric(s) { digitsOnly = false; letters += 1 }
                j += w; continue
            }
            if s == "\u{2019}", j + w < n {
                let next = bytes[j + w]
                let nextIsWord = next < 0x80 ? asciiClass(next) == .letter : isWordScalar(UTF8Scalars.scalar(bytes, j + w).0)
                if nextIsWord { j += w; continue }
            }
            break
        }
        guard j < n else { return (j, digitsOnly) }
        let b = bytes[j]
        if b == 0x2E && !digitsOnly {
            // Keep an abbreviation's period: "U.S." and "a.m.", an initial "A.", a listed "Mr." or "Calif.".
            let next: UInt8 = j + 1 < n ? bytes[j + 1] : 0x20
            if next != 0x2E {
                if internalPeriod && bytes[j - 2] == 0x2E { return (j + 1, false) }
                if letters == 1 && j - i == 1 && bytes[i] >= 0x41 && bytes[i] <= 0x5A { return (j + 1, false) }
                if j - i <= 12 {
                    let h = LexiconHash.mix(LexiconHash.hash(bytes, Span(i, j)), 0x2E)
                    let f = Lexicon.words.abbreviationFlags(h)
                    if f.contains(.abbreviation) && (f.contains(.lowercaseAbbreviation) || bytes[i] < 0x61) {
                        return (j + 1, false)
                    }
                }
            }
        } else if !digitsOnly && !singleQuoteOpen && (bytes[j - 1] == 0x73 || bytes[j - 1] == 0x53) {
            // A plural possessive: "voters’ " or "voters' " with no single quotation open.
            if b == 0x27 { return (j + 1, false) }
            if b == 0xE2, j + 2 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 { return (j + 3, false) }
        }
        return (j, digitsOnly)
    }

    enum ByteClass: UInt8 { case space, letter, digit, other }

    /// The class of an ASCII byte (branches, not a table: a static table costs a lazy-init check per byte).
    @inline(__always)
    static func asciiClass(_ b: UInt8) -> ByteClass {
        if (b | 0x20) &- 0x61 < 26 { return .letter }
        if b &- 0x30 < 10 { return .digit }
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return .space }
        return .other
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return ScalarClass.isWord(s)
    }

    @inline(__always)
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "." || s == "-" || s == "&"
    }
}
