// How the archive matches an actor's name across articles. Each article's resolver has already
// merged its own mentions ("Mr. Trump" with "Donald J. Trump"); across articles only the names
// are left, so a name is reduced to a key:
//   - a person: titles and honorifics before the name, epithets before a first name
//     ("Crooked"), suffixes after it ("Jr.") and initials ("J.") dropped, then first and last
//     word, as the article resolver keys full names ("Donald J. Trump", "President Donald
//     Trump" → "donald trump"); one word left is a lone name ("Mr. Trump" → "trump"), which
//     the index joins to the only full name with that surname;
//   - an organisation, place or group: its name without a leading "the", lowercased
//     ("the Associated Press" = "Associated Press"). Aliases ("FBI") are the article resolver's
//     business: the archive invents none.
// Titles, honorifics and suffixes are the lexicon's (NameLexicons.swift), not a second list.

struct ArchiveNameKey: Hashable, Sendable {
    /// The kind and the reduced name: equal keys are one actor.
    var key: String
    var kind: ActorKind
    /// A person's last name (full or lone), lowercased; nil for other kinds.
    var surname: String?
    /// A person's name of two words or more once titles and initials are gone.
    var isFullName: Bool

    init(name: String, kind: ActorKind) {
        self.kind = kind
        guard kind == .person else {
            var words = Self.words(name)
            if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
            key = Self.prefix(kind) + words.joined(separator: " ").lowercased()
            surname = nil
            isFullName = false
            return
        }
        var words = Self.words(name)
        if var last = words.last {
            // A possessive that slipped into the name ("Trump's").
            for ending in ["'s", "\u{2019}s"] where last.count > ending.count + 1 && last.hasSuffix(ending) {
                last.removeLast(ending.count)
            }
            while let c = last.last, c == "," || c == ";" || c == ":" { last.removeLast() }
            words[words.count - 1] = last
            if last.isEmpty { words.removeLast() }
        }
        while words.count > 1 && Self.isTitle(words[0]) { words.removeFirst() }
        // An epithet before a full name ("Crooked Hillary Clinton"): a common word that is no
        // first name, before one that is.
        while words.count > 2 && Self.isEpithet(words[0], before: words[1]) { words.removeFirst() }
        while words.count > 1, Lexicon.flags(LexiconHash.hash(Substring(words[words.count - 1]))).contains(.suffix) {
            words.removeLast()
        }
        let kept = words.filter { !Self.isInitial($0) }
        if !kept.isEmpty { words = kept }
        let lower = words.map { $0.lowercased() }
        if lower.count >= 2 {
            key = Self.prefix(kind) + lower[0] + " " + lower[lower.count - 1]
            isFullName = true
        } else {
            key = Self.prefix(kind) + (lower.first ?? "")
            isFullName = false
        }
        surname = lower.last ?? ""
    }

    /// A title, honorific or title modifier ("President", "Mrs.", "Former"), unless the word is
    /// also a first name.
    static func isTitle(_ word: String) -> Bool {
        let flags = Lexicon.flags(LexiconHash.hash(Substring(word)))
        return !flags.isDisjoint(with: [.title, .honorific, .titleModifier]) && !flags.contains(.firstName)
    }

    /// A common word that is no first name ("Crooked", "Lyin'"), before a first name.
    static func isEpithet(_ word: String, before next: String) -> Bool {
        let flags = Lexicon.flags(LexiconHash.hash(Substring(word)))
        return flags.contains(.commonWord) && !flags.contains(.firstName)
            && Lexicon.flags(LexiconHash.hash(Substring(next))).contains(.firstName)
    }

    /// Whether a person's name as written opens with a title ("Mr. Trump", "Sen. Kaine").
    static func startsWithTitle(_ name: String) -> Bool {
        guard let space = name.utf8.firstIndex(of: 0x20), let first = String(name.utf8[..<space]) else { return false }
        return isTitle(first)
    }

    /// "J." or "J": a letter and an optional period.
    static func isInitial(_ word: String) -> Bool {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isAlphabetic else { return false }
        guard let second = scalars.next() else { return true }
        return second == "." && scalars.next() == nil
    }

    /// The words of a name. Summaries give names with whitespace already made single spaces
    /// (`ArticleSummary.capped`), so bytes are split, not Characters (whose iteration would cost
    /// more than the rest of the key).
    static func words(_ name: String) -> [String] {
        name.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).compactMap { String($0) }
    }

    static func prefix(_ kind: ActorKind) -> String {
        switch kind { case .person: "p:"; case .organization: "o:"; case .place: "l:"; case .group: "g:" }
    }
}
