import Foundation
import Testing
@testable import Model

/// The seed article's actors: the reader's first screen must be right.
@Suite struct SeedActorTests {
    static func seedText() throws -> String {
        // Tests/ModelTests/SeedActorTests.swift → the package root → seeds/.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("seeds/000_4c0372a97adc8a86.txt"), encoding: .utf8)
    }

    /// How often `word` occurs in `text` as a whole word (possessives included).
    static func count(_ word: String, in text: String) -> Int {
        var n = 0
        var rest = text[...]
        while let r = rest.range(of: word) {
            let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? " " : text[r.upperBound]
            if !before.isLetter && !after.isLetter { n += 1 }
            rest = rest[r.upperBound...]
        }
        return n
    }

    @Test func seedActorsWithEveryMention() throws {
        let text = try Self.seedText()
        let a = Analyzer().analyze(text)
        let expected: [(String, ActorKind, [String])] = [
            ("Trump", .person, ["Trump"]),
            ("Vladimir V. Putin", .person, ["Putin"]),
            ("Volodymyr Zelensky", .person, ["Zelensky"]),
            ("Bridget A. Brink", .person, ["Brink"]),
            ("Marco Rubio", .person, ["Rubio"]),
            ("Russia", .place, ["Russia"]),
            ("Ukraine", .place, ["Ukraine"]),
            ("United States", .place, ["U.S.", "America"]),
            ("NATO", .organization, ["NATO"]),
            ("European Union", .organization, ["European Union"]),
            ("White House", .organization, ["White House"]),
        ]
        for (name, kind, words) in expected {
            let actor = a.actor(named: name)
            #expect(actor?.kind == kind, "\(name) is a \(kind)")
            guard let actor else { continue }
            // Every occurrence of the name's words is a mention of this actor.
            let want = words.map { Self.count($0, in: text) }.reduce(0, +)
            #expect(actor.mentions.count == want, "\(name): \(a.mentionTexts(actor))")
        }
        // Trump is named "President Trump", "Trump", "Trump's" and "Trump’s": one person.
        #expect(a.actors.filter { $0.name.contains("Trump") }.count == 1)
    }

    @Test func seedHasNoFalseActors() throws {
        let a = Analyzer().analyze(try Self.seedText())
        let allowedGroups: Set<String> = ["Russians", "Ukrainians", "Europeans", "Americans"]
        let allowedPlaces: Set<String> = ["Russia", "Ukraine", "United States", "Europe", "Kyiv"]
        let allowedPeople: Set<String> = ["Trump", "Vladimir V. Putin", "Volodymyr Zelensky", "Bridget A. Brink", "Marco Rubio"]
        let allowedOrgs: Set<String> = ["NATO", "European Union", "White House", "British government"]
        for actor in a.actors {
            switch actor.kind {
            case .person: #expect(allowedPeople.contains(actor.name), "unexpected person \(actor.name)")
            case .place: #expect(allowedPlaces.contains(actor.name), "unexpected place \(actor.name)")
            case .organization: #expect(allowedOrgs.contains(actor.name), "unexpected organization \(actor.name)")
            case .group: #expect(allowedGroups.contains(actor.name), "unexpected group \(actor.name)")
            }
        }
        // Titles and sentence-initial words are never mentions.
        let texts = Set(a.mentions.map { a.document.string($0.span) })
        for word in ["President", "Secretary", "State", "Following", "Despite", "However", "Previously", "Critics",
                     "Several", "Tuesday", "Monday", "Group"] {
            #expect(!texts.contains(word), "\(word) is no mention")
        }
    }

    @Test func seedGroupsLinkToPlaces() throws {
        let a = Analyzer().analyze(try Self.seedText())
        #expect(a.actor(named: "Russians")?.link.map { a.actors[$0].name } == "Russia")
        #expect(a.actor(named: "Americans")?.link.map { a.actors[$0].name } == "United States")
    }
}

fileprivate extension Analysis {
    /// Each actor as "kind:name".
    var actorLabels: [String] { actors.map { "\($0.kind.rawValue):\($0.name)" } }
    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }
    /// The texts of an actor's mentions, in order.
    func mentionTexts(_ actor: Actor) -> [String] { actor.mentions.map { document.string(mentions[$0].span) } }
}
