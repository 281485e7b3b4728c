import Testing
@testable import Model

@Suite struct CoreferenceTests {
    @Test func pronounSkipsNamesInsideQuotations() throws {
        let text = "Nora Vance spoke first. “I never met Paul Dorn,” she said.\n"
        let q = try #require(quote(quoteViews(text), containing: "never met"))
        #expect(q.actor?.contains("Vance") == true)
    }

    @Test func titleDescriptionFindsTheTitledPerson() throws {
        let text = "Sen. Alma Reyes visited the plant. The senator said the jobs would stay.\n"
        let q = try #require(quote(quoteViews(text), containing: "jobs would stay"))
        #expect(q.speaker == "The senator")
        #expect(q.actor?.contains("Reyes") == true)
    }

    @Test func descriptionWithoutATitledPersonHasNoActor() throws {
        let q = try #require(quoteViews("A spokesman for the port said the cranes were idle.\n").first)
        #expect(q.actor == nil)
    }

    @Test func sheSkipsAManNamedLast() throws {
        let text = "Laura Finch met Robert Kane at the depot. She said the trains would run late.\n"
        let q = try #require(quote(quoteViews(text), containing: "trains would run"))
        #expect(q.actor?.contains("Finch") == true)
    }

    @Test func heSkipsTheWomanWhoSpokeLast() throws {
        let text = "Laura Finch said the budget was short. Mr. Kane nodded. He said the board would vote.\n"
        let q = try #require(quote(quoteViews(text), containing: "board would vote"))
        #expect(q.actor?.contains("Kane") == true)
    }

    @Test func pronounOfUnknownSexStillResolves() throws {
        let text = "Sen. Ostrander toured the mill. She said the looms were old.\n"
        let q = try #require(quote(quoteViews(text), containing: "looms were old"))
        #expect(q.actor?.contains("Ostrander") == true)
    }
}

@Suite struct PluralPronounTests {
    @Test func theyIsTheGroupNamedLast() throws {
        let text = "The Harbor Workers Union met on Friday. They said the strike would go on.\n"
        let q = try #require(quote(quoteViews(text), containing: "strike would go on"))
        #expect(q.actor?.contains("Union") == true)
    }

    @Test func theyAfterAPersonHasNoActor() throws {
        let text = "The Harbor Workers Union wrote to Laura Finch. They said the strike would go on.\n"
        let q = try #require(quote(quoteViews(text), containing: "strike would go on"))
        #expect(q.actor == nil)
    }
}
