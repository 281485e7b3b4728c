// One line of plain English per quote rule, so the reader can say why a quote was found.
// Data, not a switch: rules added later fall back to their name until explained here.

extension QuoteRule {
    static let explanations: [QuoteRule: String] = [
        .quoteThenCue: "a quotation followed by its cue and speaker — “…,” X said.",
        .cueThenQuote: "a speaker and cue verb introducing a quotation — X said: “…”",
        .cueThenClause: "a cue verb followed by its clause — X said (that) …",
        .clauseThenCue: "a clause followed by its speaker and cue — …, X said.",
        .cueInsideClause: "the speaker and cue set inside the clause — The plan, X said, is dead.",
        .quoteThenVerb: "a quotation followed by a name and a verb the cue list lacks — “…,” X retorted.",
        .quoteThenDash: "a quotation signed with a dash and a name — “…” — X",
        .speakerColon: "a name and a colon opening a paragraph, as in a transcript — X: …",
        .accordingTo: "an attribution with “according to” — according to X, …",
        .stanceVerb: "a stance verb and what follows it — X endorsed / criticized / refused …",
        .participleCue: "a participle continuing an earlier cue — X said …, adding that …",
        .question: "a question put to someone, its asker named only after “by” — Asked whether …, X said",
        .passiveCue: "a cue verb in the passive, its source the by-agent if named — X was criticized as … by Y",
        .raisingVerb: "an impression or expectation — X seems to … (X holds it) / X is expected to … (no holder named)",
        .quotationMarks: "a quotation with no cue of its own: its speaker is the one in focus",
        .thatClause: "a quotation inside a clause opened by “that” — her claim that she “never …”",
    ]

    /// What this rule recognises, in one line; the rule's name when not yet explained.
    public var explanation: String { QuoteRule.explanations[self] ?? rawValue }
}

/// How a quote's speaker span reaches its actor, for explaining an attribution.
public enum SpeakerResolution: String, Sendable {
    /// The span is a mention of the actor ("Mr. Trump").
    case named
    /// A pronoun ("he", "who") resolved to the person in focus or the name before it.
    case pronoun
    /// A description ("the senator") resolved to the person last given that title.
    case description
    /// A source with no actor ("a White House official").
    case unresolved
}

extension Analysis {
    /// How quote `q`'s speaker was resolved; nil when the quote has no speaker.
    public func speakerResolution(of q: Int) -> SpeakerResolution? {
        guard q >= 0, q < quotes.count, let sp = quotes[q].speaker else { return nil }
        guard let a = sp.actor, a < actors.count else { return .unresolved }
        let doc = document
        if let head = Coreference.headToken(of: sp.span, doc) {
            let h = doc.tokens[head].span
            if CueLexicon.wordTable.lookup(doc.bytes, h) == .subjectPronoun || Coreference.isRelativePronoun(doc.bytes, h) {
                return .pronoun
            }
        }
        // A mention of the actor inside the span: binary search the actor's mentions (text order).
        let ms = actors[a].mentions
        var lo = 0, hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[ms[mid]].span.end <= sp.span.start { lo = mid + 1 } else { hi = mid }
        }
        if lo < ms.count && mentions[ms[lo]].span.start < sp.span.end { return .named }
        return .description
    }
}

extension Doubt {
    /// What the doubt means, in one line, for the reader's `w` panel.
    public var explanation: String {
        switch self {
        case .pronounAcrossSentences: return "the speaker is a pronoun whose person is not named in this or the previous sentence"
        case .ambiguousPronoun: return "the speaker is a pronoun, and more than one person it could mean is named just before"
        case .carriedOverSpeaker: return "no cue of its own: the speaker is carried over from an earlier sentence"
        case .noCue: return "no cue: the speaker is the nearest subject to the quotation, a guess"
        case .noSpeaker: return "no speaker found"
        case .speakerNotAnActor: return "the speaker names no actor of the article"
        case .speakerNotANounPhrase: return "the speaker phrase does not read as a noun phrase"
        case .conditional: return "the cue is inside a condition (“if …”): a hypothetical, not a report"
        case .weakCue: return "a weak cue: often not a report (stance verb, unknown verb, or a word with a noun reading)"
        }
    }
}
