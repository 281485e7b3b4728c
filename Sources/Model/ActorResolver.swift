// Pass 5: actors. Merges mention candidates that name the same referent
// ("Donald J. Trump", "Trump", "Trump's") into one actor with a canonical name.

enum ActorResolver {
    static func resolve(_ candidates: [MentionCandidate], in document: Document) -> ([Actor], [Mention]) {
        var actors: [Actor] = []
        var mentions: [Mention] = []
        var byKey: [String: Int] = [:]
        for c in candidates {
            var name = document.string(c.span)
            if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
            let key = String(name.split(separator: " ").last ?? "")
            let actor: Int
            if let a = byKey[key] { actor = a } else {
                actor = actors.count
                actors.append(Actor(name: name, kind: .person))
                byKey[key] = actor
            }
            if name.count > actors[actor].name.count { actors[actor].name = name }
            actors[actor].mentions.append(mentions.count)
            mentions.append(Mention(span: c.span, paragraph: c.paragraph, actor: actor))
        }
        return (actors, mentions)
    }
}
