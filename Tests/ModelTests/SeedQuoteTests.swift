import Foundation
import Testing
@testable import Model

/// The seed article's quotes, as the reader's first screen must show them.
@Suite struct SeedQuoteTests {
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/000_4c0372a97adc8a86.txt")

    let views: [QuoteView]

    init() throws {
        views = quoteViews(try String(contentsOf: Self.seedURL, encoding: .utf8))
    }

    @Test func theDirectQuoteIsBrinks() throws {
        let q = try #require(quote(views, containing: "peace at any price"))
        #expect(q.kind == .direct)
        #expect(q.speaker?.contains("Brink") == true)
        #expect(q.actor?.contains("Brink") == true)
    }

    @Test(arguments: ["A White House official", "American officials", "A senior European official",
                      "six officials familiar with the discussions"])
    func descriptiveSourcesAreFound(_ source: String) {
        let hits = views.filter { $0.speaker?.hasPrefix(source) == true }
        #expect(!hits.isEmpty, "no quote from \(source)")
        #expect(hits.allSatisfy { $0.actor == nil }, "\(source) should name no actor")
    }

    @Test(arguments: ["Trump", "Rubio"])
    func namedSpeakersAreFound(_ name: String) {
        #expect(views.contains { $0.actor?.contains(name) == true }, "no quote attributed to \(name)")
    }

    @Test func everyQuoteHasASpeakerAndARule() {
        #expect(views.count >= 10)
        // Only an expectation with no holder named ("… is expected to be a focal point") has no
        // speaker ("the U.S. appears to be taking …" has its subject as holder).
        #expect(views.allSatisfy { $0.speaker != nil || $0.rule == .raisingVerb || $0.rule == .passiveCue })
        #expect(views.filter { $0.speaker == nil }.count <= 2)
    }

    @Test func expectationsWithNoHolderAreLowConfidence() throws {
        let a = Analyzer().analyze(try String(contentsOf: Self.seedURL, encoding: .utf8))
        let unheld = a.quotes.filter { $0.speaker == nil }
        #expect(!unheld.isEmpty)
        #expect(unheld.allSatisfy { $0.confidence == .low })
        let focal = try #require(quote(views, containing: "focal point"))
        #expect(focal.parts.first == "The divergence in American and European support for Ukraine")
    }

    @Test func theAnnouncementIsTheBritishGovernments() throws {
        let government = views.filter { $0.speaker == "the British government" }
        #expect(!government.isEmpty)
        #expect(government.allSatisfy { $0.actor == "British government" })
        let q = try #require(quote(views, containing: "European Union is preparing"))
        #expect(q.speaker == "The announcement")
        #expect(q.actor == "British government")
    }
}
