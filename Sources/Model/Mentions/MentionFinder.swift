// Pass 4: mention candidates. Runs of capitalised words (with name particles such as "de" and
// "of" inside a body's name), cut into the name of a person, organisation, place or group:
//   - titles are not names: "Secretary of State Marco Rubio" → Marco Rubio; "FBI Director James
//     Comey" → FBI and James Comey; a title alone ("President") names no one;
//   - a capital at a sentence's start (or after an opening quote, a colon or a dash) is evidence
//     of nothing: such a word starts a name only when the text capitalises it elsewhere, mid-sentence,
//     or a lexicon knows it ("However", "Despite", "Critics" do not; "Trump", "Russia" do);
//   - in a headline or a title-case line every word is treated so;
//   - months, weekdays, function words and things ("the Affordable Care Act") are no actors;
//   - a name nothing classifies is a person by default, a guess the words around its mentions may
//     overturn (KindEvidence.swift: "shares of Acme", "in Arbor");
//   - a run of capitals ("HUFFPOST READERS") names a person only if its words are names elsewhere;
//   - a web page's header line ("By … · date · site", made by the reader) names no actor.
// Lexicons: Lexicons/NameLexicons.swift and the generated place and first-name lists.

public struct MentionCandidate: Hashable, Sendable {
    /// The name as written (with an honorific such as "Mr.", without a title or a possessive "'s").
    // (The one-byte fields come last, packed together: a candidate is copied often.)
    public var span: Span
    public var paragraph: Int
    /// The tokens of the name proper (no honorific), indices into `Document.tokens`.
    public var nameTokens: Range<Int>
    /// The canonical name when a lexicon knows the name ("E.U." → "European Union").
    public var canonical: String?
    /// For a group: the canonical name of its place or party.
    public var link: String?
    public var kind: ActorKind
    /// Whether a title or honorific stood before the name ("President", "Mr.").
    public var titled: Bool
    /// What the title or honorific says of the person: "Mr." → male, "Mrs." → female.
    var male = false, female = false
    /// A lone title word ("Dean", "King"): a mention only of a person already named with that surname.
    var surnameOnly = false
    /// A person by default only: nothing in the name says what it names ("Brambleworth").
    var guessed = false
    /// For a guessed name: what the words around this mention say of its kind.
    var evidence = KindEvidence()

    public init(span: Span, paragraph: Int, kind: ActorKind = .person, nameTokens: Range<Int> = 0..<0,
                canonical: String? = nil, link: String? = nil, titled: Bool = false) {
        self.span = span
        self.paragraph = paragraph
        self.kind = kind
        self.nameTokens = nameTokens
        self.canonical = canonical
        self.link = link
        self.titled = titled
    }
}

enum MentionFinder {
    static func find(in document: Document) -> [MentionCandidate] {
        var finder = Finder(document: document)
        finder.collectEvidence()
        finder.findAll(skipping: Finder.headerLine(document))
        finder.addPlaceWordEvidence()
        return finder.out
    }
}

/// The per-document state of the mention pass.
private struct Finder {
    // (Kept small: the optimiser copies the finder around calls, and a larger one costs a memcpy each time.)
    let paragraphs: [Paragraph]
    let sentences: [Sentence]
    let bytes: [UInt8]
    let tokens: [Token]
    /// Hashes of words the text capitalises mid-sentence, outside headlines and runs of capitals.
    /// (An open-addressing table, not a Set: the hashes are already mixed, no SipHash per word.)
    var evidence = HashTable<Bool>(capacity: 64, empty: false)
    /// Hashes of the names in "Arbor-based": places.
    var basedWords = Set<UInt64>()
    /// Hashes of the surnames of persons named so far with a first name or a title.
    var namedPersons = HashTable<Bool>(capacity: 16, empty: false)
    /// The tokens of the sentence being named.
    var sentenceTokens = 0..<0
    /// Each sentence's titleCaseEnd, found while collecting evidence and reused by findAll.
    var titleEnds: [Int] = []
    /// Per token: its hash (name part, lowercased), for capitalised words only.
    var hashes: [UInt64]
    /// Per token: the lexicon's flags for its hash, looked up once (the big word table misses the
    /// cache, and the passes below ask of a word's flags many times).
    var wordFlags: [WordFlags]
    /// Per token: whether it is a word that starts with a capital (asked of each token several
    /// times by the passes below; found once).
    let capitalised: [Bool]
    var out: [MentionCandidate] = []

    init(document: Document) {
        self.paragraphs = document.paragraphs
        self.sentences = document.sentences
        self.bytes = document.bytes
        self.tokens = document.tokens
        self.hashes = [UInt64](repeating: 0, count: document.tokens.count)
        self.wordFlags = [WordFlags](repeating: Lexicon.flags(0), count: document.tokens.count)
        let bytes = document.bytes
        self.capitalised = document.tokens.map { Self.startsWithCapital($0, bytes) }
    }

    /// The paragraph that is a web page's header line ("By Ana Ruiz · 2024-03-05 · Example News"),
    /// as the reader writes it: one of the first three, short, its items separated by " · ".
    static func headerLine(_ document: Document) -> Int? {
        let bytes = document.bytes
        for (p, paragraph) in document.paragraphs.prefix(3).enumerated() where paragraph.span.length <= 400 {
            // It opens with "By " or a date; its first item ends within 200 bytes.
            let first = bytes[paragraph.span.start]
            guard first >= 0x30 && first <= 0x39 || paragraph.span.length > 3 && first == 0x42 && bytes[paragraph.span.start + 1] == 0x79
                    && bytes[paragraph.span.start + 2] == 0x20 else { continue }
            let end = min(paragraph.span.end, paragraph.span.start + 200)
            var i = paragraph.span.start
            while i + 3 < end {
                if bytes[i] == 0x20 && bytes[i + 1] == 0xC2 && bytes[i + 2] == 0xB7 && bytes[i + 3] == 0x20 { return p }
                i += 1
            }
        }
        return nil
    }

