// Pass 5: actors. Merges mention candidates that name the same referent into one actor with a
// canonical name:
//   - places, organisations and groups by their canonical name (the gazetteer maps "E.U." and
//     "the EU" to "European Union", "U.S." and "America" to "United States"); an acronym joins
//     the body whose initials it spells ("RNC" → "Republican National Committee");
//   - people by first and last name ("Donald J. Trump" = "Donald Trump"); a lone surname
//     ("Trump", "Mr. Trump's") joins the first-named person of that surname, or the one whose
//     first name or title fits "Mr." / "Mrs."; a lone first name joins the only person with that
//     first name ("Hillary");
//   - a lone word tagged as a place or body that is the surname of a named person joins that person;
//   - a name taken for a person only by default (MentionCandidate.guessed) is a body or a place when
//     the evidence of all its mentions says so ("shares of Acme", "Acme's chief executive"), or
//     when the text names a body or place by the same name.
// The canonical name is the longest form seen. A group links to its place or party when the text
// names that too.

enum ActorResolver {
    static func resolve(_ candidates: [MentionCandidate], in document: Document) -> ([Actor], [Mention]) {
        let bytes = document.bytes, tokens = document.tokens
        let candidates = candidates.sorted { $0.span.start < $1.span.start }
        var resolver = Resolution(bytes: bytes, tokens: tokens)

        // People with a first and a last name come first, so lone surnames can find them.
        var assigned = [Int?](repeating: nil, count: candidates.count)
        /// Per provisional actor, for persons made of lone unknown words: how many such mentions
        /// (-1: some evidence). Grown as actors are made.
        var loneOnly: [Int] = []
        /// Family groups ("the Clintons") and the person each is named after.
        var families: [Int: Int] = [:]
        for (i, c) in candidates.enumerated() where c.kind == .person {
            let words = resolver.nameWords(c)
            guard words.count >= 2 else { continue }
            let key = resolver.hash(words.first!) &* 31 &+ resolver.hash(words.last!)
            assigned[i] = resolver.actor(forKey: key, kind: .person, words: words, at: c.span.start)
            // A strong full name: a title or a known first name says it is a person's.
            let firstFlags = Lexicon.flags(resolver.hash(words.first!))
            let strong = c.titled || firstFlags.contains(.firstName)
            resolver.noteFullName(actor: assigned[i]!, first: resolver.hash(words.first!),
                                  last: resolver.hash(words.last!), at: c.span.start, strong: strong)
            resolver.noteSex(actor: assigned[i]!, male: c.male || firstFlags.contains(.male) && !firstFlags.contains(.female),
                             female: c.female || firstFlags.contains(.female) && !firstFlags.contains(.male))
        }
        for (i, c) in candidates.enumerated() where assigned[i] == nil {
            let words = resolver.nameWords(c)
            if c.kind == .person || words.count == 1 && !c.titled && c.kind == .organization,
               words.count == 1, let person = resolver.person(named: resolver.hash(words[0]), at: c.span.start,
                                                              firstNameOK: c.kind == .person, male: c.male, female: c.female) {
                assigned[i] = person
                continue
            }
            if c.surnameOnly { continue }
            // "the Clintons": a plural of a named person's surname is a group, linked to that person.
            if c.kind == .person && words.count == 1 && !c.titled, let person = resolver.family(words[0]) {
                let a = resolver.actor(forKey: resolver.hash(words[0]) &* 37 &+ 4, kind: .group, words: words, at: c.span.start)
                families[a] = person
                assigned[i] = a
                continue
            }
            if c.kind == .person {
                let lone = words.count == 1 && !c.titled
                let loneFlags = lone ? Lexicon.flags(resolver.hash(words[0])) : []
                // A lone untitled word that English writes in lowercase ("Note", "View") is no name,
                // nor is an adjective of a name ("Orwellian", "Hawaiian").
                if lone && (loneFlags.contains(.commonWord) || resolver.hasAdjectiveEnding(words[0])) { continue }
                let a = resolver.actor(forKey: resolver.hash(words.last!) &* 31, kind: .person, words: words, at: c.span.start)
                assigned[i] = a
                // A lone unknown word is a person only on some evidence: a first name, a title,
                // more than one mention, a possessive, an inner capital ("McCain"), or a verb of
                // saying after it.
                if loneOnly.count <= a { loneOnly.append(contentsOf: repeatElement(0, count: a + 1 - loneOnly.count)) }
                if lone && !loneFlags.contains(.firstName) && !speaks(c, tokens: tokens, bytes: bytes)
                    && tokens[c.nameTokens.upperBound - 1].span.end == c.span.end && !resolver.hasInnerCapital(words[0]) {
                    if loneOnly[a] >= 0 { loneOnly[a] += 1 }
                } else {
                    loneOnly[a] = -1
                }
                continue
            }
            var canonical = c.canonical ?? resolver.text(words)
            // "the U.S. State Department" is "the State Department": a body's name keyed without
            // the country before it (not a state's or a city's: "Texas Supreme Court").
            if c.kind == .organization && c.canonical == nil, let rest = resolver.afterCountry(words) {
                canonical = resolver.text(rest)
            }
            assigned[i] = resolver.actor(forKey: LexiconHash.hash(Substring(canonical)) &+ UInt64(kindCode(c.kind)),
                                         kind: c.kind, words: words, canonical: c.canonical, at: c.span.start)
            if let link = c.link { resolver.links[assigned[i]!] = link }
        }
        decideGuessedKinds(candidates, assigned, &resolver)
        resolver.mergeAcronyms()
        for (family, person) in families { resolver.links[family] = resolver.names[resolver.root(person)] }
        for i in assigned.indices {
            // A lone unknown word seen once, with no evidence, is no one; a body or place is kept.
            if let a = assigned[i], a < loneOnly.count, loneOnly[a] == 1, resolver.kinds[resolver.root(a)] == .person { assigned[i] = nil }
        }

        // Number the surviving actors in order of first mention; collect mentions in text order.
        var number = [Int](repeating: -1, count: resolver.names.count)  // provisional root → actor
        var actors: [Actor] = []
        var mentions: [Mention] = []
        for (i, c) in candidates.enumerated() {
            guard let provisional = assigned[i] else { continue }
            let a = resolver.root(provisional)
            let n: Int
            if number[a] >= 0 { n = number[a] } else {
                n = actors.count
                number[a] = n
                actors.append(Actor(name: resolver.names[a], kind: resolver.kinds[a]))
            }
            actors[n].mentions.append(mentions.count)
            mentions.append(Mention(span: c.span, paragraph: c.paragraph, actor: n))
        }
        // Links: a group to the actor whose canonical name is its place or party.
        guard !resolver.links.isEmpty else { return (actors, mentions) }
        var byName = [String: Int]()
        for (i, a) in actors.enumerated() where a.kind != .group && byName[a.name] == nil { byName[a.name] = i }
        for (a, link) in resolver.links {
            let n = number[resolver.root(a)]
            if n >= 0, let target = byName[link] { actors[n].link = target }
        }
        return (actors, mentions)
    }

