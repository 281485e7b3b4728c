import Testing
@testable import Model

/// Quotations that the annotators' unit puts inside a longer attribution, or keeps apart.
@Suite struct DirectRecallTests {
    @Test func reportedClauseRunsOnToAQuotationOfItsSentence() throws {
        let v = quoteViews("The clerk said, through a lawyer, that the office was open, and he had full access to a machine that “was like an open door on the street.”\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.kind == .mixed)
        #expect(q.content.hasPrefix("that the office was open"))
        #expect(q.content.hasSuffix("open door on the street."))
        #expect(q.speaker == "The clerk")
    }

    @Test func shortQuotationEndingAReportedClauseIsKept() throws {
        let v = quoteViews("Nadia Okafor says voters are tired, but also hungry for “real answers.”\n")
        let q = try #require(quote(v, containing: "voters are tired"))
        #expect(q.content.hasSuffix("real answers."))
    }

    @Test func quotationAfterTheReportedSentenceStandsApart() throws {
        let v = quoteViews("The mayor said the budget was balanced. Later the crowd sang “We shall not be moved today.”\n")
        let first = try #require(quote(v, containing: "budget was balanced"))
        #expect(!first.content.contains("moved"))
    }

    @Test func quotationIntroducedByAParticipleStandsApart() throws {
        let v = quoteViews("Protesters demanded answers about the budget, singing “We shall not be moved today.”\n")
        let first = try #require(quote(v, containing: "answers about the budget"))
        #expect(!first.content.contains("moved"))
    }

    @Test func quotationInAThatClauseTakesTheClause() throws {
        let v = quoteViews("She vented to her brother, Sam Ortiz, that the merger would be “ugly,” “a shock” and “a fight to the end.”\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.rule == .thatClause)
        #expect(q.kind == .mixed)
        #expect(q.content == "that the merger would be “ugly,” “a shock” and “a fight to the end.”")
        #expect(q.speaker == "She")
    }

    @Test func thatClauseAfterAPossessiveNounIsTheOwners() throws {
        let v = quoteViews("The backlash grew over the senator’s recollection that she “never saw the memo” before the vote.\n")
        let q = try #require(quote(v, containing: "never saw the memo"))
        #expect(q.rule == .thatClause)
        #expect(q.content == "that she “never saw the memo” before the vote")
        #expect(q.speaker == "senator’s")
    }

    @Test func thatClauseSpeakerIsTheNameAfterALeadingPhrase() throws {
        let v = quoteViews("After the vote, Mayor Lena Ortiz shrugged that the plan “was never going to pass.”\n")
        let q = try #require(quote(v, containing: "never going to pass"))
        #expect(q.rule == .thatClause)
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func relativeAndDemonstrativeThatOpenNoClause() {
        let v = quoteViews("He signed a bill that created the “Choose Life” plates for cars. Nobody expected the storm that month to bring “record floods” to the valley.\n")
        #expect(!v.contains { $0.rule == .thatClause })
    }

    @Test func thatClauseQuotesAreLowConfidence() throws {
        let a = Analyzer().analyze("She vented to her brother, Sam Ortiz, that the merger would be “ugly,” “a shock” and “a fight to the end.”\n")
        let q = try #require(a.quotes.first { $0.rule == .thatClause })
        #expect(q.confidence == .low)
        #expect(q.doubts.contains(.weakCue))
    }

    @Test func quotationIntroducedByItsOwnColonClauseIsThatSubjects() throws {
        let v = quoteViews("“We will win,” the coach said on Monday. Later that night, Rita Gomez went even further: “Nobody can stop this team now.”\n")
        #expect(v.count == 2)
        let q = try #require(quote(v, containing: "Nobody can stop"))
        #expect(q.parts.count == 1)
        #expect(q.speaker == "Rita Gomez")
    }

    @Test func secondNameAndColonInAParagraphSpeaksItsOwnLine() throws {
        let v = quoteViews("Mayor Ana Lopez: \"We will cut taxes for everyone.\" Senator Tom Brandt: \"The plan is to balance the budget first.\"\n")
        let first = try #require(quote(v, containing: "cut taxes"))
        #expect(!first.content.contains("balance"))
        let second = try #require(quote(v, containing: "balance the budget"))
        #expect(second.speaker == "Senator Tom Brandt")
    }

    @Test func doubledApostrophesClosingAfterAPluralStillPair() throws {
        let v = quoteViews("The network revived ''Old Friends'' last spring. Its critic wrote that it was ''a fine and warm return to form.''\n")
        #expect(!v.contains { $0.content.contains("last spring") })
        let q = try #require(quote(v, containing: "fine and warm"))
        #expect(!q.content.contains("Old Friends"))
    }
}

