// Pass 7: attribution. For each quote, the cue ("said") and the speaker near it.
// (A first cut: the quote helper replaces it with ordered sieves and pronoun resolution.)

enum Attributor {
    static let cues: Set<String> = ["said", "says", "told", "added", "asked", "wrote"]

    static func attribute(_ quotes: [Quote], in analysis: Analysis) -> [Quote] {
        let document = analysis.document
        return quotes.map { quote in
            var q = quote
            let paragraph = document.paragraphs[quote.paragraph]
            let toks = document.sentences[paragraph.sentences].flatMap { Array($0.tokens) }
            guard let cue = toks.first(where: { cues.contains(document.string(document.tokens[$0].span)) }) else { return q }
            q.cue = document.tokens[cue].span
            let near = analysis.mentions.filter { $0.paragraph == quote.paragraph && !quote.content.overlaps($0.span) }
                .min { abs($0.span.start - q.cue!.start) < abs($1.span.start - q.cue!.start) }
            if let m = near { q.speaker = Speaker(span: m.span, actor: m.actor) }
            return q
        }
    }
}
