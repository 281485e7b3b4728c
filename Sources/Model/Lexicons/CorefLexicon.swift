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

extension CorefLexicon {
    /// Heads of time phrases that open a sentence ("Hours after …", "This week", "The day"): such a
    /// phrase is never a speaker. Weekdays and months are flagged in Lexicon (.calendar).
    /// Source: compiled by hand for this project.
    static let temporalHeads: WordTable<Int> = WordTable("""
        second seconds minute minutes hour hours day days week weeks weekend month months year years
        decade decades time times moment morning afternoon evening night today yesterday tomorrow tonight
        cycle season era period
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })

    /// Determiners that stand for people by themselves ("Many said", "Some argue"): a speaker
    /// headed by any other determiner ("The", "all", "this") is no noun phrase.
    static let peopleQuantifiers: WordTable<Int> = WordTable("""
        many several some both most few others another one two three four five six seven eight nine ten dozens
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}

extension CorefLexicon {
    /// Auxiliaries that are verbs (the cue lexicon's auxiliary class also holds adverbs such as
    /// "even", "only", "now"): a phrase opening with one is a verb phrase, not a speaker.
    /// Source: compiled by hand for this project.
    static let verbAuxiliaries: WordTable<Int> = WordTable("""
        has have had would will could can may might must should shall did does do
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}

extension CorefLexicon {
    /// Heads of editorial labels that end in a colon like a speaker's name ("UPDATE:", "VIDEO:",
    /// "Editor's Note:", "Paid Notice:"): what follows is no one's words. Source: compiled by hand.
    static let editorialLabels: WordTable<Int> = WordTable("""
        update updated updates video watch photo photos note notice correction clarification email
        related read listen live breaking exclusive advertisement caption
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}

extension CorefLexicon {
    /// Verbs that take a gerund ("began talking about", "kept asking", "stopped calling for"):
    /// between a subject and an -ing cue, they belong to the cue, not to the subject.
    /// Source: compiled by hand for this project.
    static let gerundAspectuals: WordTable<Int> = WordTable("""
        began begin begins started start starts kept keep keeps continued continue continues
        stopped stop stops resumed resume resumes quit quits
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}
