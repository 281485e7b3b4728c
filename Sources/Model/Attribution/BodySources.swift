// Sources that are bodies or documents rather than names: "the British government" refers
// to the actor named before its head ("British"); "The announcement" (a definite document
// noun) to whoever issued it just before, when the text says so: a recent cue of the same
// stem ("announced … The announcement noted that …").

enum BodySources {
    /// How many earlier quotes a document noun looks back over for its issuer.
    static let window = 8

    /// "the British government", "the Ohio campaign": the actor of the last mention inside the
    /// phrase before an institution head.
    static func institution(_ span: Span, index: MentionIndex) -> Int? {
        let doc = index.analysis.document
        guard let head = Coreference.headToken(of: span, doc),
              CorefLexicon.institutionHeads.lookup(doc.bytes, doc.tokens[head].span) != nil else { return nil }
        let headStart = doc.tokens[head].span.start
        var i = index.countBefore(headStart) - 1
        while i >= 0 {
            let m = index.analysis.mentions[index.order[i]]
            guard m.span.start >= span.start else { break }
            if m.span.end <= headStart { return m.actor }
            i -= 1
        }
        return nil
    }

    /// "The announcement" / "the statement": the speaker's actor of one of the `window` quotes
    /// before `before` whose cue shares the noun's stem, in the same or the previous paragraph.
    static func document(_ span: Span, paragraph: Int, earlier quotes: ArraySlice<Quote>, _ doc: Document) -> Int? {
        guard let first = Coreference.tokenIndex(at: span.start, doc),
              CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[first].span) == .determiner || isDemonstrative(doc, first),
              let head = Coreference.headToken(of: span, doc), head > first,
              CorefLexicon.documentNouns.lookup(doc.bytes, doc.tokens[head].span) != nil else { return nil }
        let noun = doc.tokens[head].span
        for q in quotes.reversed().prefix(window) {
            guard paragraph - q.paragraph <= 1 else { break }
            if let cue = q.cue, let a = q.speaker?.actor, sameStem(doc.bytes, cue, noun) { return a }
        }
        return nil
    }

    static func isDemonstrative(_ doc: Document, _ t: Int) -> Bool {
        let s = doc.tokens[t].span
        let w = doc.bytes[s.start..<s.end].map { WordTable<Int>.lower($0) }
        return w == Array("this".utf8) || w == Array("that".utf8) || w == Array("its".utf8) || w == Array("their".utf8)
    }

    /// The first five letters agree, ignoring case ("announced" / "announcement").
    static func sameStem(_ bytes: [UInt8], _ a: Span, _ b: Span) -> Bool {
        let n = 5
        guard a.length >= n, b.length >= n else { return false }
        for k in 0..<n where WordTable<Int>.lower(bytes[a.start + k]) != WordTable<Int>.lower(bytes[b.start + k]) { return false }
        return true
    }
}
