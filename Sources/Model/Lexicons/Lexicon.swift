// Lexicon lookups without a String per token: words are looked up by a 64-bit FNV-1a hash of their
// ASCII-lowercased UTF-8 bytes (a curly apostrophe hashes as a straight one; words of a phrase are
// joined by one space). The word lists live in NameLexicons.swift and Generated*.swift; they are
// hashed once, on first use.

enum LexiconHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 {
        let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
        return (h ^ UInt64(lower)) &* prime
    }

    /// Continues hash `h` over the bytes of `span`.
    @inline(__always)
    static func hash(_ bytes: [UInt8], _ span: Span, from h: UInt64 = seed) -> UInt64 {
        var h = h, i = span.start
        let end = span.end
        while i < end {
            let b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                h = mix(h, 0x27); i += 3; continue
            }
            h = mix(h, b); i += 1
        }
        return h
    }

    /// Adds the one-space separator between the words of a phrase.
    @inline(__always)
    static func space(_ h: UInt64) -> UInt64 { mix(h, 0x20) }

    /// The hash of a phrase written as text: runs of spaces count as one.
    static func hash(_ phrase: Substring) -> UInt64 {
        var h = seed, pendingSpace = false, started = false
        for b in phrase.utf8 {
            if b == 0x20 { pendingSpace = started; continue }
            if pendingSpace { h = space(h); pendingSpace = false }
            h = mix(h, b); started = true
        }
        return h
    }
}

/// What a single word can be, for the mention rules.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32
    static let title = WordFlags(rawValue: 1 << 0)          // President, Sen., Secretary: precedes a name
    static let titleModifier = WordFlags(rawValue: 1 << 1)  // Former, Deputy, Press: a title only before one
    static let honorific = WordFlags(rawValue: 1 << 2)      // Mr., Mrs., Ms., Dr.: kept in the mention span
    static let firstName = WordFlags(rawValue: 1 << 3)
    static let calendar = WordFlags(rawValue: 1 << 4)       // months, weekdays, holidays
    static let stop = WordFlags(rawValue: 1 << 5)           // function words and sentence adverbs
    static let orgHead = WordFlags(rawValue: 1 << 6)        // Department, Party, Times: ends an organisation
    static let placeHead = WordFlags(rawValue: 1 << 7)      // County, River, Street: ends a place
    static let thingHead = WordFlags(rawValue: 1 << 8)      // Act, Day, War: ends a name that is no actor
    static let connector = WordFlags(rawValue: 1 << 9)      // de, van, bin: inside a name though lowercase
    static let suffix = WordFlags(rawValue: 1 << 10)        // Jr., Sr., III: after a surname
    static let abbreviation = WordFlags(rawValue: 1 << 11)  // keeps its period and does not end a sentence
    static let sentenceEndingAbbreviation = WordFlags(rawValue: 1 << 12) // U.S., Inc.: may end one
    static let departmentWord = WordFlags(rawValue: 1 << 13) // State, Defense: "Secretary of State"
    static let notAName = WordFlags(rawValue: 1 << 14)      // Internet, God: capitalised but no actor
    static let lowercaseAbbreviation = WordFlags(rawValue: 1 << 15) // vs., etc., a.m.: written lowercase
    static let group = WordFlags(rawValue: 1 << 16)         // a single-word group name: Democrats, Russian
    static let gazetteerWord = WordFlags(rawValue: 1 << 17) // a one-word place or organisation
    static let commonWord = WordFlags(rawValue: 1 << 18)    // English writes it only in lowercase: "note"
    static let male = WordFlags(rawValue: 1 << 19)          // a man's first name, or Mr., Sir, Congressman
    static let female = WordFlags(rawValue: 1 << 20)        // a woman's first name, or Mrs., Ms., Congresswoman
}

/// A known place, organisation or group, by the hash of its lowercased name (without "the").
struct GazetteerEntry: Sendable {
    var kind: ActorKind
    var canonical: String
    /// For a group: the canonical name of its place or party.
    var link: String?
}

enum Lexicon {
    static let words: [UInt64: WordFlags] = buildWords()
    static let gazetteer: [UInt64: GazetteerEntry] = buildGazetteer()
    /// The most words in a gazetteer phrase.
    static let maxPhraseWords = 6

    @inline(__always)
    static func flags(_ hash: UInt64) -> WordFlags { words[hash] ?? [] }