    // MARK: token tests

    @inline(__always)
    func isCapitalised(_ t: Int) -> Bool { capitalised[t] }

    /// A word that starts with a capital letter.
    static func startsWithCapital(_ tok: Token, _ bytes: [UInt8]) -> Bool {
        guard tok.kind == .word else { return false }
        let b = bytes[tok.span.start]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return ScalarClass.isUppercase(UTF8Scalars.scalar(bytes, tok.span.start).0)
    }

    /// The end of a word without a possessive ending ('s, ’s, s', s’).
    @inline(__always)
    func nameEnd(_ t: Int) -> Int {
        let s = tokens[t].span
        let e = s.end
        if s.length > 2 && bytes[e - 1] == 0x73 && bytes[e - 2] == 0x27 { return e - 2 }
        if s.length > 4 && bytes[e - 1] == 0x73 && bytes[e - 2] == 0x99 && bytes[e - 3] == 0x80 && bytes[e - 4] == 0xE2 { return e - 4 }
        if s.length > 2 && bytes[e - 1] == 0x27 { return e - 1 }
        if s.length > 4 && bytes[e - 1] == 0x99 && bytes[e - 2] == 0x80 && bytes[e - 3] == 0xE2 { return e - 3 }
        return e
    }

    @inline(__always)
    func isPossessive(_ t: Int) -> Bool { nameEnd(t) != tokens[t].span.end }

    @inline(__always)
    func flags(_ t: Int) -> WordFlags { wordFlags[t] }

    /// No lowercase letter and at least two capitals: "NATO", "READERS".
    @inline(__always)
    func isAllCapitals(_ t: Int) -> Bool {
        let s = tokens[t].span
        guard s.length >= 2, bytes[s.start + 1] < 0x61 || bytes[s.start + 1] > 0x7A else { return false }
        var capitals = 0
        for i in s.start..<nameEnd(t) {
            let b = bytes[i]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { capitals += 1 }
        }
        return capitals >= 2
    }

    /// A word in capitals beside another in the sentence ("HUFFPOST READERS"): shouting, no evidence
    /// that the word is a name.
    @inline(__always)
    func isShouted(_ t: Int, in sentence: Range<Int>) -> Bool {
        guard isAllCapitals(t) else { return false }
        return t - 1 >= sentence.lowerBound && isCapitalised(t - 1) && isAllCapitals(t - 1)
            || t + 1 < sentence.upperBound && isCapitalised(t + 1) && isAllCapitals(t + 1)
    }

    /// All capitals, 2 to 6 letters, maybe dotted: "NATO", "FBI", "E.U.".
    func isAcronym(_ t: Int) -> Bool {
        let s = Span(tokens[t].span.start, nameEnd(t))
        var letters = 0
        for i in s.start..<s.end {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b != 0x2E && b != 0x26 { return false }
        }
        return letters >= 2 && letters <= 6
    }

    /// A word the text or a lexicon knows as (part of) a name.
    func isKnown(_ t: Int, titleCase: Bool = false) -> Bool {
        let f = flags(t)
        if f.contains(.stop) || f.contains(.calendar) || f.contains(.notAName) { return false }
        if !f.intersection([.firstName, .group, .gazetteerWord, .honorific, .title]).isEmpty { return true }
        return evidence[hashes[t]] != nil || (!titleCase && isAcronym(t) && !f.contains(.commonWord))
    }

    /// Whether token t stands where any word is capitalised: a sentence's start, or after an
    /// opening quotation mark, a colon, a dash or an opening bracket.
    func isInitialPosition(_ t: Int, sentenceStart: Int) -> Bool {
        if t == sentenceStart { return true }
        let prev = tokens[t - 1]
        switch prev.kind {
        case .dash: return true
        case .quote: return isOpeningQuote(t - 1)
        case .punctuation:
            let b = bytes[prev.span.start]
            return b == 0x3A || b == 0x28 || b == 0x5B || b == 0x3B || b == 0x2E || b == 0x21 || b == 0x3F
        default: return false
        }
    }

    /// An opening quotation mark: “ ‘ «, or a straight one with space (or nothing) before it.
    func isOpeningQuote(_ q: Int) -> Bool {
        let s = tokens[q].span
        let b = bytes[s.start]
        if b == 0xE2 && s.length == 3 { return bytes[s.start + 2] == 0x9C || bytes[s.start + 2] == 0x98 }
        if b == 0xC2 { return bytes[s.start + 1] == 0xAB }
        if s.start == 0 { return true }
        let before = bytes[s.start - 1]
        return before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D || before == 0x28 || before == 0xA0
    }

    /// A headline, or a line in title case: function words are capitalised ("Has", "To", "On"),
    /// along with most words that English writes in lowercase; or a line in capitals.
    /// Needs the sentence's hashes.
    func isTitleCase(_ sentence: Sentence) -> Bool {
        if paragraphs[sentence.paragraph].isHeadline { return true }
        var lowercase = 0, capitalisedCommon = 0, capitalisedStop = 0, shouted = 0
        for t in sentence.tokens.dropFirst() where tokens[t].kind == .word {
            if isCapitalised(t) {
                let f = flags(t)
                if f.contains(.stop) { capitalisedStop += 1; capitalisedCommon += 1 }
                else if f.contains(.commonWord) {
                    capitalisedCommon += 1
                    let s = tokens[t].span
                    if s.length >= 3 && bytes[s.start + 1] >= 0x41 && bytes[s.start + 1] <= 0x5A { shouted += 1 }
                }
            } else {
                lowercase += 1
            }
        }
        return (capitalisedStop >= 2 && capitalisedCommon >= lowercase) || shouted >= 3
    }

