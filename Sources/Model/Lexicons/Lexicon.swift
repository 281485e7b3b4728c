// Lexicon lookups without a String per token: words are looked up by a 64-bit FNV-1a hash of their
// ASCII-lowercased UTF-8 bytes (a curly apostrophe hashes as a straight one; words of a phrase are
// joined by one space). The big generated lists (common words, first names) are a hash table laid
// out by scripts/gen_lexicons.py (GeneratedWordTable.swift), read in place with nothing to parse;
// the small hand-written lists (NameLexicons.swift) and the gazetteer are hashed once, on first use.

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

/// An open-addressing table keyed by lexicon hashes (already well mixed, so no second hash):
/// cheaper to fill and to probe than a Dictionary, which would SipHash every key again.
struct HashTable<Value>: @unchecked Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private var count = 0
    private let empty: Value

    init(capacity: Int, empty: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: empty, count: size)
        mask = size - 1
        self.empty = empty
    }

    @inline(__always) private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    subscript(hash: UInt64) -> Value? {
        let k = Self.key(hash)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Sets the value for `hash`, or merges it with the one there.
    mutating func update(_ hash: UInt64, _ merge: (inout Value) -> Void) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.key(hash)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let stored = keys[i]
            if stored == k { merge(&values[i]); return }
            if stored == 0 {
                keys[i] = k
                values[i] = empty
                merge(&values[i])
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value](repeating: empty, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            let v = oldValues[i]
            update(k) { $0 = v }
        }
    }

    /// Every stored (hash, value), in no order.
    var entries: [(UInt64, Value)] {
        keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]) }
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
    static let surnameHead = WordFlags(rawValue: 1 << 21)   // Hill, Post: a body's or place's head, and a surname
}

/// What a word near a name says of the name's kind (lists in NameLexicons.swift; read by KindEvidence).
struct KindCue: OptionSet, Sendable {
    let rawValue: UInt16
    static let bodyNoun = KindCue(rawValue: 1 << 0)      // "Acme shares", "Acme's chief executive"
    static let weakBodyNoun = KindCue(rawValue: 1 << 1)  // "Acme spokesman"
    static let bodyOf = KindCue(rawValue: 1 << 2)        // "shares of Acme"
    static let placeOf = KindCue(rawValue: 1 << 3)       // "the mayor of Arbor"
    static let bodyIn = KindCue(rawValue: 1 << 4)        // "a stake in Acme"
    static let personNoun = KindCue(rawValue: 1 << 5)    // "the Whitfield family"
    static let resultVerb = KindCue(rawValue: 1 << 6)    // "Acme reported …"
    static let financeNoun = KindCue(rawValue: 1 << 7)   // "… a profit"
    static let bodyKind = KindCue(rawValue: 1 << 8)      // "the news site X"
    static let placeKind = KindCue(rawValue: 1 << 9)     // "the village X"
    static let companySuffix = KindCue(rawValue: 1 << 10) // "Acme Corp"
    static let webDomain = KindCue(rawValue: 1 << 11)    // "Acme.com"
}

/// A known place, organisation or group, by the hash of its lowercased name (without "the").
struct GazetteerEntry: Sendable {
    var kind: ActorKind
    var canonical: String
    /// For a group: the canonical name of its place or party.
    var link: String?
    /// For a place: whether it is a country ("U.S.", "Britain"), whose bodies the text may name
    /// with or without it ("the U.S. State Department", "the State Department").
    var country = false
}

enum Lexicon {
    static let words = WordTableOfFlags(handWritten: buildWords())
    static let kindCues: HashTable<KindCue> = buildKindCues()

    /// What a word near a name says of its kind, by the word's hash.
    @inline(__always)
    static func kindCue(_ hash: UInt64) -> KindCue { kindCues[hash] ?? [] }
    static let gazetteerTable: (entries: [GazetteerEntry], index: HashTable<Int32>) = buildGazetteer()

    /// The gazetteer entry for the hash of a lowercased name.
    @inline(__always)
    static func gazetteer(_ hash: UInt64) -> GazetteerEntry? {
        guard let i = gazetteerTable.index[hash] else { return nil }
        return gazetteerTable.entries[Int(i)]
    }
    /// The most words in a gazetteer phrase.
    static let maxPhraseWords = 6

    /// The flags of a word: the hand-written lists' and the generated table's.
    @inline(__always)
    static func flags(_ hash: UInt64) -> WordFlags { words[hash] }

