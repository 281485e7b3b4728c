// What each byte of a paragraph is (quote content of a kind, speaker, cue, search match,
// a mention of the filtered actor), and the style that follows in colour or monochrome.
import Model

struct Role: OptionSet, Hashable, Sendable {
    let rawValue: UInt16
    static let direct = Role(rawValue: 1)
    static let indirect = Role(rawValue: 2)
    static let mixed = Role(rawValue: 4)
    static let current = Role(rawValue: 8)
    static let speaker = Role(rawValue: 16)
    static let cue = Role(rawValue: 32)
    static let match = Role(rawValue: 64)
    static let currentMatch = Role(rawValue: 128)
    static let mention = Role(rawValue: 256)
    static let headline = Role(rawValue: 512)
    static let dim = Role(rawValue: 1024)
    /// Content of a low-confidence quote: the gutter shows "?" instead of the kind.
    static let doubtful = Role(rawValue: 2048)

    static let anyQuote: Role = [.direct, .indirect, .mixed]

    static func of(_ kind: QuoteKind) -> Role {
        switch kind {
        case .direct: return .direct
        case .indirect: return .indirect
        case .mixed: return .mixed
        }
    }
}

struct Decoration: Equatable {
    var start: Int
    var end: Int
    var role: Role
}

extension ReaderState {
    /// The decorations touching paragraph `p`, in no particular order.
    func decorations(paragraph p: Int) -> [Decoration] {
        var out: [Decoration] = []
        let span = analysis.document.paragraphs[p].span
        for q in paragraphQuotes[p] where showsQuote(q) {
            let quote = analysis.quotes[q]
            let cur: Role = q == currentQuote ? .current : []
            let doubt: Role = quote.confidence == .low ? .doubtful : []
            for part in quote.parts { out.append(Decoration(start: part.start, end: part.end, role: Role.of(quote.kind).union(cur).union(doubt))) }
            if let c = quote.cue { out.append(Decoration(start: c.start, end: c.end, role: Role.cue.union(cur))) }
            if let s = quote.speaker { out.append(Decoration(start: s.span.start, end: s.span.end, role: Role.speaker.union(cur))) }
        }
        if let a = filterActor {
            var i = Bisect.first(mentionStarts.count) { mentionStarts[$0] >= span.start }
            while i < mentionStarts.count && mentionStarts[i] < span.end {
                let m = analysis.mentions[mentionOrder[i]]
                if m.actor == a { out.append(Decoration(start: m.span.start, end: m.span.end, role: .mention)) }
                i += 1
            }
        }
        if let s = search, !s.matches.isEmpty {
            var lo = Bisect.first(s.matches.count) { s.matches[$0].end > span.start }
            while lo < s.matches.count && s.matches[lo].start < span.end {
                let m = s.matches[lo]
                out.append(Decoration(start: m.start, end: m.end, role: lo == s.current ? [.match, .currentMatch] : .match))
                lo += 1
            }
        }
        return out
    }
}

/// Roles → styles. Colour marks kinds by hue (the palette chosen for the background);
/// monochrome by bold / underline / italic / reverse. Either way the gutter repeats the quote
/// kind, so meaning never rests on colour. Speakers are bold in their own hue; search matches
/// are a background under black text, so the two never look alike.
struct Theme {
    /// nil: monochrome (NO_COLOR or a terminal without colours).
    let palette: Palette?

    init(palette: Palette?) { self.palette = palette }
    init(colour: Bool) { palette = colour ? .dark256 : nil }

    func kindColour(_ kind: QuoteKind, _ p: Palette) -> Color {
        kind == .direct ? p.direct : kind == .mixed ? p.mixed : p.reported
    }

    func style(_ r: Role) -> Style {
        var s = Style()
        if r.contains(.headline) { s.attrs.insert(.bold) }
        if let p = palette {
            if r.contains(.direct) { s.fg = p.direct } else if r.contains(.mixed) { s.fg = p.mixed } else if r.contains(.indirect) { s.fg = p.reported }
            if r.contains(.cue) { s.fg = p.cue; s.attrs.insert(.underline) }
            if r.contains(.speaker) { s.fg = p.speaker; s.attrs.insert(.bold) }
            if r.contains(.current) && !r.isDisjoint(with: [.direct, .indirect, .mixed, .speaker, .cue]) { s.attrs.insert(.reverse) }
            if r.contains(.mention) { s.attrs.formUnion([.bold, .underline]) }
            if r.contains(.match) {
                s.fg = .black; s.bg = r.contains(.currentMatch) ? p.currentMatch : p.match
                s.attrs.remove(.reverse); s.attrs.remove(.bold)
                if r.contains(.currentMatch) { s.attrs.insert(.bold) }
            }
        } else {
            if r.contains(.direct) { s.attrs.insert(.bold) }
            if r.contains(.indirect) { s.attrs.insert(.underline) }
            if r.contains(.mixed) { s.attrs.formUnion([.bold, .underline]) }
            if r.contains(.cue) { s.attrs.formUnion([.italic, .underline]) }
            if r.contains(.speaker) { s.attrs.formUnion([.bold, .italic]) }
            if r.contains(.current) && !r.isDisjoint(with: [.direct, .indirect, .mixed, .speaker, .cue]) { s.attrs.insert(.reverse) }
            if r.contains(.mention) { s.attrs.formUnion([.bold, .underline]) }
            if r.contains(.match) { s.attrs.formUnion(r.contains(.currentMatch) ? [.reverse, .bold] : [.reverse]) }
        }
        if r.contains(.dim) && r.isDisjoint(with: [.match, .current]) { s.attrs.insert(.dim) }
        return s
    }

    func kindStyle(_ kind: QuoteKind) -> Style {
        if let p = palette { return Style(fg: kindColour(kind, p), attrs: .bold) }
        return Style(attrs: .bold)
    }

    var chrome: Style { palette.map { Style(fg: $0.chrome) } ?? Style(attrs: .dim) }
    var title: Style { Style(attrs: [.bold]) }
    var status: Style { palette.map { Style(fg: $0.statusFg, bg: $0.statusBg) } ?? Style(attrs: .reverse) }
    var selection: Style { Style(attrs: .reverse) }
    var mark: Style { palette.map { Style(fg: $0.mark, attrs: .bold) } ?? Style(attrs: .bold) }

    /// The kind as named in the quotes pane (indirect quotes are "reported" speech).
    static func kindName(_ kind: QuoteKind) -> String {
        switch kind {
        case .direct: return "direct"
        case .indirect: return "reported"
        case .mixed: return "mixed"
        }
    }

    static func gutterMark(_ kind: QuoteKind) -> UInt32 {
        switch kind {
        case .direct: return 0x22      // "
        case .indirect: return 0x7E    // ~
        case .mixed: return 0x2A       // *
        }
    }
}
