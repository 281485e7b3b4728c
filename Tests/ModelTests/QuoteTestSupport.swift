@testable import Model

/// A quote read back as text, for assertions on small texts.
struct QuoteView: CustomStringConvertible {
    var kind: QuoteKind
    var parts: [String]
    var cue: String?
    var speaker: String?
    var actor: String?
    var rule: QuoteRule

    var content: String { parts.joined(separator: " … ") }
    var description: String {
        "\(rule.rawValue) \(kind.rawValue) [\(content)] cue=\(cue ?? "-") speaker=\(speaker ?? "-") actor=\(actor ?? "-")"
    }
}

func quoteViews(_ text: String) -> [QuoteView] {
    let a = Analyzer().analyze(text)
    return a.quotes.map { q in
        QuoteView(kind: q.kind, parts: q.parts.map { a.document.string($0) }, cue: q.cue.map { a.document.string($0) },
                  speaker: q.speaker.map { a.document.string($0.span) },
                  actor: q.speaker?.actor.map { a.actors[$0].name }, rule: q.rule)
    }
}

/// The one quote whose content contains `fragment`.
func quote(_ views: [QuoteView], containing fragment: String) -> QuoteView? {
    let hits = views.filter { $0.content.contains(fragment) }
    return hits.count == 1 ? hits[0] : nil
}