    private static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A).map { Substring($0) }
    }

    /// Calls `body` with the hash of each word of `text` (words separated by spaces or newlines).
    private static func forEachWord(_ text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { buf in
            var h = LexiconHash.seed, inWord = false
            for b in buf {
                if b == 0x20 || b == 0x0A {
                    if inWord { body(h) }
                    h = LexiconHash.seed; inWord = false; continue
                }
                h = LexiconHash.mix(h, b); inWord = true
            }
            if inWord { body(h) }
        }
    }

    private static func buildWords() -> HashTable<WordFlags> {
        var table = HashTable<WordFlags>(capacity: 4_000, empty: [])
        func add(_ list: String, _ f: WordFlags) {
            forEachWord(list) { hash in table.update(hash) { $0.formUnion(f) } }
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
        add(NameLexicons.surnameHeads, .surnameHead)
        add(NameLexicons.thingHeads, .thingHead)
        add(NameLexicons.connectors, .connector)
        add(NameLexicons.suffixes, .suffix)
        add(NameLexicons.departmentWords, .departmentWord)
        add(NameLexicons.notNames, .notAName)
        add(NameLexicons.abbreviations, .abbreviation)
        add(NameLexicons.sentenceEndingAbbreviations, [.abbreviation, .sentenceEndingAbbreviation])
        for w in (NameLexicons.abbreviations + " " + NameLexicons.sentenceEndingAbbreviations)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }) where w.first?.isLowercase == true {
            table.update(LexiconHash.hash(w)) { $0.insert(.lowercaseAbbreviation) }
        }
        // Every title or honorific written with a period is an abbreviation too.
        for w in (NameLexicons.titles + " " + NameLexicons.honorifics + " " + NameLexicons.calendar)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }) where w.hasSuffix(".") {
            table.update(LexiconHash.hash(w)) { $0.insert(.abbreviation) }
        }
        // Place abbreviations ("Calif.", "N.Y.") are abbreviations as well.
        for line in lines(NameLexicons.placeAliases) {
            let alias = line.split(separator: "=", maxSplits: 1)[0].trimmingSpaces()
            if alias.hasSuffix(".") && !alias.contains(" ") {
                table.update(LexiconHash.hash(alias)) { $0.formUnion([.abbreviation, .sentenceEndingAbbreviation]) }
            }
        }
        // One-word gazetteer names, so a sentence-initial "Russia" or "NATO" counts as a name.
        for (hash, i) in gazetteerTable.index.entries where gazetteerTable.entries[Int(i)].kind == .group {
            table.update(hash) { $0.insert(.group) }
        }
        for list in [GeneratedPlaces.countries, GeneratedPlaces.usStates, GeneratedPlaces.cities, NameLexicons.places,
                     NameLexicons.placeAliases, NameLexicons.organizations] {
            for line in lines(list) {
                for side in line.split(separator: "=") {
                    let name = side.trimmingSpaces()
                    if !name.contains(" ") { table.update(LexiconHash.hash(name)) { $0.insert(.gazetteerWord) } }
                }
            }
        }
        return table
    }

    private static func buildKindCues() -> HashTable<KindCue> {
        var table = HashTable<KindCue>(capacity: 256, empty: [])
        func add(_ list: String, _ c: KindCue) {
            forEachWord(list) { hash in table.update(hash) { $0.formUnion(c) } }
        }
        add(NameLexicons.bodyNouns, .bodyNoun)
        add(NameLexicons.weakBodyNouns, .weakBodyNoun)
        add(NameLexicons.bodyOfWords, .bodyOf)
        add(NameLexicons.placeOfWords, .placeOf)
        add(NameLexicons.bodyInWords, .bodyIn)
        add(NameLexicons.personNouns, .personNoun)
        add(NameLexicons.resultVerbs, .resultVerb)
        add(NameLexicons.financeNouns, .financeNoun)
        add(NameLexicons.bodyKindNouns, .bodyKind)
        add(NameLexicons.placeKindNouns, .placeKind)
        add(NameLexicons.companySuffixes, .companySuffix)
        add(NameLexicons.webDomains, .webDomain)
        return table
    }

    private static func buildGazetteer() -> (entries: [GazetteerEntry], index: HashTable<Int32>) {
        var entries: [GazetteerEntry] = []
        var table = HashTable<Int32>(capacity: 2_000, empty: -1)
        func put(_ name: Substring, _ entry: GazetteerEntry) {
            let i = Int32(entries.count)
            entries.append(entry)
            table.update(LexiconHash.hash(name)) { $0 = i }
        }
        let countries = Set(lines(GeneratedPlaces.countries).map { String($0.trimmingSpaces()) })
        for list in [GeneratedPlaces.countries, GeneratedPlaces.usStates, GeneratedPlaces.cities, NameLexicons.places] {
            for name in lines(list) {
                var n = name.trimmingSpaces()
                if n.lowercased().hasPrefix("the ") { n = n.dropFirst(4) }
                put(n, GazetteerEntry(kind: .place, canonical: String(n), country: countries.contains(String(n))))
            }
        }
        // "alias = Canonical" lines; the canonical name maps to itself as well.
        func aliases(_ list: String, _ kind: ActorKind) {
            for line in lines(list) {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
                let canonical = String(parts.count > 1 ? parts[1] : parts[0])
                let entry = GazetteerEntry(kind: kind, canonical: canonical,
                                           country: kind == .place && countries.contains(canonical))
                put(Substring(canonical), entry)
                put(parts[0], entry)
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
        return (entries, table)
    }
}

/// Every word's flags in one sorted table, found through the bucket of the hash's top bits: the
/// generated lists (GeneratedWordTable: sorted entries of 16 hex digits, a word's hash with its low
/// 4 bits replaced by flag bits), decoded eight digits at a time, merged with the few hand-written
/// words. Building it takes no hashing and no table filling for the big lists. Keys are hashes
/// without their low 4 bits.
struct WordTableOfFlags: Sendable {
    static let bucketBits = 15
    static let shift = UInt64(64 - bucketBits)
    private(set) var keys: [UInt64] = []
    private var values: [WordFlags] = []
    /// starts[b]..<starts[b + 1]: the entries of bucket b.
    private var starts: [UInt32] = []
    /// The abbreviation flags alone, for the few hand-written words that have them: a table small
    /// enough to stay in cache for the tokenizer, which asks at every word before a period
    /// (the generated entries never carry these flags, so the answer is the whole table's).
    private var abbreviations = HashTable<WordFlags>(capacity: 512, empty: [])

    init(handWritten: HashTable<WordFlags>) {
        let hand = handWritten.entries.map { (key: $0.0 & ~0xF, flags: $0.1) }.sorted { $0.key < $1.key }
        let abbreviationFlags: WordFlags = [.abbreviation, .lowercaseAbbreviation]
        for (key, f) in hand where !f.isDisjoint(with: abbreviationFlags) {
            abbreviations.update(key) { $0.formUnion(f.intersection(abbreviationFlags)) }
        }
        let text = GeneratedWordTable.entries
        let n = text.utf8CodeUnitCount / 16
        let raw = UnsafeRawPointer(text.utf8Start)
        keys.reserveCapacity(n + hand.count)
        values.reserveCapacity(n + hand.count)
        var h = 0
        func append(_ key: UInt64, _ f: WordFlags) {
            if let last = keys.last, last == key { values[values.count - 1].formUnion(f) } else { keys.append(key); values.append(f) }
        }
        for i in 0..<n {
            let hi = Self.hex8(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 16, as: UInt64.self)))
            let lo = Self.hex8(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 16 + 8, as: UInt64.self)))
            let entry = hi << 32 | lo, key = entry & ~0xF
            while h < hand.count && hand[h].key <= key { append(hand[h].key, hand[h].flags); h += 1 }
            append(key, Self.flags(bits: UInt8(entry & 0xF)))
        }
        while h < hand.count { append(hand[h].key, hand[h].flags); h += 1 }
        starts = [UInt32](repeating: UInt32(keys.count), count: (1 << Self.bucketBits) + 1)
        var b = 0
        for (i, k) in keys.enumerated() {
            let kb = Int(truncatingIfNeeded: k >> Self.shift)
            while b <= kb { starts[b] = UInt32(i); b += 1 }
        }
    }

    /// `self[hash].intersection([.abbreviation, .lowercaseAbbreviation])`, from the small table.
    @inline(__always)
    func abbreviationFlags(_ hash: UInt64) -> WordFlags { abbreviations[hash & ~0xF] ?? [] }

    /// The value of 8 lowercase hex digits read as one little-endian word.
    @inline(__always)
    static func hex8(_ x: UInt64) -> UInt64 {
        let letter = (x >> 6) & 0x0101_0101_0101_0101
        let v = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ letter &* 9           // each byte: its digit's value
        let pairs = ((v & 0x000F_000F_000F_000F) << 4) | ((v >> 8) & 0x000F_000F_000F_000F)
        let packed = (pairs & 0xFF) | ((pairs >> 8) & 0xFF00) | ((pairs >> 16) & 0xFF_0000) | ((pairs >> 24) & 0xFF00_0000)
        return UInt64(UInt32(truncatingIfNeeded: packed).byteSwapped)
    }

    /// The generated table's flag bits (see word_table in scripts/gen_lexicons.py).
    static func flags(bits b: UInt8) -> WordFlags {
        var f: WordFlags = []
        if b & 1 != 0 { f.insert(.commonWord) }
        if b & 2 != 0 { f.insert(.firstName) }
        if b & 4 != 0 { f.insert(.male) }
        if b & 8 != 0 { f.insert(.female) }
        return f
    }

    @inline(__always)
    subscript(hash: UInt64) -> WordFlags {
        let b = Int(truncatingIfNeeded: hash >> Self.shift)
        var i = Int(starts[b])
        let end = Int(starts[b + 1])
        let key = hash & ~0xF
        while i < end {
            let k = keys[i]
            if k == key { return values[i] }
            if k > key { break }
            i += 1
        }
        return []
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