    /// Where title case ends in the sentence: its end for a title-case line, the colon after a
    /// title-case lead-in ("Veto Power Impedes Peace Efforts: The council …"), else its start.
    func titleCaseEnd(_ sentence: Sentence) -> Int {
        if isTitleCase(sentence) { return sentence.tokens.upperBound }
        var lowercase = 0, capitalisedCommon = 0
        for t in sentence.tokens.prefix(12) {
            let tok = tokens[t]
            if tok.kind == .punctuation && tok.span.length == 1 && bytes[tok.span.start] == 0x3A {
                return capitalisedCommon >= 2 && capitalisedCommon > lowercase ? t : sentence.tokens.lowerBound
            }
            guard tok.kind == .word else { continue }
            if isCapitalised(t) {
                if flags(t).contains(.commonWord) || flags(t).contains(.stop) { capitalisedCommon += 1 }
            } else {
                lowercase += 1
            }
        }
        return sentence.tokens.lowerBound
    }

    // MARK: passes

    /// Hashes every capitalised word, and records those capitalised mid-sentence.
    mutating func collectEvidence() {
        for sentence in sentences {
            for t in sentence.tokens where isCapitalised(t) {
                hashes[t] = LexiconHash.hash(bytes, Span(tokens[t].span.start, nameEnd(t)))
                wordFlags[t] = Lexicon.flags(hashes[t])
                if let place = basedName(t) { basedWords.insert(place) }
            }
            let titleEnd = titleCaseEnd(sentence)
            titleEnds.append(titleEnd)
            for t in sentence.tokens where isCapitalised(t) {
                if t >= titleEnd && !isInitialPosition(t, sentenceStart: sentence.tokens.lowerBound)
                    && !isShouted(t, in: sentence.tokens) {
                    evidence.update(hashes[t]) { $0 = true }
                }
            }
        }
    }

    /// Names every run of capitalised words, in every paragraph but `header`.
    mutating func findAll(skipping header: Int?) {
        var pieces: [TokenRun] = []
        for (n, sentence) in sentences.enumerated() where sentence.paragraph != header {
            let titleEnd = n < titleEnds.count ? titleEnds[n] : titleCaseEnd(sentence)
            let start = sentence.tokens.lowerBound, end = sentence.tokens.upperBound
            var t = start
            while t < end {
                guard isCapitalised(t) else { t += 1; continue }
                if isHashtagOrHandle(t) { t += 1; continue }
                // Grow a run of capitalised words and name particles (consecutive tokens).
                var k = t + 1
                if !isPossessive(t) {
                    while k < end {
                        if isCapitalised(k) {
                            k += 1
                            if isPossessive(k - 1) { break }
                            continue
                        }
                        if let skip = particleLength(k, end: end, previous: k - 1) {
                            k += skip
                            continue
                        }
                        break
                    }
                }
                let run = TokenRun(t..<k)
                t = k
                let titleCase = run[0] < titleEnd
                splitAtNonNames(run, into: &pieces)
                for piece in pieces {
                    let initial = titleCase || isInitialPosition(piece[0], sentenceStart: start)
                    nameRun(piece, initial: initial, titleCase: titleCase, paragraph: sentence.paragraph, sentence: sentence.tokens)
                }
            }
        }
    }

    /// "#FeelTheBern", "@handle": the word touches a # or @ before it.
    func isHashtagOrHandle(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        let p = tokens[t - 1]
        guard p.kind == .punctuation, p.span.end == tokens[t].span.start else { return false }
        let b = bytes[p.span.start]
        return b == 0x23 || b == 0x40
    }

    /// A lowercase name particle ("de", "bin", "of", "for the") that continues the run: the
    /// number of its tokens, when a capitalised word follows it.
    func particleLength(_ k: Int, end: Int, previous: Int) -> Int? {
        let tok = tokens[k]
        if tok.kind == .punctuation && tok.span.length == 1 && bytes[tok.span.start] == 0x26 {  // &
            return k + 1 < end && isCapitalised(k + 1) ? 1 : nil
        }
        guard tok.kind == .word, tok.span.length <= 4 else { return nil }
        let h = LexiconHash.hash(bytes, tok.span)
        if Lexicon.flags(h).contains(.connector) {
            return k + 1 < end && isCapitalised(k + 1) ? 1 : nil
        }
        // "of" / "for" / "on" only after a title or a body's head word: "Secretary of State",
        // "University of Texas", "Center for American Progress".
        guard h == Self.of || h == Self.for || h == Self.on else { return nil }
        let pf = flags(previous)
        guard !pf.intersection([.title, .orgHead, .placeHead, .departmentWord]).isEmpty else { return nil }
        if k + 1 < end && isCapitalised(k + 1) { return 1 }
        if k + 2 < end && LexiconHash.hash(bytes, tokens[k + 1].span) == Self.the && isCapitalised(k + 2) { return 2 }
        return nil
    }

    static let of = LexiconHash.hash("of"), `for` = LexiconHash.hash("for"), on = LexiconHash.hash("on")
    static let the = LexiconHash.hash("the")
    static let stateBodyNouns = Set(NameLexicons.stateBodyNouns.split(whereSeparator: \.isWhitespace).map { LexiconHash.hash($0) })

