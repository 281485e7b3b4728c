import Testing
@testable import Model

/// Frames around known cue verbs: subjects, evidence verbs, and what the content holds.
@Suite struct CueFrameTests {
    @Test(arguments: ["About 30 percent of voters", "Most voters", "The reporters", "Many of the lawmakers"])
    func plainNounAndPartitiveSubjectsSpeak(_ subject: String) throws {
        let v = quoteViews("\(subject) said the new bridge would never be finished.\n")
        let q = try #require(quote(v, containing: "new bridge"))
        #expect(q.speaker == subject)
        #expect(q.cue == "said")
    }

    @Test func objectPronounIsNoSubject() {
        let v = quoteViews("The coach told them the match would be moved to Sunday.\n")
        #expect(v.allSatisfy { $0.speaker != "them" })
    }

    @Test(arguments: ["show", "shows", "showed", "found", "find"])
    func evidenceVerbsWithInanimateSources(_ verb: String) throws {
        let v = quoteViews("New surveys \(verb) that most tenants cannot afford the rent increases.\n")
        let q = try #require(quote(v, containing: "most tenants"))
        #expect(q.speaker == "New surveys")
        #expect(q.cue == verb)
    }

    @Test(arguments: ["continued to insist", "went on to say", "tried to argue"])
    func aspectualChainsKeepTheSubject(_ chain: String) throws {
        let v = quoteViews("The treasurer \(chain) that the club had paid every bill.\n")
        let q = try #require(quote(v, containing: "paid every bill"))
        #expect(q.speaker == "The treasurer")
    }

    @Test(arguments: ["on Monday", "during the hearing", "in a statement", "at the rally", "Thursday", "Friday on a radio show"])
    func stanceObjectEndsBeforeAnAdjunct(_ adjunct: String) throws {
        let v = quoteViews("Senator Rita Vance criticized the new harbor tax \(adjunct).\n")
        let q = try #require(quote(v, containing: "harbor tax"))
        #expect(q.content == "the new harbor tax")
    }

    @Test(arguments: ["—", "–"])
    func stanceObjectEndsBeforeADashedAside(_ dash: String) throws {
        let v = quoteViews("Senator Rita Vance criticized the new harbor tax \(dash) a measure the council passed in the spring.\n")
        let q = try #require(quote(v, containing: "harbor tax"))
        #expect(q.content == "the new harbor tax")
    }

    @Test(arguments: ["complained", "warned", "wrote"])
    func aboutBelongsToTheCueNotTheContent(_ verb: String) throws {
        let v = quoteViews("The fishermen's union \(verb) about the new harbor tax.\n")
        let q = try #require(quote(v, containing: "harbor tax"))
        #expect(q.content == "the new harbor tax")
    }

    @Test func stanceObjectKeepsItsOwnPrepositionalPhrase() throws {
        let v = quoteViews("Senator Rita Vance criticized the shortage of nurses in rural clinics.\n")
        let q = try #require(quote(v, containing: "shortage"))
        #expect(q.content.hasSuffix("in rural clinics"))
    }

    @Test(arguments: [("is expected to", "expected"), ("are widely expected to", "expected"), ("seemed to", "seemed to"),
                      ("appears to", "appears to"), ("was said to", "said")])
    func raisingVerbsGiveSubjectAndInfinitive(_ chain: String, _ cue: String) throws {
        let v = quoteViews("Last winter the harbor board \(chain) approve the new ferry line by spring.\n")
        let q = try #require(quote(v, containing: "ferry line"))
        #expect(q.rule == .raisingVerb)
        #expect(q.parts == ["the harbor board", "to approve the new ferry line by spring"])
        // A passive ("is expected to") leaves its holder unsaid; "seems to" is said of its subject.
        #expect(q.speaker == (chain.hasPrefix("seem") || chain.hasPrefix("appear") ? "the harbor board" : nil))
        #expect(q.cue == cue)
    }

    @Test func raisingVerbBeforeACueLeavesTheCueItsSource() throws {
        let v = quoteViews("The mayor seemed to suggest that the ferry line would close.\n")
        let q = try #require(quote(v, containing: "ferry line"))
        #expect(q.cue == "suggest")
        #expect(q.speaker == "The mayor")
        #expect(q.content == "that the ferry line would close")
    }

    @Test func appearedToANounIsNoRaising() {
        let v = quoteViews("The ghost appeared to the children in the old mill.\n")
        #expect(v.allSatisfy { $0.rule != .raisingVerb })
    }

    @Test(arguments: ["shows", "showed", "found"])
    func evidenceVerbTakesANounPhraseObject(_ verb: String) throws {
        let v = quoteViews("A new survey \(verb) the mayor with a wide lead among renters.\n")
        let q = try #require(quote(v, containing: "wide lead"))
        #expect(q.speaker == "A new survey")
        #expect(q.content == "the mayor with a wide lead among renters")
    }

    @Test func showsAsANounIsNoCue() {
        let v = quoteViews("The late-night talk shows have been off the air since June.\n")
        #expect(v.isEmpty)
    }

