// The actors of a whole archive: each article's actors merged by name and kind, built
// incrementally as the articles' summaries arrive, in any order.
//
// Adding a summary files each of its actors under its name key (ArchiveNameKey: "Donald J.
// Trump" and "President Donald Trump" are one key) with the article, counts and quotes: a
// "form". A form is an actor of its own, except a lone surname ("Trump"), which joins the full
// name of that surname while exactly one person of the archive has it, or while one of several
// dominates it (named in at least three times as many articles as the others together: "Obama"
// joins Barack Obama though Michelle Obama is named once), and stands apart otherwise ("Clinton"
// with both Hillary and Bill, about as often). When the first full name of a surname arrives, it
// takes over the lone surname's actor (the actor "Trump" becomes "Donald Trump"); when a second
// one arrives, the lone surname gets an actor of its own, which it leaves empty (no articles)
// while it joins a dominant person; each add settles the surnames it touched. Which names make one
// actor, and every
// actor's counts, lists and name, therefore depend only on which summaries were added, never on
// their order; only the numbering does (actors are numbered as they appear, and a number never
// changes meaning but for that takeover, so an interface can hold on to one while articles
// arrive). `ArchiveActor.key` names an actor independently of the order.
//
// Cost: `add` is linear in the summary (a dictionary lookup per actor name; a name is reduced
// once per distinct spelling). The actors' lists are assembled lazily, on the first read after
// adds, for the actors those adds touched only: sorting a list that arrived out of order is
// O(n log n), merging a lone surname's lists into its person's linear.
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

    /// Every actor of the archive, numbered in order of appearance. An actor with no articles is
    /// a lone surname's while it joins a dominant person: lists skip it.
    public var actors: [ArchiveActor] { storage.resolved().actors }

    /// How many articles were added.
    public var articleCount: Int { storage.reading { $0.formsOf.count } }

    /// For each added article, the archive actor of each of its summary's actors.
    /// (Built on each call: prefer `actor(article:local:)`.)
    public var members: [Int: [Int]] {
        storage.reading { state in state.formsOf.mapValues { $0.map { Int(state.formActor[Int($0)]) } } }
    }

    /// The archive actor of actor `local` of article `article`, once that article is added.
    public func actor(article: Int, local: Int) -> Int? {
        storage.reading { state in
            guard let forms = state.formsOf[article], local >= 0, local < forms.count else { return nil }
            return Int(state.formActor[Int(forms[local])])
        }
    }

    /// The actor of a key (an `ArchiveActor.key`, or the key of a name merged into an actor).
    public func actor(key: String) -> Int? {
        storage.reading { state in state.formByKey[key].map { Int(state.formActor[Int($0)]) } }
    }

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
/// assembles the actors under a lock, so copies may be read from several threads.
private final class Storage: @unchecked Sendable {
    var state = ArchiveState()
    private let cache = Mutex<ArchiveState.Resolved>(ArchiveState.Resolved())

    /// A read of the state under the lock (a reader of a shared copy may be assembling).
    func reading<T>(_ body: (ArchiveState) -> T) -> T { cache.withLock { _ in body(state) } }

    func copy() -> Storage {
        let s = Storage()
        // Assembled first, so the copy's pending work is not shared with this one's.
        let (current, snapshot) = cache.withLock { r in
            state.assemble(&r)
            return (r, state)
        }
        s.state = snapshot
        s.cache.withLock { $0 = current }
        return s
    }

    func add(article: Int, summary: ArticleSummary) { state.add(article: article, summary: summary) }

    func resolved() -> ArchiveState.Resolved {
        cache.withLock { r in
            state.assemble(&r)
            return r
        }
    }
}

/// The forms, the actors they make, and what is pending; one value, so `add` works on it in
/// place without a check of exclusive access per field.
private struct ArchiveState {
    /// Everything filed under one name key.
    struct Form {
        var key: ArchiveNameKey
        var articles: [Int] = []
        var speakingIn: [Int] = []
        var quotes: [ArchiveQuoteRef] = []
        var mentions = 0
        var quoteCount = 0
        /// Spellings as the articles give them, with how many articles use each (few per form).
        var spellings: [(spelling: Int32, count: Int32)] = []
        /// Whether the lists are ascending (articles may arrive in any order).
        var sorted = true
    }

    /// The actors as assembled from the forms; entries of actors touched since are stale.
    struct Resolved {
        var actors: [ArchiveActor] = []
        var quotes: [[ArchiveQuoteRef]] = []
    }

