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
}
