// Pass 6: quotes. Finds the quotation marks (DirectQuotes), then reads the frame around
// every cue (CueFrames): the quotation or clause it introduces and the phrase that says it.
// Quotations no cue claims either continue the direct quote before them in the paragraph
// or stand alone (their speaker is carried over by the Attributor); short ones (scare
// quotes, titles) are dropped.

/// The rule that found a quote, like CoreNLP's sieves.
public enum QuoteRule: String, CaseIterable, Sendable {
    /// “…,” he said. / “…,” said Smith.
    case quoteThenCue = "quote-then-cue"
    /// Smith said: “…”
    case cueThenQuote = "cue-then-quote"
    /// Smith said (that) … / Smith told reporters (that) …
    case cueThenClause = "cue-then-clause"
    /// …, Smith said.
    case clauseThenCue = "clause-then-cue"
    /// The plan, Smith said, is dead.
    case cueInsideClause = "cue-inside-clause"
    /// according to Smith, … / …, according to Smith.
    case accordingTo = "according-to"
    /// Smith said …, adding that …
    case participleCue = "participle-cue"
    /// A quotation with no cue of its own; its speaker is the one in focus.
    case quotationMarks = "quotation-marks"
}

struct QuoteFinderState {
    var ctx: QuoteContext
    var quoted: [QuotedSpan]
    /// For each quoted span, the quote that took it (as content or inside content), or -1.
    var owner: [Int]
    var quotes: [Quote] = []
    /// For each quote, the paragraph its last part lies in.
    var lastParagraph: [Int] = []

    /// Adds a quote; returns its index.
    @discardableResult
    mutating func emit(_ quote: Quote, lastParagraph p: Int) -> Int {
        quotes.append(quote)
        lastParagraph.append(p)
        return quotes.count - 1
    }
}

enum QuoteFinder {
    /// A quotation standing alone needs this many words to count as a quote.
    static let minStandaloneWords = 4

    static func find(in analysis: Analysis) -> [Quote] {
        let document = analysis.document
        var ctx = QuoteContext(document)
        let quoted = DirectQuotes.find(document, &ctx)
        var state = QuoteFinderState(ctx: ctx, quoted: quoted, owner: Array(repeating: -1, count: quoted.count))
        for p in document.paragraphs.indices {
            let pRange = DirectQuotes.tokenRange(document, p)
            for s in document.paragraphs[p].sentences {
                let sentence = document.sentences[s].tokens
                var t = sentence.lowerBound
                while t < sentence.upperBound {
                    if state.ctx.quotedSpanOf[t] < 0,
                       let (entry, last) = state.ctx.cue(at: t, sentenceStart: sentence.lowerBound, end: sentence.upperBound) {
                        CueFrames.read(cue: t, last: last, entry: entry, sentence: sentence, paragraph: p,
                                       paragraphTokens: pRange, state: &state)
                        t = last + 1
                    } else {
                        t += 1
                    }
                }
            }
        }
        addUnclaimedQuotations(&state)
        return state.quotes.sorted { $0.content.start < $1.content.start }
    }

    /// A quotation no cue took continues the direct quote just before it in its paragraph
    /// ("The plan," he said. "It is dead.") or, when long enough, stands alone.
    static func addUnclaimedQuotations(_ state: inout QuoteFinderState) {
        let order = state.quotes.indices.sorted { state.quotes[$0].content.start < state.quotes[$1].content.start }
        var next = 0
        var latest = -1  // the quote starting last before the current quotation
        for k in state.quoted.indices where state.owner[k] < 0 {
            let q = state.quoted[k]
            let start = q.parts[0].start
            while next < order.count && state.quotes[order[next]].content.start < start {
                latest = order[next]
                next += 1
            }
            if latest >= 0, state.quotes[latest].kind == .direct, state.quotes[latest].content.end <= start,
               state.lastParagraph[latest] == q.paragraph {
                state.quotes[latest].parts += q.parts
                state.lastParagraph[latest] = q.paragraph + q.parts.count - 1
                state.owner[k] = latest
            } else if q.words >= minStandaloneWords {
                latest = state.emit(Quote(kind: .direct, paragraph: q.paragraph, parts: q.parts, rule: .quotationMarks),
                                    lastParagraph: q.paragraph + q.parts.count - 1)
                state.owner[k] = latest
            }
        }
    }

}
