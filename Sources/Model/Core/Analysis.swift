// The result of analysis: actors with their mentions, and attributed quotes.

public enum ActorKind: String, CaseIterable, Sendable {
    case person, organization, place, group
}

/// One occurrence of an actor's name in the text ("President Trump", "Trump's" → "Trump").
public struct Mention: Hashable, Sendable {
    public var span: Span
    public var paragraph: Int
    /// Index into `Analysis.actors`.
    public var actor: Int
    public init(span: Span, paragraph: Int, actor: Int) {
        self.span = span
        self.paragraph = paragraph
        self.actor = actor
    }
}

/// One referent: a person, organization, place or group, with a canonical name.
public struct Actor: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// Indices into `Analysis.mentions`, in text order.
    public var mentions: [Int]
    /// For a group: the actor of its place or party ("Russians" → Russia), when the text names it.
    public var link: Int?
    public init(name: String, kind: ActorKind, mentions: [Int] = [], link: Int? = nil) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.link = link
    }
}

public enum QuoteKind: String, CaseIterable, Sendable {
    case direct    // in quotation marks
    case indirect  // reported speech: X said that …, according to X, …
    case mixed     // reported speech holding a quoted fragment
}

/// Who a quote is attributed to: the source's span in the text, and its actor when it is one.
/// Descriptive sources ("a White House official") keep the span with no actor.
public struct Speaker: Hashable, Sendable {
    public var span: Span
    public var actor: Int?
    public init(span: Span, actor: Int? = nil) {
        self.span = span
        self.actor = actor
    }
}

/// A reason to doubt a quote's attribution (QuoteConfidence sets them).
public enum Doubt: String, CaseIterable, Sendable {
    /// The speaker is "he"/"she"/"they" whose person is not named in this or the previous sentence.
    case pronounAcrossSentences = "pronoun-across-sentences"
    /// The speaker is "he"/"she" with two or more persons who fit named in this or the previous sentence.
    case ambiguousPronoun = "ambiguous-pronoun"
    /// A quotation with no cue of its own took the speaker of an earlier sentence.
    case carriedOverSpeaker = "carried-over-speaker"
    /// A quotation with no cue at all, in its speaker's sentence: the speaker is the nearest subject,
    /// a guess (PolNeAR train: 0.79 of these sources right, against 0.96 for the rest of high).
    case noCue = "no-cue"
    /// No speaker was found.
    case noSpeaker = "no-speaker"
    /// The speaker phrase names no actor of the article ("a spokesman").
    case speakerNotAnActor = "speaker-not-an-actor"
    /// The speaker phrase does not open like a noun phrase ("interviewed", "all").
    case speakerNotANounPhrase = "speaker-not-a-noun-phrase"
    /// The cue sits in a condition ("if Russia did not agree to …"): a hypothetical, not a report.
    case conditional = "conditional"
    /// A cue that often is no report: a stance verb, a verb the lexicon lacks, a word with a noun reading.
    case weakCue = "weak-cue"

    /// Whether this doubt alone makes the attribution low-confidence. Three are noted, not
    /// lowering: a source that is no actor ("a spokesman"), and a pronoun whose person was named
    /// further back or near other persons, are usually right (PolNeAR train source accuracy
    /// 0.87, 0.97, 0.97, against 0.78-0.81 for those that lower).
    public var lowers: Bool { self != .speakerNotAnActor && self != .pronounAcrossSentences && self != .ambiguousPronoun }
}

public enum Confidence: String, Sendable {
    case high, low
}

public struct Quote: Hashable, Sendable {
    public var kind: QuoteKind
    public var paragraph: Int
    /// The content, in order, without overlap; more than one part when split by its attribution.
    public var parts: [Span]
    public var cue: Span?
    public var speaker: Speaker?
    /// The rule that found this quote (see QuoteRule), so errors can be counted per rule.
    public var rule: QuoteRule
    /// Reasons to doubt the attribution, in Doubt's order; empty when none.
    public var doubts: [Doubt] = []

    /// Low when a doubt that lowers it holds.
    public var confidence: Confidence { doubts.contains(where: { $0.lowers }) ? .low : .high }

    public init(kind: QuoteKind, paragraph: Int, parts: [Span], cue: Span? = nil,
                speaker: Speaker? = nil, rule: QuoteRule) {
        self.kind = kind
        self.paragraph = paragraph
        self.parts = parts
        self.cue = cue
        self.speaker = speaker
        self.rule = rule
    }

    /// From the first part's start to the last part's end.
    public var content: Span {
        guard let first = parts.first, let last = parts.last else { return Span(0, 0) }
        return Span(first.start, last.end)
    }
}

public struct Analysis: Sendable {
    public var document: Document
    public var actors: [Actor]
    public var mentions: [Mention]
    /// In text order of their content's start.
    public var quotes: [Quote]

    public init(document: Document, actors: [Actor] = [], mentions: [Mention] = [], quotes: [Quote] = []) {
        self.document = document
        self.actors = actors
        self.mentions = mentions
        self.quotes = quotes
    }
}