    var forms: [Form] = []
    var formByKey: [String: Int32] = [:]
    /// Every spelling (name and kind as an article gives them), by a 64-bit hash of both: a
    /// String dictionary would hash and compare every name of every article again.
    var spellingByHash = HashTable<Int32>(capacity: 1_024, empty: -1)
    var spellingNames: [String] = []
    var spellingTitled: [Bool] = []
    var spellingForm: [Int32] = []
    /// Surname → the full-name person forms that have it (in order of appearance).
    var fullNamesBySurname: [String: [Int32]] = [:]
    /// Surname → its lone person form, if one appeared.
    var loneBySurname: [String: Int32] = [:]
    /// Surname → the lone form's own actor, once two people share the surname.
    var loneOwnActor: [String: Int32] = [:]
    /// Surname → the dominant full-name form its lone form joins (see `settle`).
    var loneJoined: [String: Int32] = [:]
    /// Article → the form of each of its summary's actors.
    var formsOf: [Int: [Int32]] = [:]
    /// Form → its actor; actor → its forms (its own, and a lone surname that joined it).
    var formActor: [Int32] = []
    var actorForms: [[Int32]] = []
    /// Actors whose entries need assembling again.
    var touched: [Int32] = []
    var isTouched: [Bool] = []

    mutating func add(article: Int, summary: ArticleSummary) {
        guard formsOf[article] == nil else { return }
        var mine: [Int32] = [], spellings: [Int32] = []
        mine.reserveCapacity(summary.actors.count)
        spellings.reserveCapacity(summary.actors.count)
        for a in summary.actors {
            let spelling = self.spelling(a.name, a.kind)
            spellings.append(spelling)
            mine.append(spellingForm[Int(spelling)])
        }
        // One pass over the forms in place (no check of unique ownership per field).
        forms.withUnsafeMutableBufferPointer { forms in
            for (k, a) in summary.actors.enumerated() {
                let f = Int(mine[k]), spelling = spellings[k]
                // An article can name one form twice (two spellings its resolver kept apart).
                if forms[f].articles.last != article {
                    if let last = forms[f].articles.last, last > article { forms[f].sorted = false }
                    forms[f].articles.append(article)
                    if let i = forms[f].spellings.firstIndex(where: { $0.spelling == spelling }) {
                        forms[f].spellings[i].count += 1
                    } else {
                        forms[f].spellings.append((spelling, 1))
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
        }
        for f in mine { touch(formActor[Int(f)]) }
        formsOf[article] = mine
        for f in mine {
            let key = forms[Int(f)].key
            if key.kind == .person, let surname = key.surname, loneOwnActor[surname] != nil { settle(surname) }
        }
    }

    /// Whether one of a surname's several people dominates it: named in at least
    /// `dominance` times as many articles as the others together.
    static let dominance = 3

    /// Joins the surname's lone form to its dominant person, or gives it back its own actor.
    private mutating func settle(_ surname: String) {
        guard let lone = loneBySurname[surname], let own = loneOwnActor[surname],
              let people = fullNamesBySurname[surname], people.count >= 2 else { return }
        var best: Int32 = -1, bestCount = 0, total = 0
        for p in people {
            let n = forms[Int(p)].articles.count
            total += n
            if n > bestCount { best = p; bestCount = n }
        }
        let dominant: Int32? = best >= 0 && bestCount >= Self.dominance * (total - bestCount) ? best : nil
        guard dominant != loneJoined[surname] else { return }
        if let current = loneJoined[surname] {
            let a = formActor[Int(current)]
            actorForms[Int(a)].removeAll { $0 == lone }
            touch(a)
        }
        if let d = dominant {
            let a = formActor[Int(d)]
            actorForms[Int(a)].append(lone)
            formActor[Int(lone)] = a
            actorForms[Int(own)] = []
            touch(a)
        } else {
            actorForms[Int(own)] = [lone]
            formActor[Int(lone)] = own
        }
        touch(own)
        loneJoined[surname] = dominant
    }

    private mutating func touch(_ actor: Int32) {
        if !isTouched[Int(actor)] { isTouched[Int(actor)] = true; touched.append(actor) }
    }

    private mutating func newActor(_ forms: [Int32]) {
        let a = Int32(actorForms.count)
        actorForms.append(forms)
        isTouched.append(false)
        for f in forms { formActor[Int(f)] = a }
        touch(a)
    }

    /// FNV-1a over the kind and the name's bytes, exactly as written (case kept: the spellings
    /// give the actor its displayed name). A collision of two of a million spellings has a
    /// chance of about 3 in 100 million.
    static func spellingHash(_ name: String, _ kind: ActorKind) -> UInt64 {
        var h = (LexiconHash.seed ^ UInt64(ActorResolver.kindCode(kind))) &* LexiconHash.prime
        for b in name.utf8 { h = (h ^ UInt64(b)) &* LexiconHash.prime }
        return h ^ (h >> 31)
    }

    /// The spelling's number, made on first sight with its form (the name reduced once per
    /// spelling), and the form's place among the actors.
    private mutating func spelling(_ name: String, _ kind: ActorKind) -> Int32 {
        let hash = Self.spellingHash(name, kind)
        if let s = spellingByHash[hash] { return s }
        let key = ArchiveNameKey(name: name, kind: kind)
        let f: Int32
        if let existing = formByKey[key.key] {
            f = existing
        } else {
            f = Int32(forms.count)
            forms.append(Form(key: key))
            formByKey[key.key] = f
            formActor.append(-1)
            place(f, key)
        }
        let s = Int32(spellingNames.count)
        spellingNames.append(name)
        spellingTitled.append(kind == .person && ArchiveNameKey.startsWithTitle(name))
        spellingForm.append(f)
        spellingByHash.update(hash) { $0 = s }
        return s
    }

    /// A new form's actor: its own, or (a lone surname) its person's; a full name may take over
    /// the lone surname's actor, or send it off on its own.
    private mutating func place(_ f: Int32, _ key: ArchiveNameKey) {
        guard key.kind == .person, let surname = key.surname else { newActor([f]); return }
        if !key.isFullName {
            loneBySurname[surname] = f
            if let full = fullNamesBySurname[surname], full.count == 1 {
                let a = formActor[Int(full[0])]
                actorForms[Int(a)].append(f)
                formActor[Int(f)] = a
                touch(a)
            } else {
                newActor([f])
                if fullNamesBySurname[surname, default: []].count >= 2 { loneOwnActor[surname] = formActor[Int(f)] }
            }
            return
        }
        fullNamesBySurname[surname, default: []].append(f)
        let people = fullNamesBySurname[surname]!
        guard let lone = loneBySurname[surname] else { newActor([f]); return }
        if people.count == 1 {
            // The lone surname's actor becomes this person's.
            let a = formActor[Int(lone)]
            actorForms[Int(a)] = [f, lone]
            formActor[Int(f)] = a
            touch(a)
        } else if people.count == 2 {
            // Two people of that surname: the lone one is neither.
            let a = formActor[Int(people[0])]
            actorForms[Int(a)] = [people[0]]
            touch(a)
            newActor([lone])
            loneOwnActor[surname] = formActor[Int(lone)]
            newActor([f])
        } else {
            newActor([f])
        }
    }

    /// Brings the entries of touched actors up to date (and adds the new ones).
    mutating func assemble(_ r: inout Resolved) {
        guard !touched.isEmpty else { return }
        let blank = ArchiveActor(name: "", kind: .person, articles: [], speakingIn: [], mentions: 0, quotes: 0, key: "")
        while r.actors.count < actorForms.count {
            r.actors.append(blank)
            r.quotes.append([])
        }
        for a in touched {
            let a = Int(a)
            isTouched[a] = false
            for f in actorForms[a] where !forms[Int(f)].sorted {
                let f = Int(f)
                forms[f].articles.sort()
                forms[f].speakingIn.sort()
                forms[f].quotes.sort()
                forms[f].sorted = true
            }
            guard let first = actorForms[a].first else {
                // A lone surname's own actor while it joins a dominant person: no articles.
                r.actors[a] = ArchiveActor(name: "", kind: .person, articles: [], speakingIn: [], mentions: 0, quotes: 0, key: "")
                r.quotes[a] = []
                continue
            }
            let head = forms[Int(first)]
            var actor = ArchiveActor(name: displayName(head.spellings), kind: head.key.kind,
                                     articles: head.articles, speakingIn: head.speakingIn,
                                     mentions: head.mentions, quotes: head.quoteCount, key: head.key.key)
            var quotes = head.quotes
            for j in actorForms[a].dropFirst() {
                let other = forms[Int(j)]
                actor.articles = Self.union(actor.articles, other.articles)
                actor.speakingIn = Self.union(actor.speakingIn, other.speakingIn)
                actor.mentions += other.mentions
                actor.quotes += other.quoteCount
                quotes = Self.union(quotes, other.quotes)
            }
            r.actors[a] = actor
            r.quotes[a] = quotes
        }
        touched.removeAll(keepingCapacity: true)
    }

    func displayName(_ spellings: [(spelling: Int32, count: Int32)]) -> String {
        guard spellings.count > 1 else { return spellings.first.map { spellingNames[Int($0.spelling)] } ?? "" }
        return Self.displayName(spellings.map { (spellingNames[Int($0.spelling)], Int($0.count), spellingTitled[Int($0.spelling)]) })
    }

    /// The spelling most articles use, preferring one without a title ("Clinton" over "Mrs.
    /// Clinton"); of equally common ones the longest, then the first in code point order (so the
    /// choice does not depend on arrival order).
    static func displayName(_ spellings: [(name: String, count: Int, titled: Bool)]) -> String {
        guard var best = spellings.first else { return "" }
        for s in spellings.dropFirst() {
            let better = s.titled != best.titled ? !s.titled
                : s.count != best.count ? s.count > best.count
                : s.name.count != best.name.count ? s.name.count > best.name.count
                : s.name.unicodeScalars.lexicographicallyPrecedes(best.name.unicodeScalars)
            if better { best = s }
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
