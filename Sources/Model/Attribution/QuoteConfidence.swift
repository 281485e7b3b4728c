// Pass 8: doubt made visible. Gives each quote the reasons to doubt its attribution (Doubt):
// no speaker, a speaker carried over from another sentence or taken with no cue, a pronoun
// whose person is not named nearby, a speaker phrase that is no actor or no noun phrase, a weak
// cue. The reader shows low-confidence quotes differently and `w` lists the reasons.

enum QuoteConfidence {
    /// `mentions`: the pipeline's index of the same mentions (its order and sexes are reused).
    static func assess(_ quotes: [Quote], in analysis: Analysis, reusing mentions: MentionIndex? = nil) -> [Quote] {
        let doc = analysis.document
        let index = mentions.map { $0.with(analysis, quotes: quotes) } ?? MentionIndex(analysis, quotes: quotes)
        var out = quotes
        for i in out.indices { out[i].doubts = doubts(out[i], analysis, doc, index) }
        return out
    }

    static func doubts(_ q: Quote, _ analysis: Analysis, _ doc: Document, _ index: MentionIndex) -> [Doubt] {
        var found: [Doubt] = []
        guard let sp = q.speaker else {
            found.append(.noSpeaker)
            if isWeakCue(q, doc) { found.append(.weakCue) }
            return found
        }
        let quoteSentence = sentenceIndex(containing: q.content.start, doc)
        let speakerSentence = sentenceIndex(containing: sp.span.start, doc)
        let head = Coreference.headToken(of: sp.span, doc)
        if let h = head, CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[h].span) == .subjectPronoun,
           let a = sp.actor, !isNamed(a, near: speakerSentence, before: sp.span.start, analysis) {
            found.append(.pronounAcrossSentences)
        }
        if let h = head, Coreference.isPersonalPronoun(doc.bytes, doc.tokens[h].span),
           CueLexicon.wordTable.lookup(doc.bytes, doc.tokens[h].span) == .subjectPronoun,
           competingPersons(before: sp.span.start, from: speakerSentence, sex: doc.tokens[h].span.length == 2 ? 1 : 2, index) {
            found.append(.ambiguousPronoun)
        }
        if q.cue == nil, let qs = quoteSentence, let ss = speakerSentence, ss < qs, sp.span.end <= doc.sentences[qs].span.start {
            found.append(.carriedOverSpeaker)
        } else if q.cue == nil {
            found.append(.noCue)
        }
        if sp.actor == nil { found.append(.speakerNotAnActor) }
        if !opensLikeNounPhrase(sp.span, doc) { found.append(.speakerNotANounPhrase) }
        if isConditional(sp.span, speakerSentence, doc) { found.append(.conditional) }
        if isWeakCue(q, doc) { found.append(.weakCue) }
        return found
    }

    /// How many tokens before the speaker a conditional "if"/"unless" is looked for.
    static let conditionWindow = 3

    /// "if Russia did not agree …": "if" or "unless" just before the speaker, in its sentence.
    static func isConditional(_ span: Span, _ sentence: Int?, _ doc: Document) -> Bool {
        guard let s = sentence, let t = Coreference.tokenIndex(at: span.start, doc) else { return false }
        var k = t - 1
        while k >= doc.sentences[s].tokens.lowerBound && t - k <= conditionWindow {
            let w = doc.tokens[k].span
            if SpeakerCheck.isWord(doc.bytes, w, "if") || SpeakerCheck.isWord(doc.bytes, w, "unless") { return true }
            k -= 1
        }
        return false
    }

    /// The rules and cue words whose attributions are least often right.
    static func isWeakCue(_ q: Quote, _ doc: Document) -> Bool {
        switch q.rule {
        // A raising verb's subject is the annotators' source, but seldom a speaker ("the plan
        // appears to be failing"): right 8 times in 17 on PolNeAR train.
        case .stanceVerb, .quoteThenVerb, .speakerColon, .thatClause, .raisingVerb: return true
        default: break
        }
        guard let cue = q.cue else { return false }
        var end = cue.start
        while end < cue.end && doc.bytes[end] != 0x20 { end += 1 }
        guard end > cue.start, let i = CueLexicon.cueIndex.lookup(doc.bytes, Span(cue.start, end)) else { return false }
        return CueLexicon.cueEntries[Int(i)].weak
    }

    /// A speaker phrase opens with a name, a determiner or a pronoun, not a lower-case verb or adverb.
    static func opensLikeNounPhrase(_ span: Span, _ doc: Document) -> Bool {
        guard let t = Coreference.tokenIndex(at: span.start, doc), doc.tokens[t].span.start < span.end else { return false }
        let tok = doc.tokens[t]
        guard tok.kind == .word else { return tok.kind == .number }
        let b = doc.bytes[tok.span.start]
        if !(b >= 0x61 && b <= 0x7A) { return true }  // capitalised or not ASCII
        switch CueLexicon.wordTable.lookup(doc.bytes, tok.span) {
        case .determiner?, .subjectPronoun?, .objectPronoun?: return true
        default: return Coreference.isRelativePronoun(doc.bytes, tok.span) || isPossessive(doc.bytes, tok.span)
        }
    }

    static func isPossessive(_ bytes: [UInt8], _ s: Span) -> Bool {
        for w: StaticString in ["his", "her", "their", "its", "our", "my"] where SpeakerCheck.isWord(bytes, s, w) { return true }
        return false
    }

    /// Whether two or more persons of a fitting sex are named, outside quotations, between the
    /// start of the sentence before sentence `s` and `offset` (at most `Coreference.window` mentions back).
    static func competingPersons(before offset: Int, from s: Int?, sex: UInt8, _ index: MentionIndex) -> Bool {
        guard let s else { return false }
        let from = index.analysis.document.sentences[max(0, s - 1)].span.start
        var i = index.countBefore(offset) - 1, seen = 0
        var first: Int? = nil
        while i >= 0 && seen < Coreference.window {
            let m = index.analysis.mentions[index.order[i]]
            if m.span.start < from { break }
            if index.analysis.actors[m.actor].kind == .person && index.fits(m.actor, sex) && !index.isQuoted(m.span) {
                if let f = first, f != m.actor { return true }
                first = m.actor
            }
            i -= 1
            seen += 1
        }
        return false
    }

    /// Whether actor `a` has a mention in sentence `s` or the one before it, before `offset`.
    static func isNamed(_ a: Int, near s: Int?, before offset: Int, _ analysis: Analysis) -> Bool {
        guard let s else { return false }
        let from = analysis.document.sentences[max(0, s - 1)].span.start
        let ms = analysis.actors[a].mentions
        // The actor's last mention starting before `offset` (mentions are in text order).
        var lo = 0, hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if analysis.mentions[ms[mid]].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && analysis.mentions[ms[lo - 1]].span.start >= from
    }

    /// The index of the sentence holding byte `offset` (binary search), or nil.
    static func sentenceIndex(containing offset: Int, _ doc: Document) -> Int? {
        var lo = 0, hi = doc.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.sentences.count ? lo : nil
    }
}
