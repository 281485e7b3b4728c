// Who a speaker phrase refers to: the actor named in it ("Mr. Smith", "Smith, a spokesman"),
// the person in focus for a pronoun ("he said"), or the person last given that title for a
// description ("the senator" → "Sen. Jane Roe"). Descriptions of unnamed sources ("a White
// House official") refer to no actor: the name there does not head the phrase.

struct MentionIndex {
    let analysis: Analysis
    /// Mention indices in text order.
    let order: [Int]
    /// Content parts of direct quotes, in text order: a name inside one is not in focus.
    let quotations: [Span]
    /// Per actor, what its names say of a person's sex (first name, honorific, sexed title):
    /// bit 1 male, bit 2 female, both when the names disagree; 0 unknown.
    let sex: [UInt8]

    init(_ analysis: Analysis, quotes: [Quote]) {
        self.init(analysis, quotations: quotes.filter { $0.kind == .direct }.flatMap { $0.parts }.sorted())
    }

    init(_ analysis: Analysis, quotations: [Span]) {
        self.analysis = analysis
        let m = analysis.mentions
        var sorted = true
        for i in m.indices.dropFirst() where m[i].span.start < m[i - 1].span.start { sorted = false; break }
        order = sorted ? Array(m.indices) : m.indices.sorted { m[$0].span.start < m[$1].span.start }
        self.quotations = quotations
        sex = Self.sexes(analysis)
    }

    /// This index for the same mentions with the quotes found: the order and the sexes (which
    /// depend on mentions and actors only) are kept, not computed again.
    func with(_ analysis: Analysis, quotes: [Quote]) -> MentionIndex {
        MentionIndex(analysis: analysis, order: order,
                     quotations: quotes.filter { $0.kind == .direct }.flatMap { $0.parts }.sorted(), sex: sex)
    }

    private init(analysis: Analysis, order: [Int], quotations: [Span], sex: [UInt8]) {
        self.analysis = analysis
        self.order = order
        self.quotations = quotations
        self.sex = sex
    }

    static func sexes(_ analysis: Analysis) -> [UInt8] {
        let doc = analysis.document
        var out = [UInt8](repeating: 0, count: analysis.actors.count)
        for m in analysis.mentions where analysis.actors[m.actor].kind == .person {
            // The mention's first word, and the word just before it ("Congresswoman Roe").
            guard let first = Coreference.tokenIndex(at: m.span.start, doc) else { continue }
            var bits: UInt8 = 0
            for t in [first - 1, first] where t >= 0 && t < doc.tokens.count && doc.tokens[t].kind == .word {
                let h = LexiconHash.hash(doc.bytes, doc.tokens[t].span)
                let f = Lexicon.flags(h)
                let male = f.contains(.male), female = f.contains(.female)
                // (A first name that is also a common word, "John", "Mike", has no sex bits: its sex is
                // in the table of names given mostly to one sex.)
                if male != female { bits |= male ? 1 : 2 } else if f.contains(.firstName) { bits |= CorefLexicon.dominantSex[h] ?? 0 }
            }
            out[m.actor] |= bits
        }
        return out
    }

    /// The number of mentions starting before `offset`.
    func countBefore(_ offset: Int) -> Int {
        var lo = 0, hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if analysis.mentions[order[mid]].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The mention starting exactly at `offset`, if any.
    func mention(startingAt offset: Int) -> Mention? {
        let i = countBefore(offset)
        guard i < order.count else { return nil }
        let m = analysis.mentions[order[i]]
        return m.span.start == offset ? m : nil
    }

    /// The mention overlapping `span`, if any (the last one starting inside it).
    func mention(overlapping span: Span) -> Mention? {
        var i = countBefore(span.end) - 1
        while i >= 0 {
            let m = analysis.mentions[order[i]]
            if m.span.overlaps(span) { return m }
            if m.span.end <= span.start && span.start - m.span.end > 200 { break }
            i -= 1
        }
        return nil
    }

    /// Whether actor `a` may be referred to by a pronoun of sex `want` (1 he, 2 she, 0 either):
    /// only a person whose names say the other sex, and only that, is excluded.
    func fits(_ a: Int, _ want: UInt8) -> Bool {
        want == 0 || sex[a] == 0 || sex[a] & want != 0
    }

    func isQuoted(_ span: Span) -> Bool {
        var lo = 0, hi = quotations.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotations[mid].start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && quotations[lo - 1].contains(span)
    }
}

enum Coreference {
    /// How far back (in mentions) a pronoun or description looks for its antecedent.
    static let window = 40

    /// The actor a speaker phrase refers to, or nil.
    static func actor(for speaker: Span, index: MentionIndex, lastSpeaker: Int? = nil) -> Int? {
        let doc = index.analysis.document
        guard let head = headToken(of: speaker, doc) else { return nil }
        let headSpan = doc.tokens[head].span
        if let cls = CueLexicon.wordTable.lookup(doc.bytes, headSpan), cls == .subjectPronoun {
            // "he said": the person who spoke last, else the person named last, of a sex that fits.
            if isPlural(doc.bytes, headSpan) { return lastCollective(before: speaker.start, index: index) }
            guard isPersonalPronoun(doc.bytes, headSpan) else { return nil }
            let want: UInt8 = headSpan.length == 2 ? 1 : 2
            if let a = lastSpeaker, index.fits(a, want) { return a }
            return lastPerson(before: speaker.start, index: index, sex: want)
        }
        if let m = index.mention(overlapping: headSpan) { return m.actor }
        // "Smith, who said": the relative pronoun refers to the name before it.
        if head > 0, isRelativePronoun(doc.bytes, headSpan) {
            var t = head - 1
            if t > 0, doc.tokens[t].kind == .punctuation, doc.bytes[doc.tokens[t].span.start] == 0x2C { t -= 1 }
            return index.mention(overlapping: doc.tokens[t].span)?.actor
        }
        // "the senator": the person last named with that title.
        if let title = CorefLexicon.titles.lookup(doc.bytes, headSpan) {
            return lastPerson(titled: title, before: speaker.start, index: index)
        }
        return nil
    }

