// Titles that a description may use for a person named earlier ("the senator" for
// "Sen. Jane Roe"): each line one group, full words and abbreviations alike.
// Source: compiled by hand for this project (common English titles of office).

enum CorefLexicon {
    static let titleGroups: [String] = [
        "senator sen",
        "governor gov",
        "representative rep congressman congresswoman",
        "president",
        "secretary",
        "ambassador",
        "minister",
        "mayor",
        "chairman chairwoman chair",
        "judge justice",
        "general gen",
        "candidate nominee",
        "spokesman spokeswoman spokesperson",
        "director",
        "speaker",
        "leader",
        "prosecutor attorney",
        "chancellor",
        "premier",
        "king queen prince",
        "pope",
        "sheriff",
        "lawmaker",
    ]

    /// Word → its group's index.
    static let titles: WordTable<Int> = {
        var entries: [(String, Int)] = []
        for (i, line) in titleGroups.enumerated() {
            for word in line.split(separator: " ") { entries.append((String(word), i)) }
        }
        return WordTable(entries)
    }()
}

extension CorefLexicon {
    /// First names listed for both sexes but overwhelmingly given to one (GeneratedNameSex.swift):
    /// hash → 1 male, 2 female.
    static let dominantSex: HashTable<UInt8> = {
        var table = HashTable<UInt8>(capacity: 256, empty: 0)
        for line in GeneratedNameSex.names.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let sex: UInt8 = parts[1] == "M" ? 1 : 2
            table.update(LexiconHash.hash(parts[0])) { $0 = sex }
        }
        return table
    }()
}

extension CorefLexicon {
    /// Heads of a phrase naming a body by what it is ("the British government", "the Ohio
    /// campaign"): the phrase refers to the actor named before the head.
    /// Source: compiled by hand for this project.
    static let institutionHeads: WordTable<Int> = WordTable("""
        government administration ministry department embassy military army navy police
        parliament cabinet office campaign council legislature regime authorities
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })

    /// Nouns for what a source issues ("The announcement noted that …"): as a definite
    /// source they refer to whoever issued it just before. Source: compiled by hand.
    static let documentNouns: WordTable<Int> = WordTable("""
        announcement statement report release letter memo filing complaint ruling decision
        proposal order warning claim testimony tweet post message speech remarks declaration
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}
