// Evidence of a name's kind from the words around one mention of it. A name that no title, first
// name, head word or gazetteer entry classifies ("Brambleworth", "Sirius XM") is taken for a
// person by default; the mention pass notes what each of its mentions' neighbours say, and the
// actor pass adds the votes of all of an actor's mentions before deciding (ActorResolver).
//   a body:   "shares of X", "X shares", "X's chief executive", "X reporter", "X reported a profit",
//             "the news site X", "a company, X,", "X.com"; a body or a place: "X, which", "Lena Ortiz
//             of X", "at the X", "in the X"; weaker: "X spokesman", "X CEO Dana Kwell" (a title
//             after it), "at X", "the X" (not "the X campaign"), "X said in a statement", "X said its";
//   a place:  "in X", "the mayor of X", "the village X", "X, Honduras", "X-based";
//   a person: "X, 45,", "X, who", "X launched his bid".
// Each mention looks at a few words on either side, inside its sentence: constant work per mention.
// Word lists: NameLexicons.swift (bodyNouns, bodyOfWords, placeOfWords, …).

/// Votes, small (every mention candidate carries one): sums saturate.
struct KindEvidence: Hashable, Sendable {
    var person: Int8 = 0
    var organization: Int8 = 0
    var place: Int8 = 0
    /// A body or a place, not a person: "at X", "the X".
    var notPerson: Int8 = 0

    /// Evidence this strong, and stronger than the person's, overturns the default.
    static let threshold: Int8 = 2

    /// The kind the evidence gives a name taken for a person by default; nil keeps it a person.
    var kind: ActorKind? {
        let against = Int32(organization) + Int32(place) + Int32(notPerson)
        guard against >= Int32(Self.threshold), against > Int32(person) else { return nil }
        return place > organization ? .place : .organization
    }

    static func += (a: inout KindEvidence, b: KindEvidence) {
        func add(_ x: Int8, _ y: Int8) -> Int8 { Int8(clamping: Int32(x) + Int32(y)) }
        a.person = add(a.person, b.person)
        a.organization = add(a.organization, b.organization)
        a.place = add(a.place, b.place)
        a.notPerson = add(a.notPerson, b.notPerson)
    }
}

/// Reads the evidence around a mention: the words just before and after it in its sentence.
struct KindEvidenceReader {
    let bytes: [UInt8]
    let tokens: [Token]

    static let of = LexiconHash.hash("of"), `in` = LexiconHash.hash("in"), at = LexiconHash.hash("at")
    static let the = LexiconHash.hash("the"), said = LexiconHash.hash("said"), says = LexiconHash.hash("says")
    static let a = LexiconHash.hash("a"), statement = LexiconHash.hash("statement")
    static let who = LexiconHash.hash("who"), which = LexiconHash.hash("which"), its = LexiconHash.hash("its")
    static let he = LexiconHash.hash("he"), she = LexiconHash.hash("she"), his = LexiconHash.hash("his")
    static let her = LexiconHash.hash("her"), him = LexiconHash.hash("him")
    static let chief = LexiconHash.hash("chief"), executive = LexiconHash.hash("executive")

    /// The hash of token t when it is a word inside the sentence, else 0.
    @inline(__always)
    func word(_ t: Int, _ sentence: Range<Int>) -> UInt64 {
        guard sentence.contains(t), tokens[t].kind == .word else { return 0 }
        return LexiconHash.hash(bytes, tokens[t].span)
    }

    /// A capitalised word no lexicon calls a title or a common word: the end of a name ("Ortiz").
    func isName(_ t: Int, _ sentence: Range<Int>) -> Bool {
        guard sentence.contains(t), tokens[t].kind == .word else { return false }
        let b = bytes[tokens[t].span.start]
        guard b >= 0x41 && b <= 0x5A else { return false }
        return Lexicon.flags(LexiconHash.hash(bytes, tokens[t].span)).intersection([.title, .commonWord, .stop, .calendar]).isEmpty
    }

    /// A word in lowercase that is no function word: a noun after a modifier, or a verb.
    func isLowercaseWord(_ t: Int, _ sentence: Range<Int>) -> Bool {
        guard sentence.contains(t), tokens[t].kind == .word else { return false }
        let b = bytes[tokens[t].span.start]
        return b >= 0x61 && b <= 0x7A && !Lexicon.flags(LexiconHash.hash(bytes, tokens[t].span)).contains(.stop)
    }

    /// A place the gazetteer knows, of one or two words, at token t.
    func isPlace(_ t: Int, _ sentence: Range<Int>) -> Bool {
        let one = word(t, sentence)
        guard one != 0 else { return false }
        if Lexicon.gazetteer(one)?.kind == .place { return true }
        guard word(t + 1, sentence) != 0 else { return false }
        let two = LexiconHash.hash(bytes, tokens[t + 1].span, from: LexiconHash.space(one))
        return Lexicon.gazetteer(two)?.kind == .place
    }

