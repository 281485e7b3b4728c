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
}
