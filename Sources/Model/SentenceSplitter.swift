// Pass 3: sentences, within paragraphs. A sentence ends at . ! or ? (with any closing
// quotation mark after it) followed by a capitalised word or an opening mark; known
// abbreviations and initials do not end one.

enum SentenceSplitter {
    static func split(_ document: Document) -> ([Sentence], [Paragraph]) {
        let bytes = document.bytes, tokens = document.tokens
        var sentences: [Sentence] = []
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
                guard tok.kind == .punctuation, tok.span.length == 1 else { continue }
                let c = bytes[tok.span.start]
                guard c == 0x2E || c == 0x21 || c == 0x3F else { continue }
                while t < tokens.count && tokens[t].span.start < pspan.end && tokens[t].kind == .quote
                    && isClosing(bytes, tokens[t]) { t += 1 }
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

    private static func isClosing(_ bytes: [UInt8], _ token: Token) -> Bool {
        let s = Tokenizer.decode(bytes, token.span.start).0
        return s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == "\u{00BB}"
    }
}
