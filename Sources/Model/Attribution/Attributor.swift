// Pass 7: attribution. Checks that each quote's speaker phrase is a noun phrase (SpeakerCheck),
// gives it its actor (Coreference: "he" is the person who spoke last nearby, else the person
// named last), and a quotation with no cue of its own the speaker in focus: the last quote's,
// in the same or the previous paragraph, unless another person is named as the subject of a
// sentence in between (then that person's). A speaker-colon line whose "speaker" is a label
// ("UPDATE:", "Iowa:") is dropped. Bodies and documents as sources ("the British
// government", "The announcement") go through BodySources.

enum Attributor {
    static func attribute(_ quotes: [Quote], in analysis: Analysis, reusing mentions: MentionIndex? = nil) -> [Quote] {
        let index = mentions.map { $0.with(analysis, quotes: quotes) } ?? MentionIndex(analysis, quotes: quotes)
        // "Iowa: …", "UPDATE: …": a label before a colon is no speaker, and its line no quote.
        var out = quotes.filter { q in
            !(q.rule == .speakerColon && q.speaker.map { SpeakerCheck.isLabel($0.span, index: index) } ?? false)
        }
        var focus: (speaker: Speaker, paragraph: Int, end: Int)? = nil
        var personFocus: (actor: Int, paragraph: Int, start: Int)? = nil
        for i in out.indices {
            if let found = out[i].speaker {
                out[i].speaker = SpeakerCheck.checked(found.span, of: out[i], index: index).map { Speaker(span: $0) }
            }
            if out[i].cue == nil, let f = focus, out[i].paragraph - f.paragraph <= 1,
               out[i].speaker.map({ $0.span == f.speaker.span }) ?? true,
               let subject = newSubject(between: f.end, and: out[i].content.start, other: f.speaker.actor, index: index) {
                // Another person became the subject since the focus spoke: the quotation is theirs.
                out[i].speaker = Speaker(span: subject)
            }
            let focused = focus.map { out[i].paragraph - $0.paragraph <= 1 } ?? false
            if out[i].speaker == nil, out[i].cue == nil, !focused, out[i].paragraph > 0,
               let subject = newSubject(between: analysis.document.paragraphs[out[i].paragraph - 1].span.start,
                                        and: out[i].content.start, other: nil, index: index) {
                // No one in focus: "Jo Roe kept up the attack.¶“…”" — the person who just became the subject speaks.
                out[i].speaker = Speaker(span: subject)
            }
            if var sp = out[i].speaker {
                // The person who spoke last, when that was in this or the previous paragraph.
                var lastSpeaker: Int? = nil
                if let (a, p, start) = personFocus, out[i].paragraph - p <= 1, start < sp.span.start { lastSpeaker = a }
                sp.actor = Coreference.actor(for: sp.span, index: index, lastSpeaker: lastSpeaker)
                    ?? BodySources.institution(sp.span, index: index)
                    ?? BodySources.document(sp.span, paragraph: out[i].paragraph, earlier: out[..<i], analysis.document)
                out[i].speaker = sp
                if let a = sp.actor, analysis.actors[a].kind == .person { personFocus = (a, out[i].paragraph, sp.span.start) }
            } else if out[i].cue == nil, let f = focus, out[i].paragraph - f.paragraph <= 1 {
                out[i].speaker = f.speaker
            }
            if let sp = out[i].speaker { focus = (sp, out[i].paragraph, max(out[i].content.end, sp.span.end)) }
        }
        return out
    }

    /// The person other than `actor` named last, outside quotations, as the subject opening a
    /// sentence between `from` and `to` ("Smith said … . Jones, the mayor, disagreed. “…”"); nil
    /// when none is, or `actor` is named so after them. Bounded by the mentions between the offsets.
    static func newSubject(between from: Int, and to: Int, other actor: Int?, index: MentionIndex) -> Span? {
        guard from < to else { return nil }
        let doc = index.analysis.document
        var i = index.countBefore(from), found: Span? = nil
        while i < index.order.count {
            let m = index.analysis.mentions[index.order[i]]
            if m.span.start >= to { break }
            i += 1
            guard index.analysis.actors[m.actor].kind == .person, !index.isQuoted(m.span),
                  let t = Coreference.tokenIndex(at: m.span.start, doc),
                  let s = QuoteConfidence.sentenceIndex(containing: m.span.start, doc) else { continue }
            var first = doc.sentences[s].tokens.lowerBound
            // "But Jones …", "And Jones …".
            if first < t, CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[first].span) == .clauseBoundary { first += 1 }
            // A subject opening the sentence, or right after an opening quotation mark, or after
            // words that only qualify it ("Iowa State University's Jo Roe agreed.", "Former Sen. Jo Roe").
            if t == first || t == first + 1 && doc.tokens[first].kind == .quote || qualifiesName(first, t, doc) {
                found = m.actor == actor ? nil : m.span
            }
        }
        return found
    }

    /// Whether tokens [first, t) are at most `maxQualifierTokens` capitalised words, possessives,
    /// abbreviation periods or lower-case title words ("former", "state"), opening with a
    /// capitalised word: a name's qualifiers, so that the name at t is the sentence's subject.
    static func qualifiesName(_ first: Int, _ t: Int, _ doc: Document) -> Bool {
        guard first < t, t - first <= maxQualifierTokens, doc.tokens[first].kind == .word,
              SpeakerCheck.isCapitalized(doc.bytes, doc.tokens[first].span) else { return false }
        for k in first..<t {
            let tok = doc.tokens[k]
            if tok.kind == .punctuation && tok.span.length == 1 && doc.bytes[tok.span.start] == 0x2E { continue }
            guard tok.kind == .word else { return false }
            if SpeakerCheck.isCapitalized(doc.bytes, tok.span) {
                // "In", "At", "On", "After": a preposition or clause word opens an adverbial, not a name.
                if let cls = CueLexicon.wordTable.lookup(doc.bytes, tok.span), cls != .abbreviation { return false }
                continue
            }
            guard CueLexicon.wordTable.lookup(doc.bytes, tok.span) == nil,
                  CueLexicon.cueIndex.lookup(doc.bytes, tok.span) == nil, !SpeakerCheck.endsWith(doc.bytes, tok.span, "ed"),
                  !SpeakerCheck.endsWith(doc.bytes, tok.span, "ing") else { return false }
        }
        return true
    }
    static let maxQualifierTokens = 6
}
