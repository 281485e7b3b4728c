import Testing
@testable import Model

/// A summary of made-up actors: (name, kind, mentions), and quotes by actor index.
private func summary(_ actors: [(String, ActorKind, Int)], quotes: [Int?] = []) -> ArticleSummary {
    var quoteCounts = [Int](repeating: 0, count: actors.count)
    for q in quotes { if let a = q { quoteCounts[a] += 1 } }
    let list = actors.enumerated().map { i, a in SummaryActor(name: a.0, kind: a.1, mentions: a.2, quotes: quoteCounts[i]) }
    let qs = quotes.enumerated().map { i, a in
        SummaryQuote(actor: a, speaker: a.map { actors[$0].0 } ?? "an aide", excerpt: "words \(i)", offset: i * 10, lowConfidence: false)
    }
    return ArticleSummary(headline: "h", date: nil, words: 100, actors: list, quotes: qs)
}

private func index(_ summaries: [(Int, ArticleSummary)]) -> ArchiveActorIndex {
    var index = ArchiveActorIndex()
    for (i, s) in summaries { index.add(article: i, summary: s) }
    return index
}

private func named(_ index: ArchiveActorIndex, _ name: String) -> ArchiveActor? {
    index.actors.first { $0.name == name }
}

@Suite struct ArchiveActorIndexTests {
    @Test func fullNamesWithInitialsAndTitlesAreOnePerson() {
        let idx = index([
            (0, summary([("Donald J. Trump", .person, 3)], quotes: [0])),
            (1, summary([("Donald Trump", .person, 2)])),
            (2, summary([("President Donald Trump", .person, 1)], quotes: [0, 0])),
            (3, summary([("Donald Trump", .person, 4)])),
        ])
        #expect(idx.actors.count == 1)
        let trump = idx.actors[0]
        #expect(trump.name == "Donald Trump")  // the spelling most articles use
        #expect(trump.articles == [0, 1, 2, 3])
        #expect(trump.speakingIn == [0, 2])
        #expect(trump.mentions == 10)
        #expect(trump.quotes == 3)
    }

    @Test func aLoneSurnameJoinsTheOnlyFullNameWithIt() {
        let idx = index([
            (0, summary([("Donald J. Trump", .person, 1)])),
            (1, summary([("Mr. Trump", .person, 2)], quotes: [0])),
            (2, summary([("Trump", .person, 1)])),
            (3, summary([("Trump's", .person, 1)])),
        ])
        #expect(idx.actors.map(\.name) == ["Donald J. Trump"])
        #expect(idx.actors[0].articles == [0, 1, 2, 3])
        #expect(idx.actors[0].speakingIn == [1])
        #expect(idx.actor(article: 1, local: 0) == 0)
    }

    @Test func aLoneSurnameOfTwoPeopleStaysApart() {
        let idx = index([
            (0, summary([("Hillary Clinton", .person, 5), ("Bill Clinton", .person, 2)])),
            (1, summary([("Clinton", .person, 3)], quotes: [0])),
            (2, summary([("Mrs. Clinton", .person, 1)])),
        ])
        #expect(Set(idx.actors.map(\.name)) == ["Hillary Clinton", "Bill Clinton", "Clinton"])
        #expect(named(idx, "Clinton")?.articles == [1, 2])
        #expect(named(idx, "Hillary Clinton")?.articles == [0])
        #expect(named(idx, "Bill Clinton")?.articles == [0])
    }

    @Test func aSecondFullNameWithTheSurnameUndoesTheJoin() {
        var idx = index([
            (0, summary([("Donald Trump", .person, 1)])),
            (1, summary([("Trump", .person, 1)])),
        ])
        #expect(idx.actors.count == 1)
        idx.add(article: 2, summary: summary([("Melania Trump", .person, 1)]))
        #expect(Set(idx.actors.map(\.name)) == ["Donald Trump", "Melania Trump", "Trump"])
        #expect(named(idx, "Trump")?.articles == [1])
    }

