// The actors of a whole archive: each article's actors merged by name and kind, built
// incrementally as the articles' summaries arrive (in any order).
// (First version: names merge when equal. Merging "Mr. Trump" with "Donald J. Trump" across
// articles is the next step.)

public struct ArchiveActor: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// Articles (indices given to `add`) that mention the actor, ascending once all are added.
    public var articles: [Int]
    /// Articles where the actor has at least one quote.
    public var speakingIn: [Int]
    public var mentions: Int
    public var quotes: Int
}

public struct ArchiveActorIndex: Sendable {
    public private(set) var actors: [ArchiveActor] = []
    /// For each added article, the archive actor of each of its summary's actors.
    public private(set) var members: [Int: [Int]] = [:]
    private var byKey: [String: Int] = [:]

    public init() {}

    public mutating func add(article: Int, summary: ArticleSummary) {
        var mapped: [Int] = []
        mapped.reserveCapacity(summary.actors.count)
        for a in summary.actors {
            let key = Self.key(a.name, a.kind)
            let id: Int
            if let existing = byKey[key] {
                id = existing
            } else {
                id = actors.count
                byKey[key] = id
                actors.append(ArchiveActor(name: a.name, kind: a.kind, articles: [], speakingIn: [], mentions: 0, quotes: 0))
            }
            if actors[id].articles.last != article { actors[id].articles.append(article) }
            if a.quotes > 0, actors[id].speakingIn.last != article { actors[id].speakingIn.append(article) }
            actors[id].mentions += a.mentions
            actors[id].quotes += a.quotes
            mapped.append(id)
        }
        members[article] = mapped
    }

    /// The archive actor of actor `local` of article `article`, once that article is added.
    public func actor(article: Int, local: Int) -> Int? {
        guard let m = members[article], local >= 0, local < m.count else { return nil }
        return m[local]
    }

    static func key(_ name: String, _ kind: ActorKind) -> String { kind.rawValue + "\u{1F}" + name.lowercased() }
}
