import Testing
@testable import Model

/// Every quote says how sure it is: the reasons for doubt, and high or low confidence.
@Suite struct ConfidenceTests {
    func analyzed(_ text: String) -> Analysis { Analyzer().analyze(text) }

    @Test func namedSpeakerWithAVerbOfSayingIsHigh() throws {
        let a = analyzed("Mayor Ana Ortiz said the budget will pass next week.\n")
        let q = try #require(a.quotes.first)
        #expect(q.doubts.isEmpty)
        #expect(q.confidence == .high)
    }

    @Test func carriedOverSpeakerIsLow() throws {
        let text = "“The roads are closed,” said Mayor Ana Ortiz.\n\nSnow kept falling all week across the valley. “We have never seen a winter like this one,” the post read.\n\n“Nobody should drive until the plows are through the pass tonight.”\n"
        let a = analyzed(text)
        let q = try #require(a.quotes.first { a.document.string($0.content).contains("plows") })
        #expect(q.speaker != nil)
        #expect(q.doubts.contains(.carriedOverSpeaker))
        #expect(q.confidence == .low)
    }

    @Test func quotationWithNoCueIsLow() throws {
        let a = analyzed("Mayor Ana Ortiz stood by the bridge: “We will rebuild it by spring.”\n")
        let q = try #require(a.quotes.first)
        #expect(q.cue == nil)
        #expect(q.speaker.map { a.document.string($0.span) } == "Mayor Ana Ortiz")
        #expect(q.doubts.contains(.noCue))
        #expect(!q.doubts.contains(.carriedOverSpeaker))
        #expect(q.confidence == .low)
    }

    @Test func raisingVerbIsAWeakCue() throws {
        let a = analyzed("The ferry company appears to be losing money on the night route.\n")
        let q = try #require(a.quotes.first { $0.rule == .raisingVerb })
        #expect(q.doubts.contains(.weakCue))
        #expect(q.confidence == .low)
    }

    @Test func descriptiveSourceIsNotedButStaysHigh() throws {
        let a = analyzed("A city official said the budget will pass next week.\n")
        let q = try #require(a.quotes.first)
        #expect(q.doubts == [.speakerNotAnActor])
        #expect(q.confidence == .high)
    }

    @Test func conditionalCueIsLow() throws {
        let a = analyzed("The league will cut funding if Tom Hale says the stadium is unsafe.\n")
        let q = try #require(a.quotes.first { $0.cue.map(a.document.string) == "says" })
        #expect(q.doubts.contains(.conditional))
        #expect(q.confidence == .low)
    }

    @Test func stanceVerbIsAWeakCue() throws {
        let a = analyzed("Senator Rita Vance criticized the new tariff plan on Monday.\n")
        let q = try #require(a.quotes.first)
        #expect(q.doubts.contains(.weakCue))
        #expect(q.confidence == .low)
    }

    @Test func verbPhraseSpeakerIsNotANounPhrase() {
        let doc = Document(text: "interviewed said the plan failed.")
        #expect(!QuoteConfidence.opensLikeNounPhrase(Span(0, 11), Analyzer().analyze(doc.text).document))
        #expect(QuoteConfidence.opensLikeNounPhrase(Span(0, 3), Analyzer().analyze("The board said it.").document))
    }

    @Test func pronounWithTwoPersonsNearbyIsNotedAsAmbiguous() throws {
        let text = "Tom Hale met Sam Roe on Monday. He said the deal was close.\n"
        let a = analyzed(text)
        let q = try #require(a.quotes.first { a.document.string($0.content).contains("deal") })
        #expect(q.doubts.contains(.ambiguousPronoun))
    }

    @Test func everyDoubtIsExplained() {
        for d in Doubt.allCases { #expect(!d.explanation.isEmpty && d.explanation != d.rawValue) }
    }
}

/// Bodies and documents as sources.
@Suite struct BodySourceTests {
    func speakerActor(_ text: String, content fragment: String) -> String? {
        let a = Analyzer().analyze(text)
        guard let q = a.quotes.first(where: { a.document.string($0.content).contains(fragment) }),
              let actor = q.speaker?.actor else { return nil }
        return a.actors[actor].name
    }

    @Test func institutionHeadRefersToTheActorNamedBeforeIt() {
        let text = "The French government said the border would reopen in June.\n"
        #expect(speakerActor(text, content: "border would reopen") != nil)
    }

    @Test func documentNounRefersToWhoeverIssuedIt() {
        let text = "Senator Rita Vance announced a plan to rebuild the harbor on Friday. The announcement noted that the work would take four years.\n"
        #expect(speakerActor(text, content: "four years") == "Rita Vance")
    }

    @Test func documentNounWithoutAnIssuerStaysUnlinked() {
        let text = "Senator Rita Vance spoke on Friday. The report noted that the work would take four years.\n"
        #expect(speakerActor(text, content: "four years") == nil)
    }
}
