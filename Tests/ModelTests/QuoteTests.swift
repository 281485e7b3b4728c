import Testing
@testable import Model

/// Direct quotes: quotation marks, split quotes, quotes over paragraphs, and the cue around them.
@Suite struct QuoteTests {
    @Test func quoteThenCue() throws {
        let v = quoteViews("“The bridge will open in May,” Jane Holloway said.\n")
        let q = try #require(quote(v, containing: "bridge will open"))
        #expect(q.kind == .direct)
        #expect(q.rule == .quoteThenCue)
        #expect(q.content == "The bridge will open in May,")
        #expect(q.cue == "said")
        #expect(q.speaker == "Jane Holloway")
    }

    @Test func invertedCueWithAppositive() throws {
        let v = quoteViews("\"We ran out of money,\" said Tom Reyes, the treasurer of the club.\n")
        let q = try #require(quote(v, containing: "ran out of money"))
        #expect(q.rule == .quoteThenCue)
        #expect(q.speaker == "Tom Reyes")
    }

    @Test func splitQuoteIsOneQuoteWithTwoParts() throws {
        let v = quoteViews("“The plan,” he said, “is dead.”\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.kind == .direct)
        #expect(q.parts == ["The plan,", "is dead."])
        #expect(q.speaker == "he")
    }

    @Test func continuationAfterTheCueJoinsTheQuote() throws {
        let v = quoteViews("\"We will win this league, believe me,\" the coach said. \"Nobody else does.\"\n")
        #expect(v.count == 1)
        #expect(v.first?.parts.count == 2)
    }

    @Test func longerContinuationAfterAShortCueSentenceJoinsTheQuote() throws {
        let v = quoteViews("\"We will win,\" the coach said. \"Nobody else believes it yet, but they will soon.\"\n")
        #expect(v.count == 1)
        let q = try #require(v.first)
        #expect(q.parts == ["We will win,", "Nobody else believes it yet, but they will soon."])
        #expect(q.speaker == "the coach")
    }

    @Test func longerQuotationInsideAnotherSentenceStandsAlone() throws {
        let v = quoteViews("\"Too slow,\" the coach said, and the board called the new stadium plan \"a gift to nobody who lives in this town\" on Friday.\n")
        let q = try #require(quote(v, containing: "a gift to nobody"))
        #expect(q.parts.count == 1)
        #expect(quote(v, containing: "Too slow")?.parts.count == 1)
    }

    @Test func quotationOpeningTheNextParagraphContinuesTheQuote() throws {
        let text = """
            “We expected the rain to come before the harvest,” said Ada Brennan, who runs the farm.
            “The pumps are ready.”
            """
        let v = quoteViews(text)
        #expect(v.count == 1)
        #expect(v.first?.parts.count == 2)
    }

    @Test func quoteRunningOverParagraphs() throws {
        let text = """
            Mara Quint said: “The first thing we did was count the boats.

            “Then we counted the people who could row them.”

            The council met later.
            """
        let v = quoteViews(text)
        let q = try #require(quote(v, containing: "count the boats"))
        #expect(q.rule == .cueThenQuote)
        #expect(q.parts.count == 2)
        #expect(q.parts[1].hasPrefix("Then we counted"))
        #expect(q.speaker == "Mara Quint")
    }

    @Test func straightDoubledApostrophesAreQuotationMarks() throws {
        let v = quoteViews("''The harvest was the worst in years,'' the farmer said.\n")
        let q = try #require(quote(v, containing: "harvest was the worst"))
        #expect(q.kind == .direct)
        #expect(q.speaker == "the farmer")
    }

    @Test func scareQuotesAreNotQuotes() {
        let v = quoteViews("The so-called “reform” passed on a quiet Tuesday.\n")
        #expect(v.isEmpty)
    }

    @Test func cuelessQuotationTakesTheSpeakerInFocus() throws {
        let text = """
            “We expected rain,” said Ada Brennan, who runs the farm. The storm came at noon.
            “The pumps are ready and the drains are clear for the week.”
            """
        let v = quoteViews(text)
        let q = try #require(quote(v, containing: "pumps are ready"))
        #expect(q.rule == .quotationMarks)
        #expect(q.speaker == "Ada Brennan")
    }

    @Test func quotationAfterAParagraphEndingInAColonTakesItsSubject() throws {
        let text = """
            The harbor master Ada Brennan put the matter plainly:

            “The pumps are ready and the drains are clear for the week.”
            """
        let q = try #require(quote(quoteViews(text), containing: "pumps are ready"))
        #expect(q.rule == .quotationMarks)
        #expect(q.speaker?.contains("Ada Brennan") == true)
    }

    @Test func unknownVerbAfterQuotation() throws {
        let v = quoteViews("“Nobody told us anything,” Pell grumbled.\n")
        let q = try #require(quote(v, containing: "Nobody told us"))
        #expect(q.speaker == "Pell")
        #expect(q.cue == "grumbled")
    }

    @Test func quotationClosingWithAPeriodIsNotAttributedByTheNextSentence() {
        let v = quoteViews("The sign read “Closed for winter.” They said the shop would reopen in spring.\n")
        let sign = quote(v, containing: "Closed for winter")
        #expect(sign?.rule != .quoteThenCue)
        #expect(sign?.speaker != "They")
        #expect(quote(v, containing: "shop would reopen") != nil)
    }
}
