// What the library keeps of one analysed article: enough for its row, the cross-article actor
// index and the archive's quotes pane. The article itself is analysed again when it is opened
// (milliseconds), so 10,000 summaries stay small.

/// One actor of one article, with its counts there.
public struct SummaryActor: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    public var mentions: Int
    public var quotes: Int
    public init(name: String, kind: ActorKind, mentions: Int, quotes: Int) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.quotes = quotes
    }
}

/// One quote of one article, as the archive's quotes pane lists it.
public struct SummaryQuote: Hashable, Sendable {
    /// Index into the summary's `actors`, when the speaker is an actor.
    public var actor: Int?
    /// The speaker as written ("a White House official"), capped; empty when none.
    public var speaker: String
    /// The content's start, capped; enough to recognise the quote in a list.
    public var excerpt: String
    /// UTF-8 offset of the content's start in the article's text: where opening the article jumps.
    public var offset: Int
    public var lowConfidence: Bool
    /// Words in quotation marks, not reported speech: only these are shown between marks.
    public var direct: Bool
    public init(actor: Int?, speaker: String, excerpt: String, offset: Int, lowConfidence: Bool, direct: Bool = true) {
        self.actor = actor
        self.speaker = speaker
        self.excerpt = excerpt
        self.offset = offset
        self.lowConfidence = lowConfidence
        self.direct = direct
    }
}

public struct ArticleSummary: Hashable, Sendable {
    /// The headline paragraph, else the first line; capped.
    public var headline: String
    /// As the article gives it (a web page's metadata), when known.
    public var date: String?
    public var words: Int
    public var actors: [SummaryActor]
    /// In text order.
    public var quotes: [SummaryQuote]

    public var quoteCount: Int { quotes.count }

    /// Names longer than this are cut (hostile text may name a 400,000-character "person").
    public static let nameLimit = 120
    public static let excerptLimit = 160

    public init(headline: String, date: String?, words: Int, actors: [SummaryActor], quotes: [SummaryQuote]) {
        self.headline = headline
        self.date = date
        self.words = words
        self.actors = actors
        self.quotes = quotes
    }

    public init(analysis: Analysis, date: String? = nil) {
        let doc = analysis.document
        var quoteCounts = [Int](repeating: 0, count: analysis.actors.count)
        var quotes: [SummaryQuote] = []
        quotes.reserveCapacity(analysis.quotes.count)
        for q in analysis.quotes {
            let actor = q.speaker?.actor
            if let a = actor, a < quoteCounts.count { quoteCounts[a] += 1 }
            let speaker = q.speaker.map { Self.capped(doc.string($0.span), Self.nameLimit) } ?? ""
            let content = q.content
            let excerptEnd = min(content.end, content.start + Self.excerptLimit * 4)
            quotes.append(SummaryQuote(actor: actor, speaker: speaker,
                                       excerpt: Self.capped(doc.string(Span(content.start, excerptEnd)), Self.excerptLimit),
                                       offset: content.start, lowConfidence: q.confidence == .low,
                                       direct: q.kind == .direct))
        }
        let actors = analysis.actors.enumerated().map { i, a in
            SummaryActor(name: Self.capped(a.name, Self.nameLimit), kind: a.kind, mentions: a.mentions.count, quotes: quoteCounts[i])
        }
        let words = doc.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        self.init(headline: Self.headline(of: doc), date: date, words: words, actors: actors, quotes: quotes)
    }

    /// The names of the most quoted actors, most quoted first (ties by first quote).
    public func topSpeakers(_ count: Int = 3) -> [String] {
        actors.indices.filter { actors[$0].quotes > 0 }
            .sorted { actors[$0].quotes != actors[$1].quotes ? actors[$0].quotes > actors[$1].quotes : $0 < $1 }
            .prefix(count).map { actors[$0].name }
    }

    static func headline(of doc: Document) -> String {
        let first = doc.paragraphs.first(where: { $0.isHeadline }) ?? doc.paragraphs.first
        guard let p = first else { return "" }
        let end = min(p.span.end, p.span.start + excerptLimit * 4)
        let line = doc.string(Span(p.span.start, end)).split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return capped(line, excerptLimit)
    }

    /// Whitespace runs made single spaces, then cut to `limit` characters with "…". Counts code
    /// points, not grapheme clusters (a combining mark at the cut is kept with its letter): this
    /// runs on every quote and actor of every article of a library, and Character iteration
    /// costs as much as the analysis.
    static func capped(_ text: String, _ limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, limit * 4 + 3))
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let space = v < 0x80 ? v == 0x20 || (v >= 0x09 && v <= 0x0D) : scalar.properties.isWhitespace
            if space { pendingSpace = !out.isEmpty; continue }
            // At the limit, or where only the space would fit: "…" (not " …").
            if count >= limit && !extendsCluster(scalar) || pendingSpace && count + 1 >= limit {
                out += [0xE2, 0x80, 0xA6]
                break
            }
            if pendingSpace { out.append(0x20); count += 1; pendingSpace = false }
            if v < 0x80 { out.append(UInt8(v)) } else { UTF8.encode(scalar) { out.append($0) } }
            count += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A scalar that belongs to the character before it: a combining mark, a joiner or a
    /// variation selector.
    static func extendsCluster(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        if s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