    /// Actors all of whose mentions are guessed persons: the votes of their mentions decide their kind.
    /// One pass over the mentions, one over the voting actors.
    private static func decideGuessedKinds(_ candidates: [MentionCandidate], _ assigned: [Int?], _ resolver: inout Resolution) {
        guard candidates.contains(where: { $0.guessed }) else { return }
        var votes = [KindEvidence](repeating: KindEvidence(), count: resolver.names.count)
        var voting = [Bool](repeating: false, count: resolver.names.count)
        var sure = [Bool](repeating: false, count: resolver.names.count)
        var voters: [Int] = []  // in order of first mention
        for (i, c) in candidates.enumerated() {
            guard let a = assigned[i] else { continue }
            let r = resolver.root(a)
            if c.kind == .person && c.guessed {
                if !voting[r] { voting[r] = true; voters.append(r) }
                votes[r] += c.evidence
            } else {
                sure[r] = true
            }
        }
        voters.removeAll { sure[$0] || resolver.kinds[$0] != .person }
        guard !voters.isEmpty else { return }
        // Companies by their name without the legal form or business: "Acme Corp" → "Acme".
        var companies: [UInt64: Int] = [:]
        for a in resolver.names.indices where resolver.kinds[a] == .organization && resolver.parent[a] == a {
            let name = resolver.names[a].utf8
            guard let space = name.lastIndex(of: 0x20),
                  Lexicon.kindCue(LexiconHash.hash(Substring(resolver.names[a][name.index(after: space)...]))).contains(.companySuffix)
            else { continue }
            companies[LexiconHash.hash(Substring(resolver.names[a][..<space]))] = a
        }
        for r in voters where resolver.kinds[r] == .person {
            let vote = votes[r]
            let name = LexiconHash.hash(Substring(resolver.names[r]))
            let org = name &+ UInt64(kindCode(.organization)), place = name &+ UInt64(kindCode(.place))
            if vote.person < KindEvidence.threshold, let company = companies[name] {
                // "Acme Corp" is named: "Acme" is that company.
                resolver.retype(r, to: .organization, key: org)
                resolver.parent[r] = company
            } else if vote.person < KindEvidence.threshold, resolver.byKey[place] != nil || resolver.byKey[org] != nil {
                // "in Arbor" made a place of Arbor: "Arbor officials" is that place too.
                let asPlace = resolver.byKey[place] != nil && (vote.kind != .organization || resolver.byKey[org] == nil)
                resolver.retype(r, to: asPlace ? .place : .organization, key: asPlace ? place : org)
            } else if let kind = vote.kind {
                resolver.retype(r, to: kind, key: kind == .place ? place : org)
            }
        }
    }