    @Test(arguments: [("Asked whether the pier would reopen, the mayor said no.", "whether the pier would reopen"),
                      ("When asked about the ferry fares, Ms. Ortiz smiled.", "the ferry fares"),
                      ("Asked on Monday in Dover if the pier would reopen, she laughed.", "if the pier would reopen")])
    func openingAskedGivesTheQuestionWithNoSource(_ text: String, _ content: String) throws {
        let v = quoteViews(text + "\n")
        let q = try #require(v.first { $0.rule == .question })
        #expect(q.content == content)
        #expect(q.speaker == nil)
        #expect(q.cue == "asked" || q.cue == "Asked")
    }

    @Test func passiveAskedTakesItsAskerFromTheByPhrase() throws {
        let v = quoteViews("The mayor was asked by a local reporter whether the pier would reopen.\n")
        let q = try #require(quote(v, containing: "pier"))
        #expect(q.rule == .question)
        #expect(q.content == "whether the pier would reopen")
        #expect(q.speaker == "a local reporter")
    }

    @Test func answerAfterAnOpeningQuestionKeepsItsOwnContent() throws {
        let v = quoteViews("Asked about the ferry fares, the mayor said that they would fall in May.\n")
        let a = try #require(quote(v, containing: "would fall"))
        #expect(a.content == "that they would fall in May")
        #expect(a.speaker == "the mayor")
        #expect(quote(v, containing: "ferry fares")?.rule == .question)
    }

    @Test(arguments: [", and Rep. Jo Bauer vowed to", ", Rep. Jo Bauer called", ", she actually thinks"])
    func anotherNamedReportEndsTheContent(_ joint: String) throws {
        let v = quoteViews("The clerk said the ferry would stop in May\(joint) the plan a disaster.\n")
        let q = try #require(v.first { $0.cue == "said" })
        #expect(q.content == "the ferry would stop in May")
    }

    @Test(arguments: ["Says", "SAYS"])
    func titleCaseHeadlineWithACue(_ cue: String) throws {
        let headline = cue == "SAYS" ? "SENATOR VANCE \(cue) TARIFFS WILL RETURN FACTORIES" : "Senator Vance \(cue) Tariffs Will Return Factories"
        let v = quoteViews(headline + "\n\nThe senator spoke to a small crowd in the mill town on a cold morning.\n")
        let q = try #require(quote(v, containing: cue == "SAYS" ? "FACTORIES" : "Factories"))
        #expect(q.cue == cue)
        #expect(q.speaker == (cue == "SAYS" ? "SENATOR VANCE" : "Senator Vance"))
        #expect(q.content.hasPrefix(cue == "SAYS" ? "TARIFFS" : "Tariffs"))
    }

    @Test func capitalisedCueWordInASentenceIsNoCue() {
        let v = quoteViews("The old mill now houses the Says Gallery and a small bakery near the river.\n")
        #expect(v.isEmpty)
    }

    @Test func accordingToALongSourceEndsAtItsComma() throws {
        let v = quoteViews("According to early figures from the harbor survey carried out for the port authority by two local colleges, ferry traffic fell by a third.\n")
        let q = try #require(quote(v, containing: "ferry traffic"))
        #expect(q.rule == .accordingTo)
        #expect(q.content == "ferry traffic fell by a third")
        #expect(q.speaker?.hasPrefix("early figures") == true)
    }

    @Test func passiveWithAByAgent() throws {
        let v = quoteViews("The harbor tax was criticized as reckless by economists at the state college.\n")
        let q = try #require(quote(v, containing: "reckless"))
        #expect(q.rule == .passiveCue)
        #expect(q.parts == ["The harbor tax", "as reckless"])
        #expect(q.speaker == "economists")
    }

    @Test func passiveStanceWithoutAgentHasNoSource() throws {
        let v = quoteViews("The harbor tax has been widely criticized as reckless.\n")
        let q = try #require(quote(v, containing: "reckless"))
        #expect(q.rule == .passiveCue)
        #expect(q.parts == ["The harbor tax", "as reckless"])
        #expect(q.speaker == nil)
    }

    @Test func passiveOfAnEventIsNoAttribution() {
        let v = quoteViews("The winner of the harbor race was announced at noon.\n")
        #expect(v.allSatisfy { $0.rule != .passiveCue })
    }

    @Test(arguments: [(", but that the ferry would stay", true), (", but the ferry would stay", false)])
    func butThatContinuesTheContent(_ tail: String, _ continues: Bool) throws {
        let v = quoteViews("The clerk said that the pier would close\(tail).\n")
        let q = try #require(v.first { $0.cue == "said" })
        #expect(q.content.hasSuffix("ferry would stay") == continues)
    }

    @Test(arguments: ["hopes", "plans", "wants"])
    func weakBeliefCueTakesAnInfinitive(_ verb: String) throws {
        let v = quoteViews("The harbor board \(verb) to open a second ferry line by spring.\n")
        let q = try #require(quote(v, containing: "second ferry"))
        #expect(q.speaker == "The harbor board")
        #expect(q.content == "to open a second ferry line by spring")
    }

    @Test func weakBeliefNounIsNoCue() {
        let v = quoteViews("His plans to open a second ferry line fell through in the spring.\n")
        #expect(v.isEmpty)
    }
}
