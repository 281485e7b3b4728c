// The actors of a whole archive: each article's actors merged by name and kind, built
// incrementally as the articles' summaries arrive, in any order.
//
// Adding a summary files each of its actors under its name key (ArchiveNameKey: "Donald J.
// Trump" and "President Donald Trump" are one key) with the article, counts and quotes: a
// "form". Which forms make one actor is decided lazily, when the actors are asked for: a lone
// surname ("Trump") joins the full name of that surname when exactly one person of the archive
// has it, and stays apart when there are none or several ("Clinton" with both Hillary and Bill).
// That answer can change as articles arrive (a second Trump), so it is recomputed from the forms
// rather than kept in a union-find: the result depends only on which summaries were added, never
// on their order. Actors are numbered in key order (kind, then name), so the numbering is
// deterministic too; `ArchiveActor.key` names an actor across re-resolutions.
//
// Cost: `add` is linear in the summary (a dictionary lookup per actor name, the name reduced once
// per distinct spelling); resolving is O(F log F) in the number of forms plus the lists of the
// few merged actors, and happens at most once per batch of adds (on the next read).
import Synchronization

public struct ArchiveActor: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// Articles (indices given to `add`) that mention the actor, ascending.
    public var articles: [Int]
    /// Articles where the actor has at least one quote, ascending.
    public var speakingIn: [Int]
    public var mentions: Int
    public var quotes: Int
    /// The actor's identity across re-resolutions (its numbering can shift as articles arrive):
    /// its kind and reduced name ("p:donald trump"). See `ArchiveActorIndex.actor(key:)`.
    public var key: String
}

/// One quote of the archive: quote `quote` of the summary of article `article`.
public struct ArchiveQuoteRef: Hashable, Sendable, Comparable {
    public var article: Int
    public var quote: Int
    public init(article: Int, quote: Int) {
        self.article = article
        self.quote = quote
    }
    public static func < (a: Self, b: Self) -> Bool { a.article != b.article ? a.article < b.article : a.quote < b.quote }
}

public struct ArchiveActorIndex: Sendable {
    private var storage = Storage()

    public init() {}

    /// Files the actors and quotes of one article. Adding an article a second time does nothing.
    public mutating func add(article: Int, summary: ArticleSummary) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.add(article: article, summary: summary)
    }

    /// Every actor of the archive, in key order (kind, then reduced name).
    public var actors: [ArchiveActor] { storage.resolved().actors }

    /// How many articles were added.
    public var articleCount: Int { storage.formsOf.count }

    /// For each added article, the archive actor of each of its summary's actors.
    /// (Built on each call: prefer `actor(article:local:)`.)
    public var members: [Int: [Int]] {
        let r = storage.resolved()
        return storage.formsOf.mapValues { $0.map { Int(r.formActor[Int($0)]) } }
    }

    /// The archive actor of actor `local` of article `article`, once that article is added.
    public func actor(article: Int, local: Int) -> Int? {
        guard let forms = storage.formsOf[article], local >= 0, local < forms.count else { return nil }
        return Int(storage.resolved().formActor[Int(forms[local])])
    }

    /// The actor whose `key` this is, if any.
    public func actor(key: String) -> Int? { storage.resolved().byKey[key] }

    /// All quotes of an actor across the archive, in article order, then text order.
    public func quotes(of actor: Int) -> [ArchiveQuoteRef] {
        let r = storage.resolved()
        guard actor >= 0, actor < r.quotes.count else { return [] }
        return r.quotes[actor]
    }

    /// The articles where the actor speaks (has a quote), or all that mention it; ascending.
    public func articles(of actor: Int, speaking: Bool) -> [Int] {
        let r = storage.resolved()
        guard actor >= 0, actor < r.actors.count else { return [] }
        return speaking ? r.actors[actor].speakingIn : r.actors[actor].articles
    }
}

/// The index's state, shared between copies until one of them adds (copy on write). Reading
/// resolves under a lock, so copies may be read from several threads.
private final class Storage: @unchecked Sendable {
    /// Everything filed under one name key.
    struct Form {
        var key: ArchiveNameKey
        var articles: [Int] = []
        var speakingIn: [Int] = []
        var quotes: [ArchiveQuoteRef] = []
        var mentions = 0
        var quoteCount = 0
        /// Spellings as the articles give them, with how many articles use each (few per form).
        var spellings: [(name: String, count: Int)] = []
        /// Whether the lists are ascending (articles may arrive in any order).
        var sorted = true
    }

    struct Spelling: Hashable {
        var name: String
        var kind: ActorKind
    }

    struct Resolved {
        var actors: [ArchiveActor] = []
        var formActor: [Int32] = []
        var quotes: [[ArchiveQuoteRef]] = []
        var byKey: [String: Int] = [:]
    }

    var forms: [Form] = []
    var formByKey: [String: Int32] = [:]
    var formBySpelling: [Spelling: Int32] = [:]
    /// Surname → the full-name person forms that have it.
    var fullNamesBySurname: [String: [Int32]] = [:]
    /// Article → the form of each of its summary's actors.
    var formsOf: [Int: [Int32]] = [:]
    /// The actors as last resolved; nil once an add has made them stale.
    private let cache = Mutex<Resolved?>(Resolved())

    func copy() -> Storage {
        let s = Storage()
        s.forms = forms
        s.formByKey = formByKey
        s.formBySpelling = formBySpelling
        s.fullNamesBySurname = fullNamesBySurname
        s.formsOf = formsOf
        let current = cache.withLock { $0 }
        s.cache.withLock { $0 = current }
        return s
    }

