// Pass 4: mention candidates. Runs of capitalised words that name someone or something.
// (A first cut: the actor helper refines it with lexicons of titles, first names and places.)

public struct MentionCandidate: Hashable, Sendable {
    public var span: Span
    public var paragraph: Int
    public init(span: Span, paragraph: Int) {
        self.span = span
        self.paragraph = paragraph
    }
}

enum MentionFinder {
    static let stopwords: Set<String> = ["The", "A", "An", "But", "And", "However", "In", "On", "At", "It",
                                         "He", "She", "They", "We", "I", "This", "That", "If", "While", "As"]

    static func find(in document: Document) -> [MentionCandidate] {
        var out: [MentionCandidate] = []
        let bytes = document.bytes
        for sentence in document.sentences {
            var run: Span? = nil
            for t in sentence.tokens {
                let tok = document.tokens[t]
                let capital = tok.kind == .word && bytes[tok.span.start] >= 0x41 && bytes[tok.span.start] <= 0x5A
                let initial = t == sentence.tokens.lowerBound
                if capital && !(initial && stopwords.contains(document.string(tok.span))) {
                    run = run.map { $0.union(tok.span) } ?? tok.span
                } else if let r = run {
                    out.append(MentionCandidate(span: r, paragraph: sentence.paragraph)); run = nil
                }
            }
            if let r = run { out.append(MentionCandidate(span: r, paragraph: sentence.paragraph)) }
        }
        return out
    }
}
