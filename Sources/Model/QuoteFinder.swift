// Pass 6: quotes. Text between quotation marks within a paragraph (direct quotes).
// (A first cut: the quote helper adds reported speech, split and multi-paragraph quotes.)

/// The rule that found or attributed a quote, like CoreNLP's sieves.
public enum QuoteRule: String, CaseIterable, Sendable {
    case quotationMarks = "quotation-marks"
}

enum QuoteFinder {
    static func find(in analysis: Analysis) -> [Quote] {
        let document = analysis.document
        var quotes: [Quote] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            var open: Int? = nil
            for sentence in document.sentences[paragraph.sentences] {
                for t in sentence.tokens where document.tokens[t].kind == .quote {
                    let span = document.tokens[t].span
                    let scalar = Tokenizer.decode(document.bytes, span.start).0
                    guard scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" else { continue }
                    if let o = open {
                        if span.start > o { quotes.append(Quote(kind: .direct, paragraph: p, parts: [Span(o, span.start)], rule: .quotationMarks)) }
                        open = nil
                    } else if scalar != "\u{201D}" {
                        open = span.end
                    }
                }
            }
        }
        return quotes
    }
}