    /// Emits a run the gazetteer names. A nationality, then a state body's noun, names that body:
    /// "the British government" is an organisation, not the British people.
    mutating func emitKnown(_ run: TokenRun, _ entry: GazetteerEntry, paragraph: Int) {
        if entry.kind == .group, run.count == 1, let body = stateBodyNoun(after: run[0]) {
            emit(TokenRun(run[0]..<(body + 1)), kind: .organization, paragraph: paragraph); return
        }
        emit(run, kind: entry.kind, canonical: entry.canonical, link: entry.link, paragraph: paragraph)
    }

    /// The token after `t` when it is a lower-case state body's noun and `t` is no possessive.
    func stateBodyNoun(after t: Int) -> Int? {
        let next = t + 1
        guard next < tokens.count, tokens[next].kind == .word, !isPossessive(t), !isCapitalised(next),
              tokens[next].span.start == tokens[t].span.end + 1 else { return nil }
        return Self.stateBodyNouns.contains(LexiconHash.hash(bytes, Span(tokens[next].span.start, nameEnd(next)))) ? next : nil
    }

    /// Cuts a run at words that are never part of a name: function words, months and weekdays
    /// (but "Theresa May"), capitalised non-names ("Internet").
    func splitAtNonNames(_ run: TokenRun, into pieces: inout [TokenRun]) {
        pieces.removeAll(keepingCapacity: true)
        var current = run[0..<0]
        for (i, t) in run.enumerated() {
            let f = tokens[t].kind == .word && hashes[t] != 0 ? flags(t) : []
            var breaks = f.contains(.stop) || f.contains(.notAName)
                || (hashes[t] != 0 && (endsInLowercaseSegment(t) || isNotANameShape(t)))
            if f.contains(.calendar) {
                // A month after a first name is a surname: "Theresa May".
                let afterFirstName = i > 0 && flags(run[i - 1]).contains(.firstName) && f.contains(.firstName)
                breaks = !afterFirstName
            }
            if breaks {
                addPiece(current, to: &pieces)
                current = run[(i + 1)..<(i + 1)]
            } else {
                current = run[(i - current.count)..<(i + 1)]
            }
        }
        addPiece(current, to: &pieces)
    }

    /// "Arbor-based": the hash of Arbor, a place.
    @inline(__always)
    func basedName(_ t: Int) -> UInt64? {
        let s = tokens[t].span
        guard s.length > 7, bytes[s.end - 1] == 0x64, bytes[s.end - 6] == 0x2D, bytes[s.end - 5] == 0x62, bytes[s.end - 4] == 0x61,
              bytes[s.end - 3] == 0x73, bytes[s.end - 2] == 0x65 else { return nil }
        return LexiconHash.hash(bytes, Span(s.start, s.end - 6))
    }

    /// Gives a one-word guessed name the text calls "X-based" the evidence of a place.
    mutating func addPlaceWordEvidence() {
        guard !basedWords.isEmpty else { return }
        for i in out.indices where out[i].guessed && out[i].nameTokens.count == 1
            && basedWords.contains(hashes[out[i].nameTokens.lowerBound]) {
            out[i].evidence.place += 2
        }
    }

    /// A piece may not start or end in a particle ("of", "de").
    func addPiece(_ piece: TokenRun, to pieces: inout [TokenRun]) {
        var p = piece
        while let last = p.last, !isCapitalised(last) { p.removeLast() }
        while let first = p.first, !isCapitalised(first) { p.removeFirst() }
        if !p.isEmpty { pieces.append(p) }
    }

    // MARK: naming a run

    /// A step of naming a run. Naming cuts a run into parts (what precedes a title, a body before
    /// a group word, …) and names each part in turn. The parts wait on a stack of steps, not on
    /// the call stack, so a run of thousands of words ("Thai Thai Thai …") recurses no deeper.
    enum Step {
        case name(TokenRun, initial: Bool, titleCase: Bool)
        case classify(TokenRun, titled: Bool, honorific: Int?)
        case emit(MentionCandidate)
        /// Notes where the candidates of a titled name start, for `titleSexes`.
        case mark
        /// Gives the persons found since the last mark what their title says of their sex.
        case titleSexes(male: Bool, female: Bool)
    }

    /// The steps still to run, the next one last.
    var steps: [Step] = []
    /// What the running step leaves to do after it, in order.
    var later: [Step] = []
    var marks: [Int] = []

    /// A name has at most this many tokens: a longer run of capitalised words (a list, a chant, a
    /// flattened table) is named in pieces of this size, which bounds the work per word (naming
    /// a run is quadratic in its length).
    static let maxNameTokens = 32

    /// Names one run: runs the steps it takes until none is left.
    mutating func nameRun(_ run: TokenRun, initial: Bool, titleCase: Bool, paragraph: Int, sentence: Range<Int>) {
        sentenceTokens = sentence
        steps.append(.name(run, initial: initial, titleCase: titleCase))
        while let step = steps.popLast() {
            switch step {
            case let .name(run, initial, titleCase):
                name(run, initial: initial, titleCase: titleCase, paragraph: paragraph)
            case let .classify(run, titled, honorific):
                classify(run, titled: titled, honorific: honorific, paragraph: paragraph)
            case let .emit(candidate):
                out.append(candidate)
            case .mark:
                marks.append(out.count)
            case let .titleSexes(male, female):
                let before = marks.removeLast()
                for i in before..<out.count where out[i].kind == .person {
                    out[i].male = male
                    out[i].female = female
                }
            }
            while let next = later.popLast() { steps.append(next) }
        }
    }

