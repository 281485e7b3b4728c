import Testing
@testable import Model

/// The annotators' unit: an attribution inside another's content is part of that content.
@Suite struct NestedQuoteTests {
    @Test func beliefInsideSpeechIsPartOfTheContent() throws {
        let v = quoteViews("Mayor Ana Ortiz said she believes the council will approve the budget next week.\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.cue == "said")
        #expect(q.content.hasPrefix("she believes the council"))
    }

    @Test func speechOutsideAWishKeepsTheSpeech() throws {
        let v = quoteViews("The union wants a new contract by March, its president Lena Fogg said.\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.cue == "said")
        #expect(q.content.contains("wants a new contract"))
    }

    @Test func speechInsideABeliefIsTheRealReport() throws {
        // Built by hand: the outer cue is a belief, the inner one a verb of saying.
        let doc = Document(text: "Kim thinks that Lee said the vote was rigged.")
        let outer = Quote(kind: .indirect, paragraph: 0, parts: [Span(16, 44)], cue: Span(4, 10),
                          speaker: Speaker(span: Span(0, 3)), rule: .cueThenClause)
        let inner = Quote(kind: .indirect, paragraph: 0, parts: [Span(25, 44)], cue: Span(20, 24),
                          speaker: Speaker(span: Span(16, 19)), rule: .cueThenClause)
        let kept = NestedQuotes.resolve([outer, inner], in: doc)
        #expect(kept == [inner])
    }

    @Test func separateQuotesAreAllKept() {
        let v = quoteViews("Tom Hale said the road is closed. Rita Moss said the bridge is open.\n")
        #expect(v.count == 2)
    }

    @Test func sayingInsideAConditionDoesNotDisplaceTheOuterCue() throws {
        let v = quoteViews("The mayor threatened new fines if the landlords did not agree to a repair plan.\n")
        let q = try #require(quote(v, containing: "new fines"))
        #expect(q.speaker == "The mayor")
    }
}
