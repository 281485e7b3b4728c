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