    /// Turns one run into mentions: drops an unknown initial word, splits off titles and what
    /// precedes them, then classifies the rest. The parts it names are left to later steps.
    mutating func name(_ run: TokenRun, initial: Bool, titleCase: Bool, paragraph: Int) {
        var run = run
        if titleCase {
            // Every word is capitalised here: keep only stretches of known words.
            // Every word is capitalised here: keep gazetteer names and stretches of known words.
            var stretch = run[0..<0]  // consecutive words of the run
            var i = 0
            while i < run.count {
                if isCapitalised(run[i]), let n = gazetteerPrefix(run[i...]), n >= 2 {
                    if !stretch.isEmpty { later.append(.name(stretch, initial: false, titleCase: false)) }
                    later.append(.name(run[i..<(i + n)], initial: false, titleCase: false))
                    i += n
                    stretch = run[i..<i]
                    continue
                }
                let t = run[i]
                let afterFirstName = (stretch.last.map { flags($0).contains(.firstName) } ?? false)
                    && flags(t).intersection([.commonWord, .stop, .calendar, .notAName]).isEmpty
                if isKnown(t, titleCase: true) || afterFirstName || !isCapitalised(t) && !stretch.isEmpty {
                    stretch = run[(i - stretch.count)..<(i + 1)]
                } else {
                    if !stretch.isEmpty { later.append(.name(stretch, initial: false, titleCase: false)) }
                    stretch = run[(i + 1)..<(i + 1)]
                }
                i += 1
            }
            if !stretch.isEmpty { later.append(.name(stretch, initial: false, titleCase: false)) }
            return
        }
        if run.count > Self.maxNameTokens {
            // Pieces are cut from the end, where the name after a run of titles is.
            var start = 0, end = run.count % Self.maxNameTokens
            if end == 0 { end = Self.maxNameTokens }
            while start < run.count {
                var piece = run[start..<end]
                while let f = piece.first, !isCapitalised(f) { piece.removeFirst() }
                while let l = piece.last, !isCapitalised(l) { piece.removeLast() }
                if !piece.isEmpty { later.append(.name(piece, initial: initial && start == 0, titleCase: false)) }
                (start, end) = (end, end + Self.maxNameTokens)
            }
            return
        }
        // A dateline's place ("NASHUA, N.H. —"): the capitalised run it opens with.
        if let dateline = paragraphs[paragraph].dateline, tokens[run[0]].span.start == dateline.start,
           tokens[run[run.count - 1]].span.end <= dateline.end {
            if let entry = gazetteer(run) {
                emit(run, kind: entry.kind, canonical: entry.canonical, link: entry.link, paragraph: paragraph)
            } else {
                emit(run, kind: .place, paragraph: paragraph)
            }
            return
        }
        // An unknown word at a sentence's start is dropped, unless it opens a longer name and is no
        // word English writes in lowercase ("Osama bin Laden declared …", not "Several European …").
        if initial, let first = run.first, !isKnown(first), !flags(first).contains(.titleModifier),
           !(run.count == 1 && flags(first).contains(.surnameHead)),  // "Hill said": kept only as a surname
           !startsWithGazetteerName(run),
           run.count == 1 || flags(first).contains(.commonWord) || !isCapitalised(run[1]) && run.count == 2 {
            run.removeFirst()
            while let f = run.first, !isCapitalised(f) { run.removeFirst() }
            guard !run.isEmpty else { return }
        }
        // A whole name the gazetteer knows, or a body's name, has no title in it.
        if let entry = gazetteer(run) { emitKnown(run, entry, paragraph: paragraph); return }
        let lastFlags = flags(run.last!)
        if run.count > 1 && lastFlags.contains(.orgHead) && !lastFlags.contains(.title)
            && !(lastFlags.contains(.surnameHead) && isFirstNameAndSurnameHead(run)) {
            emit(run, kind: .organization, paragraph: paragraph); return
        }
        // "University of Chicago", "Bank of America", "District of Columbia".
        if let of = firstOfParticle(run), of > 0 {
            let f = flags(run[of - 1])
            if f.contains(.orgHead) { emit(run, kind: .organization, paragraph: paragraph); return }
            if f.contains(.placeHead) { emit(run, kind: .place, paragraph: paragraph); return }
        }
        if let (titleStart, start) = titleSpan(run), start < 0 {
            // "Mr. King": a title word after an honorific, kept if it is a known surname.
            if titleStart > 0 { later.append(.name(run[..<titleStart], initial: initial, titleCase: false)) }
            emit(TokenRun(one: run[-start]), kind: .person, honorific: run[-start - 1], titled: true, surnameOnly: true,
                 paragraph: paragraph)
            return
        }
        if let (titleStart, nameStart) = titleSpan(run),
           // "Carla Dean", "Martin Luther King": a title word at the end, after a first name, is a surname.
           !(titleStart > 0 && nameStart == run.count && flags(run[titleStart - 1]).contains(.firstName)) {
            if titleStart > 0 {
                later.append(.name(run[..<titleStart], initial: initial, titleCase: false))
            }
            guard nameStart < run.count else {
                // A lone title word may be a surname ("Dean said", "King left"): kept only if it is one.
                if run.count == 1 { emit(run, kind: .person, surnameOnly: true, paragraph: paragraph) }
                return
            }
            // A lone department word after "Secretary of" is no name: "Secretary of State".
            if nameStart == run.count - 1 && flags(run[nameStart]).contains(.departmentWord) { return }
            let honorific = flags(run[nameStart - 1]).contains(.honorific) ? run[nameStart - 1] : nil
            // "the Queen City": a title before one lowercase-only word names no one ("Mr. Hurt" does).
            if honorific == nil && nameStart == run.count - 1
                && !flags(run[nameStart]).intersection([.orgHead, .placeHead, .thingHead]).isEmpty { return }
            var titleFlags: WordFlags = []
            for t in run[titleStart..<nameStart] where hashes[t] != 0 { titleFlags.formUnion(flags(t)) }
            later.append(.mark)
            later.append(.classify(run[nameStart...], titled: true, honorific: honorific))
            later.append(.titleSexes(male: titleFlags.contains(.male), female: titleFlags.contains(.female)))
            return
        }
        classify(run, titled: false, honorific: nil, paragraph: paragraph)
    }

