// The source audit of one article, or of several merged: who is quoted, how often and at what
// length (quoted words), by source type, by kind (direct or reported), and persons by gender,
// beside the persons only mentioned (the Gender Gap Tracker's "quoted vs mentioned").

/// Quotes and the words inside them.
public struct Tally: Hashable, Sendable {
    public var quotes = 0
    public var words = 0
    public init(quotes: Int = 0, words: Int = 0) {
        self.quotes = quotes
        self.words = words
    }
    mutating func add(_ other: Tally) { quotes += other.quotes; words += other.words }
}

/// One source: an actor by its name, or a descriptive phrase as written.
public struct SpeakerTally: Hashable, Sendable {
    public var name: String
    public var type: SourceType
    /// Persons only: the gender and its evidence.
    public var gender: GenderCall?
    public var all = Tally()
    public var direct = Tally()
    public var reported = Tally()
}

public struct SourceAudit: Sendable {
    /// Sorted by quotes, then words, then name.
    public var speakers: [SpeakerTally] = []
    public var byType: [SourceType: Tally] = [:]
    public var direct = Tally()
    public var reported = Tally()
    public var total = Tally()
    /// Person actors by name → gender, mentioned at all / quoted at least once.
    public var mentionedPersons: [String: Gender] = [:]
    public var quotedPersons: [String: Gender] = [:]
    public var articles = 0

    public init() {}

    /// Quotes and words of quoted persons, per gender.
    public var byGender: [Gender: Tally] {
        var out: [Gender: Tally] = [:]
        for s in speakers where s.type == .person { out[s.gender?.gender ?? .unknown, default: Tally()].add(s.all) }
        return out
    }

    /// Persons per gender: (quoted, mentioned).
    public func persons(_ g: Gender) -> (quoted: Int, mentioned: Int) {
        (quotedPersons.values.filter { $0 == g }.count, mentionedPersons.values.filter { $0 == g }.count)
    }

    /// The audit of one analysed article.
    public init(_ analysis: Analysis) {
        self.init()
        articles = 1
        let calls = GenderEvidence.calls(analysis)
        let doc = analysis.document
        var rows: [String: SpeakerTally] = [:]
        for q in analysis.quotes {
            let type = SourceTypes.type(of: q, in: analysis)
            let t = Tally(quotes: 1, words: Self.words(in: q, doc))
            total.add(t)
            byType[type, default: Tally()].add(t)
            if q.kind == .direct { direct.add(t) } else { reported.add(t) }
            var name = "(no source)", gender: GenderCall?
            if let s = q.speaker {
                if let a = s.actor {
                    name = analysis.actors[a].name
                    if type == .person { gender = calls[a] }
                } else {
                    name = Self.collapsed(doc.string(s.span))
                }
            }
            let key = type.rawValue + "\u{0}" + (type == .person || type == .organization || type == .group ? name : name.lowercased())
            var row = rows[key] ?? SpeakerTally(name: name, type: type, gender: gender)
            row.all.add(t)
            if q.kind == .direct { row.direct.add(t) } else { row.reported.add(t) }
            rows[key] = row
        }
        speakers = Self.sorted(Array(rows.values))
        for (a, actor) in analysis.actors.enumerated() where actor.kind == .person && !actor.mentions.isEmpty {
            mentionedPersons[actor.name] = calls[a].gender
        }
        for s in speakers where s.type == .person { quotedPersons[s.name] = s.gender?.gender ?? .unknown }
    }

    /// Several audits as one: speakers of the same type and name are one row; a person's gender
    /// is kept when the articles agree or only one knows it, else unknown (conflicting).
    public static func merged(_ audits: [SourceAudit]) -> SourceAudit {
        var out = SourceAudit()
        var rows: [String: SpeakerTally] = [:]
        for a in audits {
            out.articles += a.articles
            out.total.add(a.total); out.direct.add(a.direct); out.reported.add(a.reported)
            for (k, v) in a.byType { out.byType[k, default: Tally()].add(v) }
            for s in a.speakers {
                let key = s.type.rawValue + "\u{0}" + (s.type == .person || s.type == .organization || s.type == .group ? s.name : s.name.lowercased())
                guard var row = rows[key] else { rows[key] = s; continue }
                row.gender = mergedGender(row.gender, s.gender)
                row.all.add(s.all); row.direct.add(s.direct); row.reported.add(s.reported)
                rows[key] = row
            }
            for (n, g) in a.mentionedPersons { out.mentionedPersons[n] = mergedGender(out.mentionedPersons[n], g) }
        }
        out.speakers = sorted(Array(rows.values))
        for s in out.speakers where s.type == .person { out.quotedPersons[s.name] = s.gender?.gender ?? .unknown }
        for (n, g) in out.quotedPersons where out.mentionedPersons[n] != nil { out.mentionedPersons[n] = g }
        return out
    }

    static func mergedGender(_ a: GenderCall?, _ b: GenderCall?) -> GenderCall? {
        guard let a, let b else { return a ?? b }
        if a.gender == b.gender { return a }
        if a.gender == .unknown { return b }
        if b.gender == .unknown { return a }
        return GenderCall(gender: .unknown, by: .conflicting)
    }

    static func mergedGender(_ a: Gender?, _ b: Gender) -> Gender {
        guard let a, a != b else { return b }
        if a == .unknown { return b }
        if b == .unknown { return a }
        return .unknown
    }

    static func sorted(_ rows: [SpeakerTally]) -> [SpeakerTally] {
        rows.sorted { ($1.all.quotes, $1.all.words, $0.name) < ($0.all.quotes, $0.all.words, $1.name) }
    }

    /// Words (and numbers) inside a quote's content parts.
    static func words(in q: Quote, _ doc: Document) -> Int {
        var n = 0
        for part in q.parts {
            guard var t = Coreference.tokenIndex(at: part.start, doc) else { continue }
            while t < doc.tokens.count, doc.tokens[t].span.end <= part.end {
                if doc.tokens[t].kind == .word || doc.tokens[t].kind == .number { n += 1 }
                t += 1
            }
        }
        return n
    }

    /// Runs of white space as one space, trimmed (a source phrase may span a line break).
    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