    /// Whether a verb of saying follows the name ("Mediaite reported", "Okafor, 54, said" is not
    /// looked for), or "according to" stands before it.
    static func speaks(_ c: MentionCandidate, tokens: [Token], bytes: [UInt8]) -> Bool {
        let next = c.nameTokens.upperBound
        if next < tokens.count, tokens[next].kind == .word,
           let e = CueLexicon.cueIndex.lookup(bytes, tokens[next].span.start, tokens[next].span.end),
           CueLexicon.cueIsVerb[Int(e)] {
            return true
        }
        let first = c.nameTokens.lowerBound
        if first >= 2, tokens[first - 1].kind == .word, tokens[first - 2].kind == .word,
           let e = CueLexicon.cueIndex.lookup(bytes, tokens[first - 2].span.start, tokens[first - 2].span.end),
           CueLexicon.cueEntries[Int(e)].frame == .according {
            return true
        }
        return false
    }

    static func kindCode(_ kind: ActorKind) -> Int {
        switch kind { case .person: 1; case .organization: 2; case .place: 3; case .group: 4 }
    }
}

/// The growing set of actors, as a union-find over provisional actor numbers.
private struct Resolution {
    let bytes: [UInt8]
    let tokens: [Token]
    var names: [String] = []
    var nameWordCounts: [Int] = []
    var kinds: [ActorKind] = []
    var parent: [Int] = []
    // The tables keyed by name hashes are open-addressing tables (already mixed hashes: no
    // SipHash per lookup, as a Dictionary would do).
    var byKey = HashTable<Int>(capacity: 64, empty: -1)
    var links: [Int: String] = [:]
    /// Surname hash → the distinct people of that surname, in order of first full mention (few).
    var bySurname = HashTable<[(actor: Int, strong: Bool)]>(capacity: 32, empty: [])
    /// First-name hash → the people of that first name (the first, and whether there are more).
    var byFirstName = HashTable<FirstNamed>(capacity: 32, empty: FirstNamed())
    /// Per provisional actor: what its first name or title says: 1 male, 2 female, 3 both seen, 0 nothing.
    var sex: [UInt8] = []

    struct FirstNamed {
        var actor = -1
        var several = false
    }

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The name's words as byte spans, without a possessive and without suffixes (Jr., III).
    func nameWords(_ c: MentionCandidate) -> [Span] {
        var words: [Span] = []
        for t in c.nameTokens {
            let tok = tokens[t]
            guard tok.kind == .word else { continue }
            var span = tok.span
            if t == c.nameTokens.upperBound - 1 { span.end = c.span.end }
            words.append(span)
        }
        while words.count > 1, Lexicon.flags(hash(words.last!)).contains(.suffix) { words.removeLast() }
        // Middle initials and particles do not name anyone on their own.
        return words
    }