    /// Where "of", "for" or "on" stands in the run.
    func firstOfParticle(_ run: TokenRun) -> Int? {
        for (i, t) in run.enumerated() where !isCapitalised(t) && tokens[t].kind == .word {
            let h = LexiconHash.hash(bytes, tokens[t].span)
            if h == Self.of || h == Self.for || h == Self.on { return i }
        }
        return nil
    }

    /// Where a title starts in the run and where the name after it starts. A title is title words
    /// ("Sen.", "President"), modifiers before one ("Former Vice President"), and "of" with the
    /// department after it ("Secretary of State").
    func titleSpan(_ run: TokenRun) -> (Int, Int)? {
        var i = 0
        while i < run.count {
            let f = flags(run[i])
            if f.contains(.title) { break }
            if f.contains(.titleModifier), i + 1 < run.count, isTitleish(run, i + 1) { break }
            i += 1
        }
        guard i < run.count else { return nil }
        let titleStart = i
        while i < run.count {
            let t = run[i]
            if !isCapitalised(t) {
                // "of" (and "the") inside a title: take the department words after it, keeping at least
                // one word for the name; stop at a first name.
                i += 1
                while i < run.count && !isCapitalised(run[i]) { i += 1 }
                while i < run.count - 1 && !flags(run[i]).contains(.firstName) { i += 1 }
                break
            }
            let f = flags(t)
            // After "Mr." comes the name, even a title word: "Mr. King" (but "Mr. President" names
            // no one new: a title word there is kept only as a known surname).
            if i > titleStart && flags(run[i - 1]).contains(.honorific) {
                if f.contains(.title) && i == run.count - 1 { return (titleStart, -i) }
                break
            }
            if f.contains(.title) && !(i > titleStart && f.contains(.firstName) && i == run.count - 1) { i += 1; continue }
            if f.contains(.titleModifier) && i + 1 < run.count && isTitleish(run, i + 1) { i += 1; continue }
            break
        }
        return (titleStart, i)
    }

    /// A title word, maybe after title modifiers: "Vice President", "Former Deputy Secretary".
    func isTitleish(_ run: TokenRun, _ i: Int) -> Bool {
        var i = i
        while i < run.count {
            let f = flags(run[i])
            if f.contains(.title) { return true }
            guard f.contains(.titleModifier) else { return false }
            i += 1
        }
        return false
    }

    /// Whether the run opens with a name the gazetteer knows ("New Hampshire primary").
    func startsWithGazetteerName(_ run: TokenRun) -> Bool { (gazetteerPrefix(run) ?? 0) >= 2 }

    /// The number of words of the longest gazetteer name the run opens with.
    func gazetteerPrefix(_ run: TokenRun) -> Int? {
        var n = min(run.count, Lexicon.maxPhraseWords)
        while n >= 1 {
            if gazetteer(run[..<n]) != nil { return n }
            n -= 1
        }
        return nil
    }

    /// The gazetteer entry naming the whole run, if any.
    func gazetteer(_ run: TokenRun) -> GazetteerEntry? {
        guard run.count <= Lexicon.maxPhraseWords else { return nil }
        var h = LexiconHash.seed
        for (i, t) in run.enumerated() {
            if i > 0 { h = LexiconHash.space(h) }
            let end = i == run.count - 1 ? nameEnd(t) : tokens[t].span.end
            h = LexiconHash.hash(bytes, Span(tokens[t].span.start, end), from: h)
        }
        return Lexicon.gazetteer(h)
    }

