// The audit's source type of a quote: a named actor (person, organisation, group or place),
// a descriptive source ("a White House official"), an anonymous one ("officials familiar with
// the talks"), an actor-less phrase that is neither (an unresolved "he"), or no source at all.
// Actor-less phrases are read word by word against SourceTypeLexicon.

public enum SourceType: String, CaseIterable, Sendable {
    case person, organization, group, descriptive, anonymous, unresolved, none
}

public enum SourceTypes {
    private static let descriptiveHeads = SourceTypeLexicon.words(SourceTypeLexicon.descriptiveHeads)
    private static let anonymousHeads = SourceTypeLexicon.words(SourceTypeLexicon.anonymousHeads)
    private static let bareAnonymousHeads = SourceTypeLexicon.words(SourceTypeLexicon.bareAnonymousHeads)
    private static let bareModifiers = SourceTypeLexicon.words(SourceTypeLexicon.bareModifiers)
    private static let anonymityPhrases = SourceTypeLexicon.phrases(SourceTypeLexicon.anonymityPhrases)

    /// The type of a quote's source.
    public static func type(of quote: Quote, in analysis: Analysis) -> SourceType {
        guard let speaker = quote.speaker else { return .none }
        if let a = speaker.actor {
            switch analysis.actors[a].kind {
            case .person: return .person
            case .organization: return .organization
            case .group, .place: return .group
            }
        }
        return type(ofPhrase: analysis.document.string(speaker.span))
    }

    /// The type of an actor-less source phrase, from its words alone.
    public static func type(ofPhrase phrase: String) -> SourceType {
        let words = lowercaseWords(phrase)
        if words.isEmpty { return .unresolved }
        if words.contains(where: { anonymousHeads.contains($0) }) { return .anonymous }
        if containsAnonymityPhrase(words) { return .anonymous }
        if let last = words.last, bareAnonymousHeads.contains(last),
           words.dropLast().allSatisfy({ bareModifiers.contains($0) }) { return .anonymous }
        if words.contains(where: { descriptiveHeads.contains($0) }) { return .descriptive }
        return .unresolved
    }

    /// Letters and digits in runs, lowercased ("Officials, familiar" → ["officials", "familiar"]);
    /// a word-internal apostrophe or hyphen splits too ("Trump's" → "trump", "s").
    static func lowercaseWords(_ s: String) -> [String] {
        var out: [String] = [], word = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber { word.append(ch) } else if !word.isEmpty { out.append(word); word = "" }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// Whether one of the lexicon's phrases occurs as consecutive words (phrases are a few words long).
    static func containsAnonymityPhrase(_ words: [String]) -> Bool {
        for phrase in anonymityPhrases where phrase.count <= words.count {
            for start in 0...(words.count - phrase.count)
            where words[start] == phrase[0] && Array(words[start..<start + phrase.count]) == phrase { return true }
        }
        return false
    }
}
