// The JSON boundary: byte offsets become Unicode code points here, once, in one pass.

/// Converts UTF-8 byte offsets to code point offsets: collect every offset, sort them,
/// then count code points in one walk over the bytes.
struct CodePointOffsets {
    private var byteOffsets: [Int]
    private var codePoints: [Int]

    init(bytes: [UInt8], offsets: [Int]) {
        byteOffsets = Array(Set(offsets)).sorted()
        codePoints = []
        codePoints.reserveCapacity(byteOffsets.count)
        var count = 0, i = 0
        for target in byteOffsets {
            let stop = min(target, bytes.count)
            while i < stop {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            codePoints.append(count)
        }
    }

    subscript(_ byteOffset: Int) -> Int {
        var lo = 0, hi = byteOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if byteOffsets[mid] < byteOffset { lo = mid + 1 } else { hi = mid }
        }
        precondition(lo < byteOffsets.count && byteOffsets[lo] == byteOffset, "offset was not collected")
        return codePoints[lo]
    }
}

public enum JSONExport {
    /// One JSON object (one line) describing the analysis; see README for the schema.
    public static func json(_ analysis: Analysis, file: String) -> String {
        let doc = analysis.document
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * (doc.paragraphs.count + analysis.mentions.count + 4 * analysis.quotes.count))
        for p in doc.paragraphs { offsets += [p.span.start, p.span.end] }
        for m in analysis.mentions { offsets += [m.span.start, m.span.end] }
        for q in analysis.quotes {
            for part in q.parts { offsets += [part.start, part.end] }
            if let c = q.cue { offsets += [c.start, c.end] }
            if let s = q.speaker { offsets += [s.span.start, s.span.end] }
        }
        let cp = CodePointOffsets(bytes: doc.bytes, offsets: offsets)
        func span(_ s: Span) -> String { "\"start\": \(cp[s.start]), \"end\": \(cp[s.end])" }

        var out = "{\"file\": \(quoted(file)), \"paragraphs\": ["
        out += doc.paragraphs.map { "{\(span($0.span))}" }.joined(separator: ", ")
        out += "], \"actors\": ["
        out += analysis.actors.enumerated().map { i, a in
            let ms = a.mentions.map { m in
                "{\(span(analysis.mentions[m].span)), \"paragraph\": \(analysis.mentions[m].paragraph)}"
            }.joined(separator: ", ")
            return "{\"id\": \"a\(i + 1)\", \"name\": \(quoted(a.name)), \"kind\": \"\(a.kind.rawValue)\", \"mentions\": [\(ms)]}"
        }.joined(separator: ", ")
        out += "], \"quotes\": ["
        out += analysis.quotes.enumerated().map { i, q in
            var content = "{\(span(q.content))"
            if q.parts.count > 1 {
                content += ", \"parts\": [" + q.parts.map { "{\(span($0))}" }.joined(separator: ", ") + "]"
            }
            content += "}"
            let cue = q.cue.map { "{\(span($0))}" } ?? "null"
            let speaker = q.speaker.map { s in
                "{\(span(s.span)), \"text\": \(quoted(doc.string(s.span))), \"actor\": "
                    + (s.actor.map { "\"a\($0 + 1)\"" } ?? "null") + "}"
            } ?? "null"
            return "{\"id\": \"q\(i + 1)\", \"kind\": \"\(q.kind.rawValue)\", \"paragraph\": \(q.paragraph), "
                + "\"rule\": \"\(q.rule.rawValue)\", \"content\": \(content), \"cue\": \(cue), \"speaker\": \(speaker)}"
        }.joined(separator: ", ")
        out += "]}"
        return out
    }

    /// A JSON string literal; control characters are escaped, so no raw ESC ever reaches a terminal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || (u.value >= 0x7F && u.value <= 0x9F) || (u.value >= 0x2028 && u.value <= 0x2029)
                    || (u.value >= 0x202A && u.value <= 0x202E) || (u.value >= 0x2066 && u.value <= 0x2069) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