    /// Decides the kind of a run with no title in front (or the name after one).
    mutating func classify(_ run: TokenRun, titled: Bool, honorific: Int?, paragraph: Int) {
        guard let last = run.last else { return }
        if let entry = gazetteer(run) {
            // A titled single word is a person even when it is also a place: "President Jordan".
            if !(titled && run.count == 1 && entry.kind != .person) {
                emitKnown(run, entry, paragraph: paragraph); return
            }
        }
        let lf = flags(last)
        if !titled && lf.contains(.surnameHead) && isFirstNameAndSurnameHead(run) {
            // "Anita Hill", "Emily Post": a person, unless her mentions say a place ("in Lincoln Park").
            var c = candidate(run, kind: .person, paragraph: paragraph)
            c.guessed = true
            c.evidence.person += 1
            emit(c)
            return
        }
        if lf.contains(.thingHead) && run.count > 1 { return }
        if run.count > 1 {
            // "House Republicans": a body or place, then a group.
            if lf.contains(.group), let entry = gazetteer(TokenRun(one: last)) {
                later.append(.name(run.dropLast(), initial: false, titleCase: false))
                emit(TokenRun(one: last), kind: .group, canonical: entry.canonical, link: entry.link, paragraph: paragraph); return
            }
            // "Republican Donald Trump": a group, then a person.
            if flags(run[0]).contains(.group), flags(run[1]).contains(.firstName), let entry = gazetteer(TokenRun(one: run[0])) {
                emit(TokenRun(one: run[0]), kind: .group, canonical: entry.canonical, link: entry.link, paragraph: paragraph)
                later.append(.classify(run.dropFirst(), titled: titled, honorific: nil)); return
            }
        }
        if !titled && run.count > 1 && !flags(run[0]).contains(.firstName) {
            // "South Vietnam": common words before a place name the place.
            if gazetteer(TokenRun(one: last))?.kind == .place && run.dropLast().allSatisfy({
                flags($0).contains(.commonWord) || !isCapitalised($0) || gazetteer(TokenRun(one: $0))?.kind == .place }) {
                emit(run, kind: .place, paragraph: paragraph); return
            }
            if lf.contains(.orgHead) { emit(run, kind: .organization, paragraph: paragraph); return }
            if lf.contains(.placeHead) { emit(run, kind: .place, paragraph: paragraph); return }
            // "Minnesota Vikings": a place, then words no lexicon knows, names a body; so does a
            // body's name, then such words ("Acme Texas", a body's branch or outlet).
            if let k = gazetteer(TokenRun(one: run[0]))?.kind, !flags(last).contains(.firstName),
               k == .place || k == .organization && !run.contains(where: { flags($0).contains(.firstName) }) {
                emit(run, kind: .organization, paragraph: paragraph); return
            }
            // "Judicial Watch": capitalised common words with no first name name a body, not a person.
            if run.allSatisfy({ flags($0).contains(.commonWord) || !isCapitalised($0) }) {
                emit(run, kind: .organization, paragraph: paragraph); return
            }
        }
        if !titled {
            if lf.contains(.orgHead) && run.count > 1 { emit(run, kind: .organization, paragraph: paragraph); return }
            if lf.contains(.placeHead) && run.count > 1 { emit(run, kind: .place, paragraph: paragraph); return }
            if run.count == 1 {
                // "Hill said": a surname that is also a head word names only a person named with it.
                if lf.contains(.surnameHead) && !(last > 0 && LexiconHash.hash(bytes, tokens[last - 1].span) == Self.the) {
                    emit(run, kind: .person, surnameOnly: true, paragraph: paragraph)
                    return
                }
                if !lf.intersection([.orgHead, .placeHead, .thingHead, .departmentWord]).isEmpty { return }
                if endsInLowercaseSegment(last) { return }  // "Saudi-led", "Pakistan-based"
                if lf.contains(.title) || lf.contains(.titleModifier) || lf.contains(.calendar) { return }
                if tokens[last].span.length == 1 || (tokens[last].span.length == 2 && bytes[tokens[last].span.end - 1] == 0x2E) { return }
                if isAcronym(last) && !lf.contains(.commonWord) { emit(run, kind: .organization, paragraph: paragraph); return }
            }
        }
        if !titled && run.count == 1 && !isPossessive(last) && looksLikePlace(last) {
            emit(run, kind: .place, paragraph: paragraph); return
        }
        if !titled && isAllCapitals(run[0]) && run.allSatisfy({ tokens[$0].kind != .word || isAllCapitals($0) || tokens[$0].span.length == 1 }) {
            // A run of capitals: a body's initials ("NGP VAN"), a shouted name the text writes
            // elsewhere ("DONALD TRUMP"), or shouting ("HUFFPOST READERS").
            let words = run.filter { tokens[$0].kind == .word }
            let named = flags(run[0]).contains(.firstName) && !flags(run[0]).contains(.commonWord)
                || words.allSatisfy({ evidence[hashes[$0]] != nil })
            if !named {
                if words.count >= 2 && words.allSatisfy({ isAcronym($0) && !flags($0).contains(.commonWord) }) {
                    emit(run, kind: .organization, paragraph: paragraph)
                }
                return
            }
            // The shouted name ends before a common word: "DORA KWELL SAID …".
            if let end = run.indices.dropFirst().first(where: { flags(run[$0]).contains(.commonWord) }) {
                later.append(.classify(run[..<end], titled: false, honorific: nil))
                return
            }
        }
        var c = candidate(run, kind: .person, honorific: honorific, titled: titled, paragraph: paragraph)
        if titled || honorific != nil || (run.count == 1 ? lf : flags(run[0])).contains(.firstName) {
            namedPersons.update(hashes[last]) { $0 = true }
        } else if run.count == 1 && namedPersons[hashes[last]] != nil {
            // "Whitfield" after "Dana Whitfield": the person's, whatever the words around it say.
            c.guessed = true
        } else {
            c.guessed = true
            c.evidence = KindEvidenceReader(bytes: bytes, tokens: tokens).evidence(name: c.nameTokens, possessive: isPossessive(last),
                                             titleAfter: isTitleAfter(last + 1), sentence: sentenceTokens)
            addShapeEvidence(run, to: &c.evidence)
        }
        emit(c)
    }

    /// A first name, then a head word that is also a surname: "Anita Hill".
    @inline(__always)
    func isFirstNameAndSurnameHead(_ run: TokenRun) -> Bool {
        guard run.count == 2 else { return false }
        let f = flags(run[0])
        return f.contains(.firstName) && !f.contains(.commonWord) && !f.contains(.gazetteerWord)
            && flags(run[1]).contains(.surnameHead)
    }

    /// A title word (not "Mr.") at token t: "Acme CEO Dana Kwell".
    func isTitleAfter(_ t: Int) -> Bool {
        t < tokens.count && hashes[t] != 0 && flags(t).contains(.title) && !flags(t).contains(.honorific)
    }

    /// What a name's shape says: words run together ("EgyptAir", "TheBlaze", not "McCain"), initials
    /// after a name ("Sirius XM"), an ampersand ("Procter & Gamble"): a body's.
    func addShapeEvidence(_ run: TokenRun, to e: inout KindEvidence) {
        if run.contains(where: { tokens[$0].kind == .punctuation && bytes[tokens[$0].span.start] == 0x26 }) {
            e.organization += 2; return
        }
        if let last = run.last, run.count >= 2, isAcronym(last), !flags(last).contains(.suffix) {
            e.organization += 2; return
        }
        if run.contains(where: { isRunTogether($0) }) { e.organization += 2 }
    }

