import Testing
@testable import Model

@Suite struct MentionFinderTests {
    func mentions(_ text: String) -> [String] {
        let a = Analyzer().analyze(text)
        return a.mentions.map { a.document.string($0.span) }
    }

    @Test func sentenceInitialWordsMakeNoActors() {
        let text = """
        However, the talks stalled. Despite the delay, Mayor Lena Ortiz kept going. On Tuesday she spoke.
        Following the call, Ortiz left. Previously, the mayor had agreed. Critics say little changed.
        """
        let m = mentions(text)
        for word in ["However", "Despite", "On", "Tuesday", "Following", "Previously", "Critics", "Mayor"] {
            #expect(!m.contains(word), "\(word) is no actor")
        }
        #expect(m.filter { $0 == "Ortiz" || $0 == "Lena Ortiz" }.count == 2)
    }

    @Test func titlesAreNotNames() {
        let a = Analyzer().analyze("Secretary of State Alma Reyes spoke. The President said nothing. Reyes left.")
        #expect(a.actorLabels == ["person:Alma Reyes"])
        #expect(a.mentionTexts(a.actors[0]) == ["Alma Reyes", "Reyes"])
    }

    @Test func bodyBeforeATitleIsItsOwnMention() {
        let a = Analyzer().analyze("He spoke with FBI Director Carl Benton and Senate Majority Leader Ruth Hale.")
        #expect(a.actorLabels == ["organization:FBI", "person:Carl Benton", "organization:Senate", "person:Ruth Hale"])
    }

    @Test func nationalityBeforeAStateBodyNamesTheBody() {
        let a = Analyzer().analyze("""
        The Chilean government said the Peruvian military's plan was late. Chilean voters disagreed.
        The Chilean Government met. Chilean governments come and go.
        """)
        #expect(a.actorLabels.contains("organization:Chilean government"))
        #expect(a.actorLabels.contains("organization:Peruvian military"))
        #expect(a.actorLabels.contains("group:Chileans"))
        #expect(!a.actorLabels.contains("organization:Chilean governments"), "only the nouns of the list")
    }

    @Test func possessiveIsLeftOutOfTheSpan() {
        #expect(mentions("We read Benton's memo and Benton’s reply.") == ["Benton", "Benton"])
    }

    @Test func honorificIsKeptInTheSpan() {
        #expect(mentions("They asked Mr. Benton and Ms. Hale.") == ["Mr. Benton", "Ms. Hale"])
    }

    @Test func monthsAndWeekdaysAreNoActors() {
        #expect(mentions("The vote is set for Tuesday, March 3, and again in May.").isEmpty)
    }

    @Test func headlineKeepsOnlyKnownNames() {
        let text = "Benton Says Plan Will Fail in Ohio\n\nThe senator, Carl Benton, said on Monday that the plan would fail.\n"
        let m = mentions(text)
        #expect(m.prefix(2) == ["Benton", "Ohio"])
        #expect(!m.contains("Says") && !m.contains("Plan") && !m.contains("Fail"))
    }

    @Test func particlesStayInsideNames() {
        #expect(mentions("They met Charles de Gaulle and the University of Leeds.") == ["Charles de Gaulle", "University of Leeds"])
    }

    @Test func nameAfterAClosingQuoteIsMidSentence() {
        // "Quorvane" has no other evidence: only its place after a closing quote says it is a name.
        #expect(mentions("“It is over,” Quorvane said.") == ["Quorvane"])
        #expect(mentions("“Quorvane is late,” she said.").isEmpty)
    }

    @Test func unknownPlaceShapes() {
        let a = Analyzer().analyze("She grew up in Brackton and later moved to Dunmere, Ohio.")
        #expect(a.actorLabels == ["place:Brackton", "place:Dunmere", "place:Ohio"])
    }
}

fileprivate extension Analysis {
    /// Each actor as "kind:name".
    var actorLabels: [String] { actors.map { "\($0.kind.rawValue):\($0.name)" } }
    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }
    /// The texts of an actor's mentions, in order.
    func mentionTexts(_ actor: Actor) -> [String] { actor.mentions.map { document.string(mentions[$0].span) } }
}

@Suite struct MentionFinderShapeTests {
    func mentions(_ text: String) -> [String] {
        let a = Analyzer().analyze(text)
        return a.mentions.map { a.document.string($0.span) }
    }

    @Test func hyphenatedAdjectivesAreNoNames() {
        #expect(mentions("A Brackton-based firm and a Quorvane-led group met.").isEmpty)
    }

