// A person's gender as the text gives evidence of it, and which evidence: an honorific or sexed
// title before one of their mentions ("Mr.", "Ms.", "Congresswoman"), a pronoun that resolved to
// them as the source of a quote ("she said"), or a first name whose recorded sex ratio is strong
// (given to one sex at least 9 times in 10 in the Census lists; "Jordan" stays unknown). No
// evidence, or evidence that disagrees, leaves "unknown": nothing is guessed silently.

public enum Gender: String, CaseIterable, Sendable {
    case female, male, unknown
}

public enum GenderBasis: String, Sendable {
    case honorific, pronoun, firstName = "first-name", conflicting
}

public struct GenderCall: Hashable, Sendable {
    public var gender: Gender
    /// Nil when there is no evidence at all.
    public var by: GenderBasis?
    public init(gender: Gender, by: GenderBasis?) {
        self.gender = gender
        self.by = by
    }
    public static let unknown = GenderCall(gender: .unknown, by: nil)
}

public enum GenderEvidence {
    /// Per actor (index into analysis.actors): its gender call; persons only, others unknown.
    public static func calls(_ analysis: Analysis) -> [GenderCall] {
        let doc = analysis.document
        // Bits per actor and basis: 1 male, 2 female.
        var honorific = [UInt8](repeating: 0, count: analysis.actors.count)
        var pronoun = honorific, firstName = honorific
        for m in analysis.mentions where analysis.actors[m.actor].kind == .person {
            guard let first = Coreference.tokenIndex(at: m.span.start, doc) else { continue }
            // The mention's first word and the word before it ("Mr. Smith", "Congresswoman Roe").
            for t in [first - 1, first] where t >= 0 && doc.tokens[t].kind == .word && doc.tokens[t].span.end <= m.span.end {
                let f = Lexicon.flags(LexiconHash.hash(doc.bytes, doc.tokens[t].span))
                if !f.contains(.firstName), f.contains(.male) != f.contains(.female) {
                    honorific[m.actor] |= f.contains(.male) ? 1 : 2
                }
            }
            // The first word after any titles; only a name of two words or more has a first name
            // ("Trump" alone may be a surname). Bounded by the mention's few words.
            var t = first
            while t < doc.tokens.count, doc.tokens[t].span.end <= m.span.end,
                  doc.tokens[t].kind != .word || Lexicon.flags(LexiconHash.hash(doc.bytes, doc.tokens[t].span))
                      .intersection([.title, .honorific, .titleModifier]) != [] { t += 1 }
            if t + 1 < doc.tokens.count, doc.tokens[t + 1].span.end <= m.span.end, doc.tokens[t + 1].kind == .word {
                firstName[m.actor] |= firstNameSex(doc, t)
            }
        }
        for q in analysis.quotes {
            guard let s = q.speaker, let a = s.actor, analysis.actors[a].kind == .person,
                  let t = Coreference.tokenIndex(at: s.span.start, doc), doc.tokens[t].span == s.span else { continue }
            switch doc.string(s.span).lowercased() {
            case "he": pronoun[a] |= 1
            case "she": pronoun[a] |= 2
            default: break
            }
        }
        return analysis.actors.indices.map { a in
            guard analysis.actors[a].kind == .person else { return .unknown }
            return decide([(honorific[a], .honorific), (pronoun[a], .pronoun), (firstName[a], .firstName)])
        }
    }

    /// The sex a first name gives (1 male, 2 female, 0 none): listed for one sex only, or for
    /// both but at least ten times as often for one (GeneratedNameSex).
    static func firstNameSex(_ doc: Document, _ t: Int) -> UInt8 {
        let h = LexiconHash.hash(doc.bytes, doc.tokens[t].span)
        let f = Lexicon.flags(h)
        guard f.contains(.firstName), !f.contains(.honorific), !f.contains(.title) else { return 0 }
        if f.contains(.male) != f.contains(.female) { return f.contains(.male) ? 1 : 2 }
        // Listed for both sexes, or a name that is also a common word ("John", "Mike": the word
        // table gives those no sex bits).
        return CorefLexicon.dominantSex[h] ?? 0
    }

    /// The first basis (in order of strength) that says one sex, unless any basis says the other.
    static func decide(_ evidence: [(bits: UInt8, basis: GenderBasis)]) -> GenderCall {
        let all = evidence.reduce(0) { $0 | $1.bits }
        if all == 3 { return GenderCall(gender: .unknown, by: .conflicting) }
        guard let first = evidence.first(where: { $0.bits != 0 }) else { return .unknown }
        return GenderCall(gender: first.bits == 1 ? .male : .female, by: first.basis)
    }
}