    @inline(__always)
    func isComma(_ t: Int, _ sentence: Range<Int>) -> Bool {
        sentence.contains(t) && tokens[t].kind == .punctuation && tokens[t].span.length == 1 && bytes[tokens[t].span.start] == 0x2C
    }

    /// An age: a number of one to three digits ("Kwell, 45,").
    func isAge(_ t: Int, _ sentence: Range<Int>) -> Bool {
        guard sentence.contains(t), tokens[t].kind == .number || tokens[t].kind == .word else { return false }
        let s = tokens[t].span
        guard s.length >= 1 && s.length <= 3 else { return false }
        for i in s.start..<s.end where bytes[i] < 0x30 || bytes[i] > 0x39 { return false }
        return true
    }

    /// The evidence around the name in tokens `name` (its last token may end in a possessive), in
    /// the sentence of tokens `sentence`. `titleAfter`: a title follows in the same capitalised
    /// run ("Acme CEO Dana Kwell").
    func evidence(name: Range<Int>, possessive: Bool, titleAfter: Bool, sentence: Range<Int>) -> KindEvidence {
        var e = KindEvidence()
        // Before the name, maybe across a "the".
        var p = name.lowerBound - 1
        var b1 = word(p, sentence)
        let afterThe = b1 == Self.the
        if afterThe { p -= 1; b1 = word(p, sentence) }
        let personNounAfter = Lexicon.kindCue(word(name.upperBound, sentence)).contains(.personNoun)  // "the X family"
        // "the X" tells, unless X modifies a noun a person's name modifies ("the Whitfield campaign").
        let modifier = personNounAfter
        if b1 == Self.of {
            let cue = Lexicon.kindCue(word(p - 1, sentence))
            if cue.contains(.bodyOf) { e.organization += 2 }
            else if cue.contains(.placeOf) { e.place += 2 }
            else if !afterThe && isName(p - 1, sentence) { e.notPerson += 2 }  // "Lena Ortiz of Acme"
            else if afterThe && !modifier { e.notPerson += 1 }
        } else if b1 == Self.in && !possessive && !personNounAfter {
            if Lexicon.kindCue(word(p - 1, sentence)).contains(.bodyIn) { e.organization += 2 }
            else if afterThe { e.place += 1; e.notPerson += 1 } else { e.place += 2 }  // "in the Hamptons"
        } else if b1 == Self.at && !personNounAfter {
            e.notPerson += afterThe ? 2 : 1
        } else if afterThe && !modifier {
            e.notPerson += 1
        }
        // "the news site X", "a Texas company, X, …" (not "… the company, X said").
        var k = name.lowerBound - 1
        let comma = isComma(k, sentence)
        if comma { k -= 1 }
        if !comma || !possessive && (isComma(name.upperBound, sentence) || name.upperBound >= sentence.upperBound - 1) {
            let kindNoun = Lexicon.kindCue(word(k, sentence))
            if kindNoun.contains(.bodyKind) { e.organization += 2 } else if kindNoun.contains(.placeKind) { e.place += 2 }
        }
        // "Acme.com"
        let n0 = name.upperBound
        if n0 + 1 < tokens.count, tokens[n0].kind == .punctuation, bytes[tokens[n0].span.start] == 0x2E,
           tokens[n0].span.start == tokens[n0 - 1].span.end, tokens[n0 + 1].kind == .word,
           tokens[n0 + 1].span.start == tokens[n0].span.end,
           Lexicon.kindCue(LexiconHash.hash(bytes, tokens[n0 + 1].span)).contains(.webDomain) {
            e.organization += 2
        }
        // After it.
        let n = name.upperBound
        let n1 = word(n, sentence), cue = Lexicon.kindCue(n1)
        if cue.contains(.bodyNoun) || n1 == Self.chief && word(n + 1, sentence) == Self.executive {
            e.organization += 2
        } else if cue.contains(.weakBodyNoun) || titleAfter {
            e.notPerson += 1
        }
        if cue.contains(.resultVerb) {
            for t in (n + 1)..<(n + 4) where Lexicon.kindCue(word(t, sentence)).contains(.financeNoun) {
                e.organization += 2
                break
            }
        }
        if !possessive {
            // "Whitfield launched his bid", "Acme said its": a pronoun just after.
            for t in n..<(n + 3) {
                let w = word(t, sentence)
                if w == Self.he || w == Self.she || w == Self.his || w == Self.her || w == Self.him { e.person += 1; break }
                if w == Self.its { e.notPerson += 1; break }
            }
            if (n1 == Self.said || n1 == Self.says) && word(n + 1, sentence) == Self.in && word(n + 2, sentence) == Self.a
                && word(n + 3, sentence) == Self.statement {
                e.notPerson += 1
            }
        }
        if !possessive && isComma(n, sentence) {
            let n2 = word(n + 1, sentence)
            if n2 == Self.who { e.person += 2 }
            else if n2 == Self.which { e.notPerson += 2 }
            else if isAge(n + 1, sentence) && isComma(n + 2, sentence) { e.person += 2 }
            else if isPlace(n + 1, sentence) { e.place += 2 }  // "San Isidro, Honduras"
        }
        return e
    }
}