    /// The first token starting at or after `offset`, if any.
    static func tokenIndex(at offset: Int, _ doc: Document) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.tokens.count ? lo : nil
    }

    /// The phrase's head: its last word before an appositive comma.
    static func headToken(of span: Span, _ doc: Document) -> Int? {
        guard let lo = tokenIndex(at: span.start, doc) else { return nil }
        var head: Int? = nil
        var t = lo
        while t < doc.tokens.count && doc.tokens[t].span.end <= span.end {
            let tok = doc.tokens[t]
            if tok.kind == .punctuation && doc.bytes[tok.span.start] == 0x2C { break }
            if tok.kind == .word { head = t }
            t += 1
        }
        return head
    }

    static func isRelativePronoun(_ bytes: [UInt8], _ s: Span) -> Bool {
        let w = bytes[s.start..<s.end].map { WordTable<Int>.lower($0) }
        return w == Array("who".utf8) || w == Array("which".utf8)
    }

    static func isPersonalPronoun(_ bytes: [UInt8], _ s: Span) -> Bool {
        // he, she
        let first = WordTable<Int>.lower(bytes[s.start])
        return (s.length == 2 && first == 0x68) || (s.length == 3 && first == 0x73)
    }

    /// The person mentioned last before `offset`, outside quotations, whose sex fits `sex` (0: any).
    /// A person named as the object of a preposition ("his call with Putin, he …") yields to
    /// one named before it in the same stretch, within `objectLookback` mentions.
    static func lastPerson(before offset: Int, index: MentionIndex, sex: UInt8 = 0) -> Int? {
        var i = index.countBefore(offset) - 1, seen = 0
        var object: (actor: Int, seen: Int)? = nil
        // A person whose sex the names leave unknown yields to one named a little earlier whose
        // names say the pronoun's sex ("Ayotte … Humayun Khan … she"), within `sexLookback` mentions.
        var unknown: (actor: Int, seen: Int)? = nil
        while i >= 0 && seen < window {
            if let o = object, seen - o.seen > objectLookback { return o.actor }
            if let u = unknown, seen - u.seen > sexLookback { return u.actor }
            let m = index.analysis.mentions[index.order[i]]
            if index.analysis.actors[m.actor].kind == .person && index.fits(m.actor, sex) && !index.isQuoted(m.span) {
                if sex != 0 && index.sex[m.actor] == 0 {
                    if unknown == nil && object == nil { unknown = (m.actor, seen) }
                } else {
                    if unknown != nil { return m.actor }
                    guard object == nil else { return m.actor }
                    if !followsPreposition(m.span, index.analysis.document) { return m.actor }
                    object = (m.actor, seen)
                }
            }
            i -= 1
            seen += 1
        }
        return unknown?.actor ?? object?.actor
    }
    static let objectLookback = 4
    static let sexLookback = 6

    /// Whether the word just before `span` is a preposition ("with Putin").
    static func followsPreposition(_ span: Span, _ doc: Document) -> Bool {
        guard let t = tokenIndex(at: span.start, doc), t > 0, doc.tokens[t - 1].kind == .word else { return false }
        return CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[t - 1].span) == .preposition
    }

    /// How far back (in mentions) "they" looks for a body or group.
    static let collectiveWindow = 8

    /// "they": the organization or group mentioned last, nearby, outside quotations; nil when
    /// a person comes first (then "they" more likely means people just described).
    static func lastCollective(before offset: Int, index: MentionIndex) -> Int? {
        var i = index.countBefore(offset) - 1, seen = 0
        while i >= 0 && seen < collectiveWindow {
            let m = index.analysis.mentions[index.order[i]]
            if !index.isQuoted(m.span) {
                switch index.analysis.actors[m.actor].kind {
                case .organization, .group: return m.actor
                case .person: return nil
                case .place: break
                }
            }
            i -= 1
            seen += 1
        }
        return nil
    }

    static func isPlural(_ bytes: [UInt8], _ s: Span) -> Bool {
        s.length == 4 && WordTable<Int>.lower(bytes[s.start]) == 0x74  // they
    }

    /// The person mentioned last before `offset` with `title` in or just before the mention.
    static func lastPerson(titled title: Int, before offset: Int, index: MentionIndex) -> Int? {
        let doc = index.analysis.document
        var i = index.countBefore(offset) - 1, seen = 0
        while i >= 0 && seen < window {
            let m = index.analysis.mentions[index.order[i]]
            if index.analysis.actors[m.actor].kind == .person && hasTitle(title, near: m.span, doc) { return m.actor }
            i -= 1
            seen += 1
        }
        return nil
    }

    /// Whether a word of the title's group sits in the mention or in the three tokens before it.
    static func hasTitle(_ title: Int, near span: Span, _ doc: Document) -> Bool {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var t = max(0, lo - 3)
        while t < doc.tokens.count && doc.tokens[t].span.start < span.end {
            var s = doc.tokens[t].span
            if s.length > 1 && doc.bytes[s.end - 1] == 0x2E { s.end -= 1 }  // "Sen."
            if doc.tokens[t].kind == .word, CorefLexicon.titles.lookup(doc.bytes, s) == title { return true }
            t += 1
        }
        return false
    }
}
