import Testing
@testable import Model

/// Reported speech and its sources.
@Suite struct AttributionTests {
    @Test func cueThenClauseKeepsItsThat() throws {
        let v = quoteViews("Mayor Lena Ortiz said on Tuesday that the tunnel would close for repairs.\n")
        let q = try #require(v.first)
        #expect(q.kind == .indirect)
        #expect(q.rule == .cueThenClause)
        #expect(q.content == "that the tunnel would close for repairs")  // the annotators' unit opens with "that"
        #expect(q.speaker == "Mayor Lena Ortiz")
    }

    @Test func toldSkipsTheAddressee() throws {
        let v = quoteViews("Oskar Lind told reporters the vote would be delayed.\n")
        let q = try #require(v.first)
        #expect(q.content == "the vote would be delayed")
        #expect(q.cue == "told")
    }

    @Test func clauseThenCue() throws {
        let v = quoteViews("The budget will not balance this year, a city official said.\n")
        let q = try #require(v.first)
        #expect(q.rule == .clauseThenCue)
        #expect(q.content == "The budget will not balance this year")
        #expect(q.speaker == "a city official")
        #expect(q.actor == nil)
    }

    @Test func cueInsideClause() throws {
        let v = quoteViews("The new rules, she said, will cost farmers dearly.\n")
        let q = try #require(v.first)
        #expect(q.rule == .cueInsideClause)
        #expect(q.parts == ["The new rules", "will cost farmers dearly"])
    }

    @Test func accordingToBeforeAndAfter() throws {
        let lead = quoteViews("According to the harbor master, the ferry will not sail.\n")
        #expect(lead.first?.rule == .accordingTo)
        #expect(lead.first?.content == "the ferry will not sail")
        #expect(lead.first?.speaker == "the harbor master")
        let tail = quoteViews("The ferry will not sail before noon, according to two crew members.\n")
        #expect(tail.first?.content == "The ferry will not sail before noon")
        #expect(tail.first?.speaker == "two crew members")
    }

    @Test func participleTakesTheSpeakerOfItsSentence() throws {
        let v = quoteViews("“We are ready,” Dana Voss said, adding that the crew had trained for months.\n")
        let q = try #require(quote(v, containing: "crew had trained"))
        #expect(q.rule == .participleCue)
        #expect(q.speaker == "Dana Voss")
    }

    @Test func descriptiveSourceHasNoActor() throws {
        let v = quoteViews("Six officials familiar with the talks said the deal was close.\n")
        let q = try #require(v.first)
        #expect(q.speaker == "Six officials familiar with the talks")
        #expect(q.actor == nil)
    }

    @Test func pronounResolvesToThePersonInFocus() throws {
        let text = "Carla Benz arrived late. She said the roads were flooded.\n"
        let q = try #require(quoteViews(text).first)
        #expect(q.speaker == "She")
        #expect(q.actor?.contains("Benz") == true)
    }

    @Test func relativePronounIsTheSourceAndNamesItsActor() throws {
        let q = try #require(quoteViews("They met Ivo Stark, who said the mill would close.\n").first)
        #expect(q.speaker == "who")
        #expect(q.actor?.contains("Stark") == true)
    }

    @Test func stanceVerb() throws {
        let q = try #require(quoteViews("Senator Ruth Abel criticized the plan to sell the forest.\n").first)
        #expect(q.rule == .stanceVerb)
        #expect(q.content == "the plan to sell the forest")
    }

    @Test func intentionVerbTakesAnInfinitiveNotAnObject() throws {
        let q = try #require(quoteViews("Senator Ruth Abel sought to delay the sale of the forest.\n").first)
        #expect(q.rule == .stanceVerb)
        #expect(q.content == "to delay the sale of the forest")
        #expect(quoteViews("Senator Ruth Abel sought a recount in the county.\n").isEmpty)
    }

    @Test func mixedQuote() throws {
        let q = try #require(quoteViews("Paul Grey said the proposal was “dead on arrival” in the council.\n").first)
        #expect(q.kind == .mixed)
        #expect(q.content.contains("dead on arrival"))
    }

    @Test func nounUsesOfCuesAreNotQuotes() {
        #expect(quoteViews("Following a phone call on Monday the talks resumed in the capital.\n").isEmpty)
        #expect(quoteViews("His reports on the flood were read widely.\n").isEmpty)
    }

    @Test(arguments: [", said he.", "said", "“", "according to", "He said:", "\"x,\" said", ", adding that",
                      "A: b c d", "and says", "“a” ― B", "''", "Mr. said that", "who said", "” he said “"])
    func fragmentsAtTheTextsEdgesDoNotCrash(_ text: String) {
        let a = Analyzer().analyze(text)
        for q in a.quotes {
            for part in q.parts { #expect(part.start >= 0 && part.end <= a.document.bytes.count && part.start <= part.end) }
        }
    }
}
