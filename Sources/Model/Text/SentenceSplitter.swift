// Pass 3: sentences, within paragraphs. A sentence ends at . ! ? or … (taking any closing
// quotation marks and brackets right after it, so a sentence may end inside quotes) when the next
// token opens a sentence: a capital, a digit or an opening mark. Abbreviations and initials keep
// their period in the word (see Tokenizer); of those, only ones like "U.S." or "Inc." may end a
// sentence, and only before a capitalised function word ("… in the U.S. The next day").

enum SentenceSplitter {
    static func split(_ document: Document) -> ([Sentence], [Paragraph]) {
        let bytes = document.bytes, tokens = document.tokens
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 20 + 1)
        var paragraphs = document.paragraphs
        var t = 0
        for p in paragraphs.indices {
            let pspan = paragraphs[p].span
            while t < tokens.count && tokens[t].span.end <= pspan.start { t += 1 }
            let first = sentences.count
            var start = t
            while t < tokens.count && tokens[t].span.start < pspan.end {
                let tok = tokens[t]
                t += 1
                let strong: Bool
                if tok.kind == .punctuation {
                    guard isTerminator(bytes, tok) else { continue }
                    strong = true
                } else if tok.kind == .word && bytes[tok.span.end - 1] == 0x2E {
                    guard mayEndSentence(bytes, tok) else { continue }
                    strong = false
                } else { continue }
                // Further terminators ("?!", "..."), then closing marks that touch the previous token.
                while t < tokens.count && tokens[t].span.start < pspan.end && tokens[t].kind == .punctuation
                    && isTerminator(bytes, tokens[t]) { t += 1 }
                while t < tokens.count && tokens[t].span.start < pspan.end
                    && tokens[t].span.start == tokens[t - 1].span.end && isClosing(bytes, tokens[t]) { t += 1 }
                let atEnd = t >= tokens.count || tokens[t].span.start >= pspan.end
                if !atEnd {
                    let next = tokens[t]
                    if strong {
                        guard opensSentence(bytes, next) else { continue }
                    } else {
                        guard next.kind == .word, isUpper(bytes, next.span.start),
                              Lexicon.flags(LexiconHash.hash(bytes, next.span)).contains(.stop) else { continue }
                    }
                }
                sentences.append(Sentence(span: Span(tokens[start].span.start, tokens[t - 1].span.end),
                                          paragraph: p, tokens: start..<t))
                start = t
            }
            if start < t {
                sentences.append(Sentence(span: Span(tokens[start].span.start, tokens[t - 1].span.end),
                                          paragraph: p, tokens: start..<t))
            }
            paragraphs[p].sentences = first..<sentences.count
        }
        return (sentences, paragraphs)
    }

    /// . ! ? or … (a single-byte mark, or U+2026).
    @inline(__always)
    private static func isTerminator(_ bytes: [UInt8], _ token: Token) -> Bool {
        let c = bytes[token.span.start]
        if token.span.length == 1 { return c == 0x2E || c == 0x21 || c == 0x3F }
        return token.span.length == 3 && c == 0xE2 && bytes[token.span.start + 1] == 0x80 && bytes[token.span.start + 2] == 0xA6
    }

    /// A word with a kept period that may close a sentence: "U.S.", "Inc.", "a.m.", not "Mr." or "A.".
    private static func mayEndSentence(_ bytes: [UInt8], _ token: Token) -> Bool {
        let f = Lexicon.flags(LexiconHash.hash(bytes, token.span))
        if f.contains(.sentenceEndingAbbreviation) { return true }
        if f.contains(.abbreviation) || f.contains(.title) { return false }
        // Unlisted dotted abbreviations ("N.Y.U.") may end one; a single initial ("A.") may not.
        return token.span.length > 2
    }

    @inline(__always)
    static func isUpper(_ bytes: [UInt8], _ offset: Int) -> Bool {
        let b = bytes[offset]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return ScalarClass.isUppercase(UTF8Scalars.scalar(bytes, offset).0)
    }

    private static func opensSentence(_ bytes: [UInt8], _ token: Token) -> Bool {
        switch token.kind {
        case .word: return isUpper(bytes, token.span.start)
        case .number, .quote, .dash: return true
        case .punctuation:
            let b = bytes[token.span.start]
            return b == 0x28 || b == 0x5B  // ( [
        }
    }

    private static func isClosing(_ bytes: [UInt8], _ token: Token) -> Bool {
        if token.kind == .quote {
            let s = UTF8Scalars.scalar(bytes, token.span.start).0
            return s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == "\u{00BB}" || s == "\u{203A}"
        }
        guard token.kind == .punctuation, token.span.length == 1 else { return false }
        let b = bytes[token.span.start]
        return b == 0x29 || b == 0x5D  // ) ]
    }
}