    private static func lines(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == "\n" }).filter { !$0.isEmpty }
    }

    private static func buildWords() -> [UInt64: WordFlags] {
        var table: [UInt64: WordFlags] = [:]
        func add(_ list: String, _ f: WordFlags) {
            for w in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !w.isEmpty {
                table[LexiconHash.hash(w), default: []].formUnion(f)
            }
        }
        for word in lines(GeneratedCommonWords.words) { table[LexiconHash.hash(word)] = .commonWord }
        for line in lines(GeneratedFirstNames.names) {
            let parts = line.split(separator: " ")
            var f: WordFlags = .firstName
            if parts.count > 1 && parts[1].contains("M") { f.insert(.male) }
            if parts.count > 1 && parts[1].contains("F") { f.insert(.female) }
            table[LexiconHash.hash(parts[0]), default: []].formUnion(f)
        }
        add(NameLexicons.maleWords, .male)
        add(NameLexicons.femaleWords, .female)
        add(NameLexicons.firstNames, .firstName)
        add(NameLexicons.titles, .title)
        add(NameLexicons.titleModifiers, .titleModifier)
        add(NameLexicons.honorifics, [.honorific, .title])
        add(NameLexicons.calendar, .calendar)
        add(NameLexicons.stopWords, .stop)
        add(NameLexicons.orgHeads, .orgHead)
        add(NameLexicons.placeHeads, .placeHead)
        add(NameLexicons.thingHeads, .thingHead)
        add(NameLexicons.connectors, .connector)
        add(NameLexicons.suffixes, .suffix)
        add(NameLexicons.departmentWords, .departmentWord)
        add(NameLexicons.notNames, .notAName)
        add(NameLexicons.abbreviations, .abbreviation)
        add(NameLexicons.sentenceEndingAbbreviations, [.abbreviation, .sentenceEndingAbbreviation])
        for w in (NameLexicons.abbreviations + " " + NameLexicons.sentenceEndingAbbreviations)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }) where w.first?.isLowercase == true {
            table[LexiconHash.hash(w), default: []].insert(.lowercaseAbbreviation)
        }
        // Every title or honorific written with a period is an abbreviation too.
        for w in (NameLexicons.titles + " " + NameLexicons.honorifics + " " + NameLexicons.calendar)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }) where w.hasSuffix(".") {
            table[LexiconHash.hash(w), default: []].insert(.abbreviation)
        }
        // Place abbreviations ("Calif.", "N.Y.") are abbreviations as well.
        for line in lines(NameLexicons.placeAliases) {
            let alias = line.split(separator: "=", maxSplits: 1)[0].trimmingSpaces()
            if alias.hasSuffix(".") && !alias.contains(" ") {
                table[LexiconHash.hash(alias), default: []].formUnion([.abbreviation, .sentenceEndingAbbreviation])
            }
        }
        // One-word gazetteer names, so a sentence-initial "Russia" or "NATO" counts as a name.
        for (hash, entry) in gazetteer where entry.kind == .group {
            table[hash, default: []].insert(.group)
        }
        for list in [GeneratedPlaces.countries, GeneratedPlaces.usStates, GeneratedPlaces.cities, NameLexicons.places,
                     NameLexicons.placeAliases, NameLexicons.organizations] {
            for line in lines(list) {
                for side in line.split(separator: "=") {
                    let name = side.trimmingSpaces()
                    if !name.contains(" ") { table[LexiconHash.hash(name), default: []].insert(.gazetteerWord) }
                }
            }
        }
        return table
    }

    private static func buildGazetteer() -> [UInt64: GazetteerEntry] {
        var table: [UInt64: GazetteerEntry] = [:]
        func put(_ name: Substring, _ entry: GazetteerEntry) {
            table[LexiconHash.hash(name)] = entry
        }
        for list in [GeneratedPlaces.countries, GeneratedPlaces.usStates, GeneratedPlaces.cities, NameLexicons.places] {
            for name in lines(list) {
                var n = name.trimmingSpaces()
                if n.lowercased().hasPrefix("the ") { n = n.dropFirst(4) }
                put(n, GazetteerEntry(kind: .place, canonical: String(n)))
            }
        }
        // "alias = Canonical" lines; the canonical name maps to itself as well.
        func aliases(_ list: String, _ kind: ActorKind) {
            for line in lines(list) {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
                let canonical = String(parts.count > 1 ? parts[1] : parts[0])
                put(Substring(canonical), GazetteerEntry(kind: kind, canonical: canonical))
                put(parts[0], GazetteerEntry(kind: kind, canonical: canonical))
            }
        }
        aliases(NameLexicons.placeAliases, .place)
        aliases(NameLexicons.organizations, .organization)
        // "Russian Russians = Russians > Russia": names of a group, its canonical name, its place or party.
        for line in lines(NameLexicons.groups) {
            let sides = line.split(separator: ">", maxSplits: 1).map { $0.trimmingSpaces() }
            let left = sides[0].split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            let canonical = String(left.count > 1 ? left[1] : left[0].split(separator: " ").last!)
            let entry = GazetteerEntry(kind: .group, canonical: canonical,
                                       link: sides.count > 1 ? String(sides[1]) : nil)
            for name in left[0].split(separator: ",") { put(name.trimmingSpaces(), entry) }
            put(Substring(canonical), entry)
        }
        return table
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
