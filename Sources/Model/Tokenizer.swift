// Pass 2: tokens. Words (with word-internal apostrophes, periods and hyphens), numbers,
// quotation marks, dashes and other punctuation, as byte spans. Whitespace is skipped.

enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1; continue }
            let (scalar, width) = decode(bytes, i)
            if isWordScalar(scalar) {
                var j = i + width
                var digitsOnly = scalar.properties.numericType != nil
                while j < n {
                    let (s, w) = decode(bytes, j)
                    if isWordScalar(s) {
                        if s.properties.numericType == nil { digitsOnly = false }
                        j += w
                    } else if isJoiner(s), j + w < n, isWordScalar(decode(bytes, j + w).0) {
                        j += w  // Trump's, cease-fire, U.S, 2.5
                    } else { break }
                }
                // Keep an abbreviation's final period: "U.S." (a letter, a period, a letter, a period).
                if j < n, bytes[j] == 0x2E, j - i >= 3, bytes[j - 2] == 0x2E { j += 1 }
                tokens.append(Token(span: Span(i, j), kind: digitsOnly ? .number : .word))
                i = j
                continue
            }
            let kind: TokenKind
            switch scalar {
            case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "'": kind = .quote
            case "\u{2014}", "\u{2013}": kind = .dash
            default: kind = scalar.properties.isWhitespace ? .punctuation : .punctuation
            }
            if scalar.properties.isWhitespace { i += width; continue }
            tokens.append(Token(span: Span(i, i + width), kind: kind))
            i += width
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "." || s == "-" || s == "&"
    }

    /// Decodes one scalar at byte offset i; invalid bytes decode as U+FFFD of width 1.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        var width = 0, value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { width = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { width = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { width = 4; value = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard i + width <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<width {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
