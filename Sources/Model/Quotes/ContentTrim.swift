// Pass 6c: content that ends where the annotators end it. A stance verb's object is a noun
// phrase ("criticized the plan on Monday" → "the plan"): a trailing adjunct of time or
// occasion ("on Monday", "during the debate", "in a statement") modifies the verb, not the
// object, and is cut off.

enum ContentTrim {
    static func trim(_ quotes: [Quote], in document: Document) -> [Quote] {
        var out = quotes
        for i in out.indices where out[i].rule == .stanceVerb && out[i].parts.count == 1 {
            out[i].parts[0] = trimmed(out[i].parts[0], document)
        }
        return out
    }

    /// The part up to the first adjunct of time or occasion after its first two words.
    static func trimmed(_ part: Span, _ doc: Document) -> Span {
        guard var t = Coreference.tokenIndex(at: part.start, doc) else { return part }
        var words = 0
        while t < doc.tokens.count && doc.tokens[t].span.end <= part.end {
            let tok = doc.tokens[t]
            if tok.kind == .word {
                if words >= 2 && opensAdjunct(t, doc) {
                    var end = t - 1
                    while end > 0 && doc.tokens[end].kind == .punctuation && doc.bytes[doc.tokens[end].span.start] == 0x2C { end -= 1 }
                    return Span(part.start, max(doc.tokens[end].span.end, part.start))
                }
                words += 1
            } else if words >= 2 && isDash(tok.span, doc) {
                // "… as “reckless” — a charge she denied": an aside, not the object.
                var end = t - 1
                while end > 0 && doc.tokens[end].kind == .punctuation && doc.bytes[doc.tokens[end].span.start] == 0x2C { end -= 1 }
                return Span(part.start, max(doc.tokens[end].span.end, part.start))
            }
            t += 1
        }
        return part
    }

    /// An em or en dash (a spaced hyphen is as often a compound's, and cutting there loses more).
    static func isDash(_ s: Span, _ doc: Document) -> Bool {
        let b = doc.bytes
        if s.length == 3, b[s.start] == 0xE2, b[s.start + 1] == 0x80, b[s.start + 2] == 0x94 || b[s.start + 2] == 0x93 { return true }
        return false
    }

    static func opensAdjunct(_ t: Int, _ doc: Document) -> Bool {
        let s = doc.tokens[t].span
        if CueLexicon.adjunctOpeners.lookup(doc.bytes, s) != nil { return true }
        // "on Monday", "in a statement", "at the rally"
        guard CueLexicon.occasionPrepositions.lookup(doc.bytes, s) != nil, t + 1 < doc.tokens.count else { return false }
        let next = doc.tokens[t + 1].span
        if CueLexicon.timeWords.lookup(doc.bytes, next) != nil { return true }
        guard CueLexicon.wordTable.lookup(doc.bytes, next) == .determiner, t + 2 < doc.tokens.count else { return false }
        return CueLexicon.occasionNouns.lookup(doc.bytes, doc.tokens[t + 2].span) != nil
    }
}
