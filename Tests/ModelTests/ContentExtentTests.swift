import Testing
@testable import Model

/// Where reported content starts and ends, and subjects that are counts of people.
@Suite struct ContentExtentTests {
    @Test(arguments: [
        ("proposed", "breaking up the utilities that have grown too large"),
        ("discussed", "the problems that the new ferry schedule has caused"),
        ("sought", "to move the debate to issues that matter to commuters"),
    ])
    func thatAfterAnObjectOpensARelativeClauseInsideTheContent(_ verb: String, _ object: String) throws {
        let v = quoteViews("The mayor \(verb) \(object).\n")
        let q = try #require(quote(v, containing: "that"))
        #expect(q.content == object)
    }

    @Test func thatAfterALongAdjunctStillOpensTheContent() throws {
        let v = quoteViews("The mayor said in an interview with a small local radio station on Sunday that the ferry would run.\n")
        let q = try #require(quote(v, containing: "ferry"))
        #expect(q.content == "that the ferry would run")
    }

    @Test func thatAfterAnAdjunctStillOpensTheContent() throws {
        let v = quoteViews("The mayor said on Tuesday that the ferry would run all winter.\n")
        let q = try #require(quote(v, containing: "ferry"))
        #expect(q.content == "that the ferry would run all winter")
    }

    @Test(arguments: ["Two in three", "More than 4 in 10", "Nearly one in five"])
    func countsOfPeopleSpeak(_ subject: String) throws {
        let v = quoteViews("The survey was taken in May. \(subject) said the new stadium was a waste of money.\n")
        let q = try #require(quote(v, containing: "stadium"))
        #expect(q.speaker == subject)
        #expect(q.content == "the new stadium was a waste of money")
    }

    @Test func anotherSubjectsReportEndsTheContent() throws {
        let v = quoteViews("Most residents said they trusted the council, and more than 4 in 10 said the mayor should resign.\n")
        let first = try #require(quote(v, containing: "trusted"))
        #expect(first.content == "they trusted the council")
        let second = try #require(quote(v, containing: "resign"))
        #expect(second.speaker == "more than 4 in 10")
        #expect(second.content == "the mayor should resign")
    }

    @Test func aReportAfterAnAndWithoutACommaEndsTheContent() throws {
        let v = quoteViews("Asked about the levy, 60 percent of owners said yes but 30 percent of renters said no.\n")
        let yes = try #require(v.first { $0.speaker == "60 percent of owners" })
        #expect(yes.content == "yes")
        let no = try #require(v.first { $0.speaker == "30 percent of renters" })
        #expect(no.content == "no")
    }

    @Test(arguments: [
        "The minister said the navy and its partners will seek new patrol routes in the strait.",
        "The minister said the navy and the coast guard to think otherwise was a mistake.",
    ])
    func aStanceVerbOrAnInfinitiveAfterAndDoesNotEndTheContent(_ text: String) throws {
        let v = quoteViews(text + "\n")
        let q = try #require(v.first { $0.cue == "said" })
        #expect(q.content.hasPrefix("the navy and") && q.content.hasSuffix(text.contains("seek") ? "strait" : "mistake"))
    }

    @Test func aSingleWordIsContentOnlyAsAnAnswer() {
        let v = quoteViews("The committee chair said nothing.\n")
        #expect(v.allSatisfy { $0.content != "nothing" })
    }
}

/// "seems", "appears" with an adjective, a noun phrase or a clause: an impression with no holder named.
@Suite struct RaisingComplementTests {
    @Test(arguments: [
        ("The harbor plan seemed a reminder that the port needs money.", "The harbor plan … a reminder that the port needs money"),
        ("The mayor appears ready to raise the ferry fares.", "The mayor … ready to raise the ferry fares"),
        ("The new rules seem increasingly unpopular with farmers.", "The new rules … increasingly unpopular with farmers"),
    ])
    func subjectAndComplement(_ text: String, _ content: String) throws {
        let v = quoteViews(text + "\n")
        let q = try #require(v.first { $0.rule == .raisingVerb })
        #expect(q.content == content)
        #expect(q.speaker == nil)
    }

    @Test func afterItOnlyTheComplement() throws {
        let v = quoteViews("It seems likely that the council will delay the vote.\n")
        let q = try #require(v.first { $0.rule == .raisingVerb })
        #expect(q.content == "likely that the council will delay the vote")
    }

    @Test func theHolderAfterTo() throws {
        let v = quoteViews("The whole dispute seemed pointless to the farmers.\n")
        let q = try #require(v.first { $0.rule == .raisingVerb })
        #expect(q.content == "The whole dispute … pointless")
        #expect(q.speaker == "the farmers")
    }

    @Test(arguments: ["The mayor appeared on television.", "The mayor appeared Tuesday at the pier.", "The mayor appeared, briefly."])
    func appearingSomewhereIsNoImpression(_ text: String) {
        #expect(quoteViews(text + "\n").allSatisfy { $0.rule != .raisingVerb })
    }
}

/// "see X as Y", "is viewed as": a view, only with its "as".
@Suite struct AsFrameTests {
    @Test(arguments: ["see", "saw", "regard", "view", "cast"])
    func seeingSomethingAsSomething(_ verb: String) throws {
        let v = quoteViews("Many farmers \(verb) the new canal as a threat to their wells.\n")
        let q = try #require(quote(v, containing: "canal"))
        #expect(q.speaker == "Many farmers")
        #expect(q.content == "the new canal as a threat to their wells")
    }

    @Test func thePassiveWithoutAnAgent() throws {
        let v = quoteViews("The harbor plan is widely seen as a gift to developers.\n")
        let q = try #require(quote(v, containing: "gift"))
        #expect(q.rule == .passiveCue)
        #expect(q.content == "The harbor plan … as a gift to developers")
    }

