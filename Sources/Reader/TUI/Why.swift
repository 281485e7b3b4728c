// The "why" panel (`w`): for one quote, which rule found it and how its speaker was
// attributed, as lines of plain text that Screen draws in an overlay box.
import Model

enum Why {
    static let labelWidth = 9

    /// The panel's title for quote `q`.
    static func title(_ s: ReaderState, _ q: Int) -> String {
        if let i = s.ordinal(of: q) { return "why quote \(i + 1)/\(s.navigable.count)" }
        return "why quote \(q + 1)/\(s.analysis.quotes.count)"
    }

    /// The panel's lines for quote `q`, wrapped to `width` columns.
    static func lines(_ s: ReaderState, _ q: Int, width: Int) -> [String] {
        let a = s.analysis
        let quote = a.quotes[q]
        let doc = a.document
        var out: [String] = []
        func field(_ label: String, _ text: String) {
            let pad = String(repeating: " ", count: labelWidth)
            for (i, line) in wrap(text, width: max(8, width - labelWidth)).enumerated() {
                out.append((i == 0 ? label.padded(toCells: labelWidth) : pad) + line)
            }
        }
        field("kind", kindDescription(quote.kind))
        field("rule", quote.rule.rawValue)
        field("", quote.rule.explanation)
        let cap = 4 * Sanitize.displayCap   // bytes: what a panel can show, whatever the span's size
        field("cue", quote.cue.map { quoted(doc.prefixString($0, maxBytes: cap)) } ?? "none (no cue word)")
        if let sp = quote.speaker {
            var who = quoted(doc.prefixString(sp.span, maxBytes: cap))
            if let actor = sp.actor, actor < a.actors.count {
                let act = a.actors[actor]
                who += " → " + s.actorList.label(actor) + " (\(act.kind.rawValue))"
            }
            field("speaker", who)
            switch a.speakerResolution(of: q) {
            case .pronoun?: field("", "resolved through a pronoun: the person in focus, or the name just before it")
            case .description?: field("", "resolved through a description: the person last named with that title")
            case .unresolved?: field("", "a source with no actor in the article (kept as written)")
            case .named?, nil: break
            }
        } else {
            field("speaker", "none found")
        }
        field("source", AuditOverlay.sourceLine(a, quote, calls: s.genderCalls))  // the audit's type and gender evidence (S)
        field("trust", quote.confidence == .low ? "low (marked ? in the gutter)" : "high")
        for d in quote.doubts { field("", "· " + d.explanation) }
        let content = quote.parts.prefix(8).map { doc.prefixString($0, maxBytes: 800) }.joined(separator: " … ")
        field("content", quoted(String(content.prefix(160)) + (content.count > 160 ? "…" : "")))
        if quote.parts.count > 1 { field("", "in \(quote.parts.count) parts, split by the attribution") }
        return out
    }

    static func kindDescription(_ k: QuoteKind) -> String {
        switch k {
        case .direct: return "direct quote (in quotation marks)"
        case .indirect: return "reported speech"
        case .mixed: return "mixed: reported speech with a quoted fragment"
        }
    }

    private static func quoted(_ s: String) -> String { "“" + Sanitize.line(s) + "”" }

    /// Word-wraps a line of text to `width` columns (with the article's wrapping rules).
    static func wrap(_ text: String, width: Int) -> [String] {
        let bytes = Array(text.utf8)
        let starts = Wrap.lineStarts(bytes, Span(0, bytes.count), width: width)
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : bytes.count
            var line = String(decoding: bytes[starts[i]..<end], as: UTF8.self)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