    @Test func hashtagsAndHandlesAreNoNames() {
        #expect(mentions("Fans posted #GoQuorvane and @Brackton all day.").isEmpty)
    }

    @Test func titleCaseLeadInKeepsOnlyKnownNames() {
        let m = mentions("Budget Talks Stall Again: The council met, and Mayor Lena Ortiz left early.")
        #expect(m == ["Lena Ortiz"])
    }

    @Test func secretaryOfStateAloneIsNoOne() {
        #expect(mentions("He called the Secretary of State on Friday.").isEmpty)
    }
}

@Suite struct MentionFinderEdgeTests {
    func labels(_ text: String) -> [String] {
        Analyzer().analyze(text).actors.map { "\($0.kind.rawValue):\($0.name)" }
    }

    @Test func monthAfterAFirstNameIsASurname() {
        #expect(labels("They met Theresa May on Friday in May.") == ["person:Theresa May"])
    }

    @Test func titleBeforeACommonWordNamesNoOne() {
        #expect(labels("The fans of the Queen City cheered.").isEmpty)
    }

    @Test func placeThenUnknownWordsIsABody() {
        #expect(labels("The Ohio Quorvanes won again.") == ["organization:Ohio Quorvanes"])
    }

    @Test func hyphenatedAdjectiveSplitsARun() {
        #expect(labels("A Brackton-based Quorvane Foundation gave money.") == ["organization:Quorvane Foundation"])
    }
}

@Suite struct MentionFinderTitleWordTests {
    func mentions(_ text: String) -> [String] {
        let a = Analyzer().analyze(text)
        return a.mentions.map { a.document.string($0.span) }
    }

    @Test func honorificBeforeATitleWord() {
        #expect(mentions("Walter King spoke. They asked Mr. King about it.") == ["Walter King", "Mr. King"])
        // With no King named, "Mr. King" alone is no new actor (as "Mr. President" is none).
        #expect(mentions("They asked Mr. King about it.").isEmpty)
    }

    @Test func loneTitleWordIsASurnameOnlyWhenOneIsNamed() {
        #expect(mentions("Carla Dean spoke. Dean said no.") == ["Carla Dean", "Dean"])
        #expect(mentions("The talk ended. Dean said no.").isEmpty)
    }

    @Test func unknownFirstWordOfALongerNameIsKept() {
        #expect(mentions("He waited: Quorvane bin Tarsid declared war.") == ["Quorvane bin Tarsid"])
        #expect(mentions("Several European leaders agreed.") == ["European"])
    }
}

@Suite struct MentionFinderShapeRuleTests {
    func mentions(_ text: String) -> [String] {
        let a = Analyzer().analyze(text)
        return a.mentions.map { a.document.string($0.span) }
    }

    @Test func partyTagsLinksAndContractionsAreNoNames() {
        #expect(mentions("Sen. Carla Dean (R-Ky.) posted t.co/Xq3Zp9 and You'd agree.") == ["Carla Dean"])
    }

    @Test func vocativeTitleNamesNoOne() {
        #expect(mentions("“Mr. President, will you sign?” she asked.").isEmpty)
    }
}

@Suite struct MentionCapitalsAndHeaderTests {
    func labels(_ text: String) -> [String] {
        Analyzer().analyze(text).actors.map { "\($0.kind.rawValue):\($0.name)" }
    }

    @Test func shoutingNamesNoPerson() {
        let l = labels("The poll closes today. GLOBEWATCH READERS SPEAK UP about the vote, and the count goes on.")
        #expect(l.filter { $0.hasPrefix("person:") }.isEmpty, "\(l)")
    }

    @Test func shoutedNamesTheTextKnowsArePersons() {
        // A first name, or words the text writes in mixed case elsewhere.
        #expect(labels("The count went on. Then DORA KWELL SAID NO to the plan.").contains("person:DORA KWELL"))
        #expect(labels("Miro Tessan spoke. Later the crowd shouted TESSAN again.").first == "person:Miro Tessan")
    }

    @Test func initialsInCapitalsAreABody() {
        #expect(labels("The data came from BRX QLT, the vendor, on Monday.") == ["organization:BRX QLT"])
    }

    @Test func webHeaderLineNamesNoActor() {
        let text = """
        Council Backs the Bridge Plan

        By Ana Ruiz · 2024-03-05 · Example News

        The council backed the plan on Monday, Mayor Lena Ortiz said.
        """
        #expect(labels(text) == ["person:Lena Ortiz"])
    }
}