    @Test(arguments: [
        "The port saw a surge in traffic last spring.",
        "The mayor was seen leaving the hall.",
        "The council saw prices rise as they cut the subsidy.",
        "Their views on the canal differ.",
    ])
    func withoutAsNothingIsReported(_ text: String) {
        #expect(quoteViews(text + "\n").isEmpty)
    }
}

@Suite struct AgentAndAuxiliaryTests {
    @Test func aQuantifierAloneIsAByAgent() throws {
        let v = quoteViews("The merger was criticized by some as a giveaway to the bank.\n")
        let q = try #require(quote(v, containing: "giveaway"))
        #expect(q.speaker == "some")
    }

    @Test func cannotIsNoSource() throws {
        let v = quoteViews("The treasurer cannot see the levy as anything but a tax on renters.\n")
        let q = try #require(quote(v, containing: "levy"))
        #expect(q.speaker == "The treasurer")
    }
}

/// "In a new poll, …" / "… in the latest Courier survey": a poll's finding, the poll its source.
@Suite struct PollFrameTests {
    @Test func anOpeningPollPhrase() throws {
        let v = quoteViews("In a new Courier poll, most renters back the transit levy.\n")
        let q = try #require(quote(v, containing: "renters"))
        #expect(q.content == "most renters back the transit levy")
        #expect(q.speaker == "a new Courier poll")
    }

    @Test func aClosingPollPhrase() throws {
        let v = quoteViews("The mayor leads her rival by six points in the latest Courier survey.\n")
        let q = try #require(quote(v, containing: "six points"))
        #expect(q.content == "The mayor leads her rival by six points")
        #expect(q.speaker == "the latest Courier survey")
    }

    @Test(arguments: ["The mayor leads in the polls.", "The mayor has gained ground in polls since May.",
                      "The council will poll residents next month."])
    func aStandingInThePollsIsNoFinding(_ text: String) {
        #expect(quoteViews(text + "\n").isEmpty)
    }
}

/// "Officials hope the levy will pass": hoping, fearing, wanting with a bare clause or a noun phrase.
@Suite struct BareClauseBeliefTests {
    @Test(arguments: [
        ("Harbor officials hope the new levy will pay for the pier.", "the new levy will pay for the pier"),
        ("Most farmers want cheaper water from the canal.", "cheaper water from the canal"),
        ("Some economists fear the subsidy will raise rents.", "the subsidy will raise rents"),
        ("The harbor board calls the new levy a fair price for the pier.", "the new levy a fair price for the pier"),
    ])
    func aClauseOrObjectAfterTheSubject(_ text: String, _ content: String) throws {
        let v = quoteViews(text + "\n")
        let q = try #require(v.first { $0.cue != nil && ["hope", "want", "fear", "calls"].contains($0.cue!) })
        #expect(q.content == content)
    }

    @Test(arguments: ["Their hopes for the pier faded in May.", "The town has high hopes for the pier.",
                      "Fears of a flood kept the farmers awake."])
    func theNounReadingReportsNothing(_ text: String) {
        #expect(quoteViews(text + "\n").isEmpty)
    }
}

/// "Harbor Chief Slams Mayor": a weak stance verb right after its subject, a name or a pronoun after it.
@Suite struct StanceObjectTests {
    @Test(arguments: [("Fishermen Slams Mayor Ortiz Over Harbor Fees", "Mayor Ortiz Over Harbor Fees"),
                      ("The harbor chief praises them for the quick repairs.", "them for the quick repairs")])
    func aNameOrPronounAfterTheVerb(_ text: String, _ content: String) throws {
        let v = quoteViews(text + "\n")
        let q = try #require(v.first { $0.rule == .stanceVerb })
        #expect(q.content.hasPrefix(content.split(separator: " ").prefix(2).joined(separator: " ")))
    }

    @Test(arguments: ["The council won broad praise from farmers.", "Their praise of the mayor was brief."])
    func theNounReadingReportsNothing(_ text: String) {
        #expect(quoteViews(text + "\n").allSatisfy { $0.rule != .stanceVerb })
    }
}

@Suite struct MentionCueTests {
    @Test func mentionedReportsWhatWasSaid() throws {
        let v = quoteViews("The harbor chief mentioned that the pier would close in June.\n")
        let q = try #require(quote(v, containing: "pier"))
        #expect(q.speaker == "The harbor chief")
        #expect(q.content == "that the pier would close in June")
    }

    @Test func theNounReadingReportsNothing() {
        #expect(quoteViews("The mentions of the pier in the report were brief.\n").isEmpty)
    }
}

@Suite struct NewCueVerbTests {
    @Test(arguments: ["echoed", "implied", "recommended", "retweeted", "deemed", "learned"])
    func verbsOfSayingAndJudging(_ verb: String) throws {
        let v = quoteViews("The harbor chief \(verb) that the pier was unsafe for ferries.\n")
        let q = try #require(quote(v, containing: "unsafe"))
        #expect(q.speaker == "The harbor chief")
        #expect(q.cue == verb)
    }
}

@Suite struct CueInsideClauseAsideTests {
    @Test func anAppositiveAfterTheSourceIsNoContent() throws {
        let v = quoteViews("The ferry will run all winter, said Jo Ortiz, a spokeswoman for the harbor board.\n")
        let q = try #require(quote(v, containing: "ferry"))
        #expect(q.content == "The ferry will run all winter")
        #expect(q.rule == .clauseThenCue)
    }

    @Test func theClauseStillGoesOnAfterTheCue() throws {
        let v = quoteViews("The ferry, she said, will run all winter.\n")
        let q = try #require(quote(v, containing: "ferry"))
        #expect(q.content == "The ferry … will run all winter")
    }
}
