// The source audit as text (a table per article and a total), as JSON and as CSV.
import Model

enum SourcesReport {
    static let typeLabels: [(SourceType, String)] = [
        (.person, "named persons"), (.organization, "organisations"), (.group, "groups and places"),
        (.descriptive, "descriptive sources"), (.anonymous, "anonymous sources"),
        (.unresolved, "unresolved (pronoun or other)"), (.none, "no source"),
    ]

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    static func gender(_ call: GenderCall?) -> String {
        guard let call else { return "" }
        guard let by = call.by else { return call.gender.rawValue }
        return "\(call.gender.rawValue) (\(by.rawValue))"
    }

    /// Pads or cuts to `width` terminal columns (names are sanitized first; a wide CJK
    /// character takes two columns, a combining mark none, so the columns stay aligned).
    static func cell(_ s: String, _ width: Int, right: Bool = false) -> String {
        var t = Sanitizer.visible(s)
        var used = CellWidth.of(t)
        if used > width {
            var cut = "", w = 0
            for ch in t {
                let cw = CellWidth.of(String(ch))
                if w + cw > width - 1 { break }
                cut.append(ch); w += cw
            }
            t = cut + "…"; used = w + 1
        }
        let pad = String(repeating: " ", count: max(0, width - used))
        return right ? pad + t : t + pad
    }

    static func text(_ a: SourceAudit, title: String) -> String {
        var out = "== \(Sanitizer.visible(title)): \(a.total.quotes) quotes, \(a.total.words) quoted words"
        out += a.articles > 1 ? " in \(a.articles) articles\n" : "\n"
        out += cell("speaker", 34) + " " + cell("type", 12) + " " + cell("gender (by)", 22)
            + cell("quotes", 7, right: true) + cell("words", 7, right: true)
            + cell("direct", 7, right: true) + cell("reported", 9, right: true) + "\n"
        for s in a.speakers {
            out += cell(s.name, 34) + " " + cell(s.type.rawValue, 12) + " " + cell(gender(s.gender), 22)
                + cell("\(s.all.quotes)", 7, right: true) + cell("\(s.all.words)", 7, right: true)
                + cell("\(s.direct.quotes)", 7, right: true) + cell("\(s.reported.quotes)", 9, right: true) + "\n"
        }
        out += "\nsource type" + String(repeating: " ", count: 19) + "quotes  share   words  share\n"
        for (t, label) in typeLabels {
            let v = a.byType[t] ?? Tally()
            out += cell(label, 30) + cell("\(v.quotes)", 6, right: true) + cell(percent(v.quotes, a.total.quotes), 7, right: true)
                + cell("\(v.words)", 8, right: true) + cell(percent(v.words, a.total.words), 7, right: true) + "\n"
        }
        for (label, v) in [("direct", a.direct), ("reported", a.reported)] {
            out += cell(label, 30) + cell("\(v.quotes)", 6, right: true) + cell(percent(v.quotes, a.total.quotes), 7, right: true)
                + cell("\(v.words)", 8, right: true) + cell(percent(v.words, a.total.words), 7, right: true) + "\n"
        }
        let byGender = a.byGender
        let personQuotes = byGender.values.reduce(0) { $0 + $1.quotes }, personWords = byGender.values.reduce(0) { $0 + $1.words }
        out += "\npersons by gender   quoted  mentioned  quotes  share   words  share\n"
        for g in Gender.allCases {
            let p = a.persons(g), v = byGender[g] ?? Tally()
            out += cell(g.rawValue, 18) + cell("\(p.quoted)", 8, right: true) + cell("\(p.mentioned)", 11, right: true)
                + cell("\(v.quotes)", 8, right: true) + cell(percent(v.quotes, personQuotes), 7, right: true)
                + cell("\(v.words)", 8, right: true) + cell(percent(v.words, personWords), 7, right: true) + "\n"
        }
        out += "people quoted / mentioned: \(a.quotedPersons.count) of \(a.mentionedPersons.count)\n"
        return out
    }

    static func json(_ a: SourceAudit, file: String?) -> String {
        func tally(_ t: Tally) -> String { "{\"quotes\": \(t.quotes), \"words\": \(t.words)}" }
        var out = "{\"file\": " + (file.map(JSONExport.quoted) ?? "null") + ", \"articles\": \(a.articles)"
        out += ", \"total\": \(tally(a.total)), \"direct\": \(tally(a.direct)), \"reported\": \(tally(a.reported))"
        out += ", \"types\": {" + typeLabels.map { "\"\($0.0.rawValue)\": \(tally(a.byType[$0.0] ?? Tally()))" }.joined(separator: ", ") + "}"
        let byGender = a.byGender
        out += ", \"genders\": {" + Gender.allCases.map { g in
            let p = a.persons(g), v = byGender[g] ?? Tally()
            return "\"\(g.rawValue)\": {\"quoted\": \(p.quoted), \"mentioned\": \(p.mentioned), \"quotes\": \(v.quotes), \"words\": \(v.words)}"
        }.joined(separator: ", ") + "}"
        out += ", \"people_quoted\": \(a.quotedPersons.count), \"people_mentioned\": \(a.mentionedPersons.count)"
        out += ", \"speakers\": [" + a.speakers.map { s in
            var o = "{\"name\": \(JSONExport.quoted(s.name)), \"type\": \"\(s.type.rawValue)\""
            if let g = s.gender {
                o += ", \"gender\": \"\(g.gender.rawValue)\", \"by\": " + (g.by.map { "\"\($0.rawValue)\"" } ?? "null")
            }
            return o + ", \"quotes\": \(s.all.quotes), \"words\": \(s.all.words), \"direct\": \(tally(s.direct)), \"reported\": \(tally(s.reported))}"
        }.joined(separator: ", ") + "]}\n"
        return out
    }

    static let csvHeader = ["file", "section", "name", "type", "gender", "by", "quotes", "words",
                            "direct_quotes", "reported_quotes", "persons_quoted", "persons_mentioned"]

    /// Rows for one audit: its speakers, then one row per source type, kind and gender.
    static func csvRows(_ a: SourceAudit, file: String) -> [[String]] {
        var rows: [[String]] = []
        for s in a.speakers {
            rows.append([file, "speaker", s.name, s.type.rawValue, s.gender?.gender.rawValue ?? "", s.gender?.by?.rawValue ?? "",
                         "\(s.all.quotes)", "\(s.all.words)", "\(s.direct.quotes)", "\(s.reported.quotes)", "", ""])
        }
        for (t, _) in typeLabels {
            let v = a.byType[t] ?? Tally()
            rows.append([file, "type", t.rawValue, t.rawValue, "", "", "\(v.quotes)", "\(v.words)", "", "", "", ""])
        }
        rows.append([file, "kind", "direct", "", "", "", "\(a.direct.quotes)", "\(a.direct.words)", "", "", "", ""])
        rows.append([file, "kind", "reported", "", "", "", "\(a.reported.quotes)", "\(a.reported.words)", "", "", "", ""])
        let byGender = a.byGender
        for g in Gender.allCases {
            let p = a.persons(g), v = byGender[g] ?? Tally()
            rows.append([file, "gender", g.rawValue, "person", g.rawValue, "", "\(v.quotes)", "\(v.words)", "", "", "\(p.quoted)", "\(p.mentioned)"])
        }
        rows.append([file, "total", "", "", "", "", "\(a.total.quotes)", "\(a.total.words)", "\(a.direct.quotes)", "\(a.reported.quotes)",
                     "\(a.quotedPersons.count)", "\(a.mentionedPersons.count)"])
        return rows
    }
}