    func hash(_ span: Span) -> UInt64 { LexiconHash.hash(bytes, span) }

    /// The person whose surname a plural names ("Clintons" → the first-named Clinton).
    mutating func family(_ word: Span) -> Int? {
        guard word.length >= 4, bytes[word.end - 1] == 0x73 else { return nil }
        guard let list = bySurname[hash(Span(word.start, word.end - 1))], let first = list.first else { return nil }
        return root(first.actor)
    }

    /// The words after a country's name that opens a name of three words or more.
    func afterCountry(_ words: [Span]) -> [Span]? {
        guard words.count >= 3 else { return nil }
        var h = LexiconHash.seed
        for n in 1...2 where words.count - n >= 2 {
            if n > 1 { h = LexiconHash.space(h) }
            h = LexiconHash.hash(bytes, words[n - 1], from: h)
            if let entry = Lexicon.gazetteer(h), entry.kind == .place, entry.country { return Array(words[n...]) }
        }
        return nil
    }

    func hasLowercase(_ name: String) -> Bool { name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
    func hasLowercase(_ words: [Span]) -> Bool {
        words.contains { w in bytes[w.start..<w.end].contains { $0 >= 0x61 && $0 <= 0x7A } }
    }

    /// A capital after a lowercase letter: "McCain", "RealClearPolitics".
    func hasInnerCapital(_ span: Span) -> Bool {
        var i = span.start + 1
        while i < span.end {
            if bytes[i] >= 0x41 && bytes[i] <= 0x5A && bytes[i - 1] >= 0x61 && bytes[i - 1] <= 0x7A { return true }
            i += 1
        }
        return false
    }

    /// A word ending like an adjective made from a name: -ian, -ean, -ese, -ish ("Orwellian",
    /// "Jeffersonian", "Congolese"); a plural ("Hawaiians") is a group the lexicon lists or none.
    func hasAdjectiveEnding(_ span: Span) -> Bool {
        guard span.length >= 6 else { return false }
        let a = bytes[span.end - 3] | 0x20, b = bytes[span.end - 2] | 0x20, c = bytes[span.end - 1] | 0x20
        return (a == 0x69 || a == 0x65) && b == 0x61 && c == 0x6E      // ian, ean
            || a == 0x65 && b == 0x73 && c == 0x65                     // ese
            || a == 0x69 && b == 0x73 && c == 0x68                     // ish
    }

    func text(_ words: [Span]) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        // The name as written, with any run of whitespace made one space.
        var out: [UInt8] = []
        var space = false
        for b in bytes[first.start..<last.end] {
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { space = true; continue }
            if space { out.append(0x20); space = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func root(_ a: Int) -> Int {
        var a = a
        while parent[a] != a { parent[a] = parent[parent[a]]; a = parent[a] }
        return a
    }

    /// The actor for a key, made on first sight; its name grows to the longest form seen.
    /// `words` are the candidate's `nameWords`.
    mutating func actor(forKey key: UInt64, kind: ActorKind, words: [Span], canonical: String? = nil, at: Int) -> Int {
        if let a = byKey[key] {
            let r = root(a)
            // The longest form names the actor; of equal ones, one in mixed case ("Nashua", not the
            // dateline's "NASHUA").
            if canonical == nil && (words.count > nameWordCounts[r]
                || words.count == nameWordCounts[r] && !hasLowercase(names[r]) && hasLowercase(words)) {
                names[r] = text(words)
                nameWordCounts[r] = words.count
            }
            return r
        }
        let a = names.count
        names.append(canonical ?? text(words))
        nameWordCounts.append(canonical == nil ? words.count : Int.max)
        kinds.append(kind)
        parent.append(a)
        sex.append(0)
        byKey.update(key) { $0 = a }
        return a
    }

    /// Makes a person actor a body or a place: it joins the one of that name and kind if there is one.
    mutating func retype(_ a: Int, to kind: ActorKind, key: UInt64) {
        kinds[a] = kind
        if let other = byKey[key] {
            let o = root(other)
            if o != a { parent[a] = o }
        } else {
            byKey.update(key) { $0 = a }
        }
    }

    mutating func noteFullName(actor: Int, first: UInt64, last: UInt64, at: Int, strong: Bool) {
        bySurname.update(last) { list in
            if let i = list.firstIndex(where: { $0.actor == actor }) {
                if strong && !list[i].strong { list[i].strong = true }
            } else {
                list.append((actor, strong))
            }
        }
        byFirstName.update(first) { named in
            if named.actor < 0 { named.actor = actor } else if named.actor != actor { named.several = true }
        }
    }

    mutating func noteSex(actor: Int, male: Bool, female: Bool) {
        let bits: UInt8 = (male ? 1 : 0) | (female ? 2 : 0)
        sex[actor] |= bits
    }

    /// The person a lone word names: of the people with that surname, the first named (the
    /// article's principal), unless "Mr." or "Mrs." points to another; else, for a first name,
    /// the only person with it.
    mutating func person(named word: UInt64, at: Int, firstNameOK: Bool, male: Bool = false, female: Bool = false) -> Int? {
        if var list = bySurname[word] {
            // Strong full names first; a place or body word joins only a strong one.
            if list.contains(where: { $0.strong }) { list = list.filter { $0.strong } }
            else if !firstNameOK { return nil }
            if male || female {
                let want: UInt8 = male ? 1 : 2
                if let match = list.first(where: { sex[$0.actor] == want }) { return root(match.actor) }
                if let open = list.first(where: { sex[$0.actor] & want != 0 || sex[$0.actor] == 0 }) { return root(open.actor) }
            }
            return root(list[0].actor)
        }
        if firstNameOK, let named = byFirstName[word], !named.several {
            return root(named.actor)
        }
        return nil
    }

    /// An organisation named by an acronym joins the organisation whose initials it spells.
    mutating func mergeAcronyms() {
        var byInitials: [String: Int] = [:]
        for a in names.indices where kinds[a] == .organization && parent[a] == a && nameWordCounts[a] >= 2 {
            let (initials, count) = Self.initials(names[a])
            if count >= 2 { byInitials[initials, default: a] = a }
        }
        guard !byInitials.isEmpty else { return }
        for a in names.indices where kinds[a] == .organization && parent[a] == a && nameWordCounts[a] == 1 {
            if let letters = Self.acronymLetters(names[a]), let target = byInitials[letters], target != a {
                parent[a] = target
            }
        }
    }

    /// The upper-case first letters of a name's space-separated words ("Republican National
    /// Committee" → "RNC"), and how many. An ASCII name is read as bytes; Characters only for the others.
    static func initials(_ name: String) -> (String, Int) {
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ buffer -> (String, Int)? in
            guard !buffer.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var out: [UInt8] = []
            var wordStart = true
            for b in buffer {
                if b == 0x20 { wordStart = true; continue }
                if wordStart && b >= 0x41 && b <= 0x5A { out.append(b) }
                wordStart = false
            }
            return (String(decoding: out, as: UTF8.self), out.count)
        }), let initials = ascii {
            return initials
        }
        let letters = name.split(separator: " ").compactMap { w -> Character? in
            guard let f = w.first, f.isUppercase else { return nil }
            return f
        }
        return (String(letters), letters.count)
    }

    /// A one-word name without its periods, when it is two or more upper-case letters ("R.N.C." → "RNC").
    static func acronymLetters(_ name: String) -> String? {
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ buffer -> String?? in
            guard !buffer.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var out: [UInt8] = []
            for b in buffer where b != 0x2E {
                guard b >= 0x41 && b <= 0x5A else { return .some(nil) }
                out.append(b)
            }
            return .some(out.count >= 2 ? String(decoding: out, as: UTF8.self) : nil)
        }), let answer = ascii {
            return answer
        }
        let letters = name.filter { $0 != "." }
        return letters.count >= 2 && letters.allSatisfy({ $0.isUppercase }) ? letters : nil
    }
}
