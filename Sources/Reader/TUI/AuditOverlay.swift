// The `S` overlay: the source audit of the open article (SourceAudit, the same figures as
// `reader sources`), with bars of block characters, so the shares read without colour.
// Pure: lines of text from the analysis; Screen draws them in the shared overlay box.
import Model

enum AuditOverlay {
    static let title = "sources: who gets a voice"
    static let barWidth = 20

    /// A bar of `value / whole` of `width` cells, in eighths of a cell (▏▎▍▌▋▊▉█), padded with spaces.
    static func bar(_ value: Int, of whole: Int, width: Int = barWidth) -> String {
        guard whole > 0, value > 0 else { return String(repeating: " ", count: width) }
        let eighths = max(1, Int((Double(value) / Double(whole) * Double(width * 8)).rounded()))
        let full = min(width, eighths / 8), rest = full < width ? eighths % 8 : 0
        let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var s = String(repeating: "█", count: full)
        if rest > 0 { s.append(partial[rest - 1]) }
        return s + String(repeating: " ", count: max(0, width - full - (rest > 0 ? 1 : 0)))
    }

    static func row(_ label: String, _ value: Int, of whole: Int, _ detail: String) -> String {
        SourcesReport.cell(label, 20) + " " + bar(value, of: whole) + " " + SourcesReport.cell("\(value)", 4, right: true)
            + " " + SourcesReport.cell(SourcesReport.percent(value, whole), 4, right: true) + "  " + detail
    }

    static func lines(_ analysis: Analysis) -> [String] {
        let a = SourceAudit(analysis)
        let q = a.total.quotes
        var out = ["\(q) quotes, \(a.total.words) quoted words; bars: share of quotes", ""]
        guard q > 0 else { return out + ["no quotes in this article"] }
        out.append("by source type")
        for (t, label) in SourcesReport.typeLabels {
            let v = a.byType[t] ?? Tally()
            if v.quotes > 0 { out.append(row("  " + label, v.quotes, of: q, "\(v.words) words")) }
        }
        out.append(row("  direct", a.direct.quotes, of: q, "\(a.direct.words) words"))
        out.append(row("  reported", a.reported.quotes, of: q, "\(a.reported.words) words"))
        out += ["", "persons by gender (quotes of named persons)"]
        let byGender = a.byGender
        let pq = byGender.values.reduce(0) { $0 + $1.quotes }
        for g in Gender.allCases {
            let v = byGender[g] ?? Tally(), p = a.persons(g)
            out.append(row("  " + g.rawValue, v.quotes, of: pq, "\(p.quoted) quoted of \(p.mentioned) mentioned"))
        }
        out.append("  people quoted / mentioned: \(a.quotedPersons.count) of \(a.mentionedPersons.count)")
        out += ["", "speakers"]
        for s in a.speakers {
            let g = s.gender.map { " · " + SourcesReport.gender($0) } ?? ""
            out.append(row("  " + s.name, s.all.quotes, of: q, s.type.rawValue + g))
        }
        return out
    }

    /// For the why panel: the quote's source type and, for a person, gender with its evidence.
    /// `calls` are the article's gender calls when the caller keeps them (GenderEvidence reads
    /// every mention, so the why panel does not recompute them on each redraw).
    static func sourceLine(_ a: Analysis, _ q: Quote, calls: [GenderCall]? = nil) -> String {
        let type = SourceTypes.type(of: q, in: a)
        guard type == .person, let actor = q.speaker?.actor else { return type.rawValue }
        let call = (calls ?? GenderEvidence.calls(a))[actor]
        return "person · gender " + call.gender.rawValue + (call.by.map { " (by \($0.rawValue))" } ?? " (no evidence)")
    }

    /// Keys while it is open: j/k and pages scroll, q Esc S close, Q quits. Returns the new
    /// scroll (nil: closed) and whether to quit.
    static func handle(_ key: Key, scroll: Int, lineCount: Int, rows: Int) -> (scroll: Int?, quit: Bool) {
        let maxScroll = max(0, lineCount - rows)
        var s = scroll
        switch key {
        case .char(0x71), .escape, .char(0x53): return (nil, false)   // q Esc S
        case .char(0x51): return (nil, true)                          // Q
        case .char(0x6A), .down, .enter: s += 1                       // j
        case .char(0x6B), .up: s -= 1                                 // k
        case .char(0x20), .char(0x66), .pageDown: s += max(1, rows - 1)
        case .char(0x62), .pageUp: s -= max(1, rows - 1)
        case .char(0x67), .home: s = 0
        case .char(0x47), .end: s = maxScroll
        default: break
        }
        return (max(0, min(s, maxScroll)), false)
    }

    static func draw(_ g: inout Grid, _ s: ReaderState, _ theme: Theme, scroll: Int) {
        let lines = s.auditLines
        let innerW = min(g.width - 4, (lines.map(CellWidth.of).max() ?? 0) + 2)
        Screen.drawOverlay(&g, theme, title: title, lines: lines, innerWidth: innerW, scroll: scroll,
                           footer: " j/k scroll · q/Esc close ")
    }
}
