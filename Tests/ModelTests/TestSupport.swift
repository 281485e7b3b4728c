@testable import Model

/// Small helpers shared by the structure and actor tests.
extension Analysis {
    /// Each actor as "kind:name".
    var actorLabels: [String] { actors.map { "\($0.kind.rawValue):\($0.name)" } }

    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }

    /// The texts of an actor's mentions, in order.
    func mentionTexts(_ actor: Actor) -> [String] {
        actor.mentions.map { document.string(mentions[$0].span) }
    }
}

extension Document {
    var tokenTexts: [String] { tokens.map { string($0.span) } }
    var sentenceTexts: [String] { sentences.map { string($0.span) } }
}