    func add(article: Int, summary: ArticleSummary) {
        guard formsOf[article] == nil else { return }
        var mine: [Int32] = []
        mine.reserveCapacity(summary.actors.count)
        for a in summary.actors {
            let f = Int(form(for: a.name, a.kind))
            mine.append(Int32(f))
            // An article can name one form twice (two spellings its resolver kept apart).
            if forms[f].articles.last != article {
                if let last = forms[f].articles.last, last > article { forms[f].sorted = false }
                forms[f].articles.append(article)
                if let i = forms[f].spellings.firstIndex(where: { $0.name == a.name }) {
                    forms[f].spellings[i].count += 1
                } else {
                    forms[f].spellings.append((a.name, 1))
                }
            }
            if a.quotes > 0 && forms[f].speakingIn.last != article { forms[f].speakingIn.append(article) }
            forms[f].mentions += a.mentions
            forms[f].quoteCount += a.quotes
        }
        for (i, q) in summary.quotes.enumerated() {
            guard let a = q.actor, a >= 0, a < mine.count else { continue }
            forms[Int(mine[a])].quotes.append(ArchiveQuoteRef(article: article, quote: i))
        }
        formsOf[article] = mine
        cache.withLock { $0 = nil }
    }

    /// The form a spelling files under, made on first sight (the name reduced once per spelling).
    private func form(for name: String, _ kind: ActorKind) -> Int32 {
        let spelling = Spelling(name: name, kind: kind)
        if let f = formBySpelling[spelling] { return f }
        let key = ArchiveNameKey(name: name, kind: kind)
        let f: Int32
        if let existing = formByKey[key.key] {
            f = existing
        } else {
            f = Int32(forms.count)
            forms.append(Form(key: key))
            formByKey[key.key] = f
            if key.isFullName, let s = key.surname { fullNamesBySurname[s, default: []].append(f) }
        }
        formBySpelling[spelling] = f
        return f
    }

    func resolved() -> Resolved {
        cache.withLock { cache in
            if let c = cache { return c }
            let r = resolve()
            cache = r
            return r
        }
    }

    private func resolve() -> Resolved {
        for f in forms.indices where !forms[f].sorted {
            forms[f].articles.sort()
            forms[f].speakingIn.sort()
            forms[f].quotes.sort()
            forms[f].sorted = true
        }
        // A lone person name joins the one full name with its surname.
        var root = Array(0..<Int32(forms.count))
        var joined: [Int32: [Int32]] = [:]
        for f in forms.indices {
            let key = forms[f].key
            guard key.kind == .person, !key.isFullName, let s = key.surname,
                  let full = fullNamesBySurname[s], full.count == 1 else { continue }
            root[f] = full[0]
            joined[full[0], default: []].append(Int32(f))
        }
        var order = forms.indices.filter { root[$0] == Int32($0) }
        order.sort { forms[$0].key.key.utf8.lexicographicallyPrecedes(forms[$1].key.key.utf8) }

        var r = Resolved()
        r.actors.reserveCapacity(order.count)
        r.quotes.reserveCapacity(order.count)
        r.formActor = [Int32](repeating: 0, count: forms.count)
        for (id, f) in order.enumerated() {
            let head = forms[f]
            var actor = ArchiveActor(name: Self.displayName(head.spellings), kind: head.key.kind,
                                     articles: head.articles, speakingIn: head.speakingIn,
                                     mentions: head.mentions, quotes: head.quoteCount, key: head.key.key)
            var quotes = head.quotes
            r.formActor[f] = Int32(id)
            for j in joined[Int32(f)] ?? [] {
                let other = forms[Int(j)]
                actor.articles = Self.union(actor.articles, other.articles)
                actor.speakingIn = Self.union(actor.speakingIn, other.speakingIn)
                actor.mentions += other.mentions
                actor.quotes += other.quoteCount
                quotes = Self.union(quotes, other.quotes)
                r.formActor[Int(j)] = Int32(id)
            }
            r.byKey[actor.key] = id
            r.actors.append(actor)
            r.quotes.append(quotes)
        }
        return r
    }

    /// The spelling most articles use, preferring one without a title ("Clinton" over "Mrs.
    /// Clinton"); of equally common ones the longest, then the first in code point order (so the
    /// choice does not depend on arrival order).
    static func displayName(_ spellings: [(name: String, count: Int)]) -> String {
        guard var best = spellings.first else { return "" }
        var bestTitled = ArchiveNameKey.startsWithTitle(best.name)
        for s in spellings.dropFirst() {
            let titled = ArchiveNameKey.startsWithTitle(s.name)
            let better = titled != bestTitled ? !titled
                : s.count != best.count ? s.count > best.count
                : s.name.count != best.name.count ? s.name.count > best.name.count
                : s.name.unicodeScalars.lexicographicallyPrecedes(best.name.unicodeScalars)
            if better { best = s; bestTitled = titled }
        }
        return best.name
    }

    /// Two ascending lists merged, without repeats.
    static func union<T: Comparable>(_ a: [T], _ b: [T]) -> [T] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [T] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next: T
            if j == b.count || i < a.count && a[i] < b[j] { next = a[i]; i += 1 }
            else if i == a.count || b[j] < a[i] { next = b[j]; j += 1 }
            else { next = a[i]; i += 1; j += 1 }
            if out.last != next { out.append(next) }
        }
        return out
    }
}