    @Test func kindsStayApart() {
        let idx = index([
            (0, summary([("Washington", .place, 2)])),
            (1, summary([("Washington", .person, 1), ("George Washington", .person, 1)])),
            (2, summary([("Washington", .place, 1)])),
        ])
        #expect(idx.actors.count == 2)
        #expect(idx.actors.first { $0.kind == .place }?.articles == [0, 2])
        #expect(idx.actors.first { $0.kind == .person }?.name == "George Washington")
        #expect(idx.actors.first { $0.kind == .person }?.articles == [1])
    }

    @Test func organisationsMergeWithoutTheAndCaseButGetNoInventedAliases() {
        let idx = index([
            (0, summary([("the Associated Press", .organization, 1), ("FBI", .organization, 1)])),
            (1, summary([("Associated Press", .organization, 1), ("Federal Bureau of Investigation", .organization, 1)])),
            (2, summary([("Associated Press", .organization, 1)])),
        ])
        #expect(idx.actors.count == 3)
        #expect(named(idx, "Associated Press")?.articles == [0, 1, 2])
        #expect(named(idx, "FBI")?.articles == [0])
    }

    @Test func suffixesAndMiddleNamesMatchTheResolversKey() {
        let idx = index([
            (0, summary([("Martin Luther King Jr.", .person, 1)])),
            (1, summary([("Martin King", .person, 1)])),
            (2, summary([("Sen. John S. McCain", .person, 1)])),
            (3, summary([("John McCain", .person, 1)])),
        ])
        #expect(idx.actors.count == 2)
        #expect(idx.actors.allSatisfy { $0.articles.count == 2 })
    }