    /// Two words written as one: a capital after a lowercase stretch of four letters or more, or
    /// after a function word ("LinkedIn", "YouTube"); not a surname's prefix ("McCain", "MacArthur", "DeVito").
    func isRunTogether(_ t: Int) -> Bool {
        let s = tokens[t].span
        var i = s.start + 1
        while i < nameEnd(t) {
            let b = bytes[i]
            if b < 0x61 || b > 0x7A {
                guard b >= 0x41 && b <= 0x5A else { return false }
                let length = i - s.start
                if length >= 4 { return LexiconHash.hash(bytes, Span(s.start, i)) != Self.fitz }
                return length == 3 && Lexicon.flags(LexiconHash.hash(bytes, Span(s.start, i))).contains(.stop)
            }
            i += 1
        }
        return false
    }

    static let fitz = LexiconHash.hash("fitz")

    /// Shapes that are never names: a word with a digit ("P2qpm3", but "G7" is in the gazetteer),
    /// a party and state tag ("R-Ky"), a contraction other than a possessive ("You'd", "We'll").
    func isNotANameShape(_ t: Int) -> Bool {
        let s = Span(tokens[t].span.start, nameEnd(t))
        if s.length >= 3 && bytes[s.start + 1] == 0x2D {
            let b = bytes[s.start]
            if b == 0x52 || b == 0x44 || b == 0x49 { return s.length <= 8 }  // R- D- I-
        }
        var apostrophe = -1
        for i in s.start..<s.end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { return Lexicon.gazetteer(hashes[t]) == nil }
            if b == 0x27 { apostrophe = i }
            if b == 0x99 && i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2 { apostrophe = i }
        }
        if apostrophe >= 0 {
            let rest = s.end - apostrophe - 1
            if rest == 1 { let b = bytes[s.end - 1] | 0x20; return b == 0x64 || b == 0x6D }  // 'd 'm
            if rest == 2 {
                let a = bytes[s.end - 2] | 0x20, b = bytes[s.end - 1] | 0x20
                return (a == 0x6C && b == 0x6C) || (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65)  // 'll 're 've
            }
        }
        return false
    }

    /// A hyphenated word whose last part is lowercase: an adjective, not a name.
    func endsInLowercaseSegment(_ t: Int) -> Bool {
        let s = tokens[t].span
        var i = s.end - 1
        while i > s.start && bytes[i] != 0x2D { i -= 1 }
        guard i > s.start, i + 1 < s.end else { return false }
        let b = bytes[i + 1]
        return b >= 0x61 && b <= 0x7A
    }

    /// An unknown word "in" a sentence, or before ", State": "in Newtown", "Roanoke, Virginia".
    func looksLikePlace(_ t: Int) -> Bool {
        if t + 2 < tokens.count, tokens[t + 1].kind == .punctuation, bytes[tokens[t + 1].span.start] == 0x2C,
           isCapitalised(t + 2) {
            if gazetteer(TokenRun(one: t + 2))?.kind == .place { return true }
            if t + 3 < tokens.count, isCapitalised(t + 3), gazetteer(TokenRun((t + 2)..<(t + 4)))?.kind == .place { return true }
        }
        if t > 0, tokens[t - 1].kind == .word, tokens[t - 1].span.length == 2,
           LexiconHash.hash(bytes, tokens[t - 1].span) == Self.in { return true }
        return false
    }

    static let `in` = LexiconHash.hash("in")

    /// Adds a candidate, after what the running step left to do if anything.
    mutating func emit(_ run: TokenRun, kind: ActorKind, canonical: String? = nil, link: String? = nil,
                       honorific: Int? = nil, titled: Bool = false, surnameOnly: Bool = false, paragraph: Int) {
        guard !run.isEmpty else { return }
        var c = candidate(run, kind: kind, canonical: canonical, link: link, honorific: honorific, titled: titled,
                          paragraph: paragraph)
        c.surnameOnly = surnameOnly
        emit(c)
    }

    @inline(__always)
    mutating func emit(_ candidate: MentionCandidate) {
        // A name starts with a word ("Dr&" found by fuzzing made a person of "&" alone, with no
        // word for the actor pass to key it by).
        guard !candidate.nameTokens.isEmpty, tokens[candidate.nameTokens.lowerBound].kind == .word else { return }
        if later.isEmpty { out.append(candidate) } else { later.append(.emit(candidate)) }
    }

    /// The candidate for a run (its first token may be no word: `emit` then drops it).
    @inline(__always)
    func candidate(_ run: TokenRun, kind: ActorKind, canonical: String? = nil, link: String? = nil,
                   honorific: Int? = nil, titled: Bool = false, paragraph: Int) -> MentionCandidate {
        let first = run[0], last = run[run.count - 1]
        let start = tokens[honorific ?? first].span.start
        return MentionCandidate(span: Span(start, nameEnd(last)), paragraph: paragraph, kind: kind,
                                nameTokens: first..<(last + 1), canonical: canonical, link: link,
                                titled: titled || honorific != nil)
    }
}

/// A run of consecutive tokens, indexed from 0 (`run[0]` is its first token). A part of a run is
/// a run again, made without copying.
struct TokenRun: RandomAccessCollection {
    /// The first token.
    let base: Int
    let count: Int

    init(_ tokens: Range<Int>) { base = tokens.lowerBound; count = tokens.count }
    init(one token: Int) { base = token; count = 1 }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(i: Int) -> Int { base + i }
    subscript(part: Range<Int>) -> TokenRun { TokenRun((base + part.lowerBound)..<(base + part.upperBound)) }
}