    @Test func titlesAndHonorificsAreNotPartOfTheKey() {
        #expect(ArchiveNameKey(name: "Former Vice President Joe Biden", kind: .person).key
                == ArchiveNameKey(name: "Joe Biden", kind: .person).key)
        #expect(ArchiveNameKey(name: "Chuck Smith", kind: .person).isFullName)  // a first name, not a title
        // An epithet before a first name is dropped; a first name that is also a word is kept.
        #expect(ArchiveNameKey(name: "Crooked Dana Whitfield", kind: .person).key == "p:dana whitfield")
        #expect(ArchiveNameKey(name: "Rose Whitfield", kind: .person).key == "p:rose whitfield")
        #expect(ArchiveNameKey(name: "Honest Whitfield", kind: .person).key == "p:honest whitfield")
        #expect(ArchiveNameKey(name: "J.", kind: .person).key == "p:j.")       // an initial alone stays
        #expect(ArchiveNameKey(name: "Gov. Smith", kind: .person).key == ArchiveNameKey(name: "Smith", kind: .person).key)
        #expect(ArchiveNameKey(name: "Mrs. Smith", kind: .person).isFullName == false)
    }

    @Test func theResultDoesNotDependOnArrivalOrder() {
        let summaries: [(Int, ArticleSummary)] = [
            (0, summary([("Donald J. Trump", .person, 1), ("Hillary Clinton", .person, 2)], quotes: [0, 1, 0])),
            (1, summary([("Trump", .person, 2), ("Clinton", .person, 1)], quotes: [1])),
            (2, summary([("Bill Clinton", .person, 1), ("Mr. Trump", .person, 1)], quotes: [0, nil, 1])),
            (3, summary([("Donald Trump", .person, 1), ("the White House", .organization, 1)], quotes: [0])),
            (4, summary([("White House", .organization, 2), ("Melania Trump", .person, 1)])),
            (5, summary([("Kaine", .person, 1)], quotes: [0])),
            (6, summary([("Tim Kaine", .person, 1), ("Sen. Kaine", .person, 1)])),
        ]
        let reference = index(summaries)
        var rng = SeededRandom(seed: 7)
        for _ in 0..<20 {
            var shuffled = summaries
            shuffled.shuffle(using: &rng)
            let other = index(shuffled)
            // The same actors, lists, counts and names; numbered as they appeared.
            #expect(other.actors.sorted { $0.key < $1.key } == reference.actors.sorted { $0.key < $1.key })
            for a in reference.actors.indices {
                let b = try! #require(other.actor(key: reference.actors[a].key))
                #expect(other.quotes(of: b) == reference.quotes(of: a))
            }
            for (article, s) in summaries {
                for local in s.actors.indices {
                    let mine = other.actor(article: article, local: local).map { other.actors[$0].key }
                    #expect(mine == reference.actor(article: article, local: local).map { reference.actors[$0].key })
                }
            }
        }
        // Kaine in article 5 joins Tim Kaine; Trump is ambiguous once Melania arrives.
        #expect(named(reference, "Tim Kaine")?.articles == [5, 6])
        #expect(named(reference, "Trump")?.articles == [1, 2])
    }

    @Test func aLoneSurnameJoinsAPersonWhoDominatesIt() {
        // Four articles name Ada Quill, one names Ben Quill: "Quill" is Ada's, in any order of
        // arrival, and leaves again when Ben becomes as common.
        var summaries: [(Int, ArticleSummary)] = (0..<4).map { ($0, summary([("Ada Quill", .person, 2)])) }
        summaries.append((4, summary([("Ben Quill", .person, 1)])))
        summaries.append((5, summary([("Quill", .person, 1)], quotes: [0])))
        summaries.append((6, summary([("Ms. Quill", .person, 1)])))
        for order in [summaries, summaries.reversed(), [summaries[5], summaries[4], summaries[0], summaries[6], summaries[1], summaries[2], summaries[3]]] {
            let idx = index(Array(order))
            let listed = idx.actors.filter { !$0.articles.isEmpty }
            #expect(Set(listed.map(\.name)) == ["Ada Quill", "Ben Quill"])
            let ada = try! #require(named(idx, "Ada Quill"))
            #expect(ada.articles == [0, 1, 2, 3, 5, 6])
            #expect(ada.quotes == 1)
            let a = try! #require(idx.actors.firstIndex { $0.name == "Ada Quill" })
            #expect(idx.actor(article: 5, local: 0) == a)
            #expect(idx.quotes(of: a) == [ArchiveQuoteRef(article: 5, quote: 0)])
        }
        var idx = index(summaries)
        for i in 7..<10 { idx.add(article: i, summary: summary([("Ben Quill", .person, 1)])) }
        // 4 articles against 4: no one dominates, the surname stands apart again.
        #expect(named(idx, "Quill")?.articles == [5, 6])
        #expect(named(idx, "Ada Quill")?.articles == [0, 1, 2, 3])
    }

    @Test func quotesOfAnActorInArticleThenTextOrder() {
        var idx = ArchiveActorIndex()
        idx.add(article: 4, summary: summary([("Ann Lee", .person, 1), ("Bo Park", .person, 1)], quotes: [1, 0, nil, 0]))
        idx.add(article: 1, summary: summary([("Lee", .person, 1)], quotes: [0, 0]))
        idx.add(article: 2, summary: summary([("Bo Park", .person, 1)]))
        let lee = try! #require(idx.actors.firstIndex { $0.name == "Ann Lee" })
        #expect(idx.quotes(of: lee) == [ArchiveQuoteRef(article: 1, quote: 0), ArchiveQuoteRef(article: 1, quote: 1),
                                        ArchiveQuoteRef(article: 4, quote: 1), ArchiveQuoteRef(article: 4, quote: 3)])
        let park = try! #require(idx.actors.firstIndex { $0.name == "Bo Park" })
        #expect(idx.quotes(of: park) == [ArchiveQuoteRef(article: 4, quote: 0)])
        #expect(idx.articles(of: park, speaking: true) == [4])
        #expect(idx.articles(of: park, speaking: false) == [2, 4])
        #expect(idx.articles(of: lee, speaking: true) == [1, 4])
        #expect(idx.quotes(of: 99).isEmpty)
        #expect(idx.articles(of: -1, speaking: false).isEmpty)
    }

    @Test func numbersStayWhileArticlesArrive() {
        var idx = index([(0, summary([("Zed Young", .person, 1), ("Trump", .person, 1)]))])
        let young = try! #require(idx.actor(key: "p:zed young"))
        let trump = try! #require(idx.actor(key: "p:trump"))
        idx.add(article: 1, summary: summary([("Abe Able", .person, 1)]))
        #expect(idx.actor(key: "p:zed young") == young)
        // The first full name of the surname takes over the lone surname's actor...
        idx.add(article: 2, summary: summary([("Donald Trump", .person, 1)]))
        #expect(idx.actors.count == 3)
        #expect(idx.actors[trump].name == "Donald Trump")
        #expect(idx.actors[trump].key == "p:donald trump")
        #expect(idx.actors[trump].articles == [0, 2])
        #expect(idx.actor(key: "p:trump") == trump)
        // ... and keeps its number when a second one sends the lone surname off on its own.
        idx.add(article: 3, summary: summary([("Ivana Trump", .person, 1)]))
        #expect(idx.actors.count == 5)
        #expect(idx.actors[trump].articles == [2])
        let lone = try! #require(idx.actor(key: "p:trump"))
        #expect(lone != trump && idx.actors[lone].articles == [0] && idx.actors[lone].name == "Trump")
        #expect(idx.actor(article: 0, local: 1) == lone)
        #expect(idx.actors[young].name == "Zed Young")
    }

    @Test func copiesAreIndependent() {
        var a = index([(0, summary([("Ann Lee", .person, 1)]))])
        let b = a
        a.add(article: 1, summary: summary([("Ann Lee", .person, 1)]))
        #expect(a.actors[0].articles == [0, 1])
        #expect(b.actors[0].articles == [0])
        #expect(b.articleCount == 1 && a.articleCount == 2)
        #expect(a.members[1] == [0])
    }

    @Test func aCopyCanBeReadFromSeveralTasksAtOnce() async {
        var idx = ArchiveActorIndex()
        for i in 0..<300 {
            idx.add(article: i, summary: summary([("Ann Lee", .person, 1), ("Lee", .person, 1), ("Person\(i % 37) Name", .person, 1)], quotes: [0, 2]))
        }
        let shared = idx  // nothing assembled yet: the first readers race to do it
        let results = await withTaskGroup(of: [Int].self) { group in
            for t in 0..<8 {
                group.addTask {
                    let lee = shared.actor(key: "p:ann lee") ?? -1
                    return [shared.actors.count, lee, shared.quotes(of: lee).count, shared.actor(article: t, local: 1) ?? -1]
                }
            }
            var all: [[Int]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        #expect(Set(results).count == 1)
        #expect(results.first?[0] == 38 && results.first?[2] == 300)
        #expect(results.first?[1] == results.first?[3])  // "Lee" is Ann Lee
    }

    @Test func addingAnArticleTwiceCountsItOnce() {
        var idx = index([(0, summary([("Ann Lee", .person, 2)], quotes: [0]))])
        idx.add(article: 0, summary: summary([("Ann Lee", .person, 2)], quotes: [0]))
        #expect(idx.actors[0].mentions == 2)
        #expect(idx.quotes(of: 0).count == 1)
    }

    @Test func manyArticlesIndexLinearly() {
        // 2,000 articles of 40 actors drawn from 3,000 names: every list stays sorted and complete.
        var idx = ArchiveActorIndex()
        var rng = SeededRandom(seed: 3)
        var expected: [String: Set<Int>] = [:]
        for article in (0..<2_000).shuffled(using: &rng) {
            var actors: [(String, ActorKind, Int)] = []
            var seen = Set<Int>()
            while actors.count < 40 {
                let n = Int(rng.next() % 3_000)
                if !seen.insert(n).inserted { continue }
                actors.append(("Given\(n % 97) Family\(n)", .person, 1))
                expected["Given\(n % 97) Family\(n)", default: []].insert(article)
            }
            idx.add(article: article, summary: summary(actors))
        }
        #expect(idx.actors.count == expected.count)
        for a in idx.actors { #expect(a.articles == expected[a.name]!.sorted()) }
    }
}
