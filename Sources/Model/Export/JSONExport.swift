// The JSON boundary: byte offsets become Unicode code points here, once, in one pass.

/// Converts UTF-8 byte offsets to code point offsets: collect every offset, sort them,
/// then count code points in one walk over the bytes.
struct CodePointOffsets {
    private var byteOffsets: [Int]
    private var codePoints: [Int]

    init(bytes: [UInt8], offsets: [Int]) {
        var sorted = offsets.sorted()
        var unique = 0  // deduplicate in place
        for o in sorted where unique == 0 || sorted[unique - 1] != o {
            sorted[unique] = o
            unique += 1
        }
        sorted.removeLast(sorted.count - unique)
        byteOffsets = sorted
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
        String(decoding: jsonBytes(analysis, file: file), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, written straight into one buffer (no per-span Strings):
    /// the export costs a fraction of the analysis even with tens of thousands of mentions.
    public static func jsonBytes(_ analysis: Analysis, file: String) -> [UInt8] {
        let doc = analysis.document
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * (doc.paragraphs.count + analysis.mentions.count + 4 * analysis.quotes.count))
        for p in doc.paragraphs { offsets.append(p.span.start); offsets.append(p.span.end) }
        for m in analysis.mentions { offsets.append(m.span.start); offsets.append(m.span.end) }
        for q in analysis.quotes {
            for part in q.parts { offsets.append(part.start); offsets.append(part.end) }
            if let c = q.cue { offsets.append(c.start); offsets.append(c.end) }
            if let s = q.speaker { offsets.append(s.span.start); offsets.append(s.span.end) }
        }
        let cp = CodePointOffsets(bytes: doc.bytes, offsets: offsets)
        var w = JSONWriter(capacity: 64 + 40 * offsets.count)
        func span(_ s: Span) {
            w.raw("\"start\": "); w.int(cp[s.start]); w.raw(", \"end\": "); w.int(cp[s.end])
        }
        // The words themselves, for a consumer that has no file to slice (a pipe).
        func text(_ s: Span) { w.raw(", \"text\": "); w.string(doc.string(s)) }

        w.raw("{\"file\": "); w.string(file); w.raw(", \"paragraphs\": [")
        for (i, p) in doc.paragraphs.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{"); span(p.span); w.raw("}")
        }
        w.raw("], \"actors\": [")
        let genders = GenderEvidence.calls(analysis)
        for (i, a) in analysis.actors.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{\"id\": \"a"); w.int(i + 1); w.raw("\", \"name\": "); w.string(a.name)
            w.raw(", \"kind\": \""); w.bytes(a.kind.rawValue.utf8); w.raw("\"")
            // A person's gender and the evidence for it (Audit/GenderEvidence.swift); "by": null when none.
            if a.kind == .person {
                w.raw(", \"gender\": \""); w.bytes(genders[i].gender.rawValue.utf8); w.raw("\", \"by\": ")
                if let by = genders[i].by { w.raw("\""); w.bytes(by.rawValue.utf8); w.raw("\"") } else { w.raw("null") }
            }
            // A group's place or party, or a family's person ("the Clintons"), when the text says.
            if let link = a.link { w.raw(", \"link\": \"a"); w.int(link + 1); w.raw("\"") }
            w.raw(", \"mentions\": [")
            for (k, m) in a.mentions.enumerated() {
                if k > 0 { w.raw(", ") }
                w.raw("{"); span(analysis.mentions[m].span)
                w.raw(", \"paragraph\": "); w.int(analysis.mentions[m].paragraph); w.raw("}")
            }
            w.raw("]}")
        }
        w.raw("], \"quotes\": [")
        for (i, q) in analysis.quotes.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{\"id\": \"q"); w.int(i + 1); w.raw("\", \"kind\": \""); w.bytes(q.kind.rawValue.utf8)
            w.raw("\", \"paragraph\": "); w.int(q.paragraph)
            w.raw(", \"rule\": \""); w.bytes(q.rule.rawValue.utf8); w.raw("\", \"content\": {"); span(q.content); text(q.content)
            if q.parts.count > 1 {
                w.raw(", \"parts\": [")
                for (k, part) in q.parts.enumerated() {
                    if k > 0 { w.raw(", ") }
                    w.raw("{"); span(part); text(part); w.raw("}")
                }
                w.raw("]")
            }
            w.raw("}, \"cue\": ")
            if let c = q.cue { w.raw("{"); span(c); text(c); w.raw("}") } else { w.raw("null") }
            w.raw(", \"speaker\": ")
            if let s = q.speaker {
                w.raw("{"); span(s.span); w.raw(", \"text\": "); w.string(speakerText(doc, s.span)); w.raw(", \"actor\": ")
                if let a = s.actor { w.raw("\"a"); w.int(a + 1); w.raw("\"") } else { w.raw("null") }
                w.raw("}")
            } else { w.raw("null") }
            w.raw(", \"confidence\": \""); w.bytes(q.confidence.rawValue.utf8); w.raw("\", \"doubts\": [")
            for (k, d) in q.doubts.enumerated() { w.raw(k > 0 ? ", \"" : "\""); w.bytes(d.rawValue.utf8); w.raw("\"") }
            w.raw("]}")
        }
        w.raw("]}")
        return w.out
    }

    /// A speaker's text is cut to this many bytes (and "…"): every quote repeats it, so a huge
    /// speaker phrase would otherwise multiply the output. The span still gives the whole phrase.
    static let maxSpeakerTextBytes = 300

    static func speakerText(_ doc: Document, _ span: Span) -> String {
        guard span.length > maxSpeakerTextBytes else { return doc.string(span) }
        var end = span.start + maxSpeakerTextBytes
        while end > span.start && doc.bytes[end] & 0xC0 == 0x80 { end -= 1 }  // a scalar's start
        return doc.string(Span(span.start, end)) + "…"
    }

    /// A JSON string literal; control characters are escaped, so no raw ESC ever reaches a terminal.
    public static func quoted(_ s: String) -> String {
        var w = JSONWriter(capacity: s.utf8.count + 2)
        w.string(s)
        return String(decoding: w.out, as: UTF8.self)
    }
}

/// Appends JSON text to a byte buffer.
struct JSONWriter {
    var out: [UInt8] = []

    init(capacity: Int) { out.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    mutating func bytes<C: Collection>(_ c: C) where C.Element == UInt8 { out.append(contentsOf: c) }

    /// A non-negative or negative integer in decimal.
    mutating func int(_ value: Int) {
        if value < 0 { out.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[n] = 0x30 + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// A string literal: quote, backslash and control characters escaped; so are DEL, C1 controls,
    /// U+2028/2029 and the bidi embeddings, overrides and isolates, so the JSON is safe to print.
    mutating func string(_ s: String) {
        out.append(0x22)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out.append(0x5C); out.append(0x22)
            case "\\": out.append(0x5C); out.append(0x5C)
            case "\n": out.append(0x5C); out.append(0x6E)
            case "\r": out.append(0x5C); out.append(0x72)
            case "\t": out.append(0x5C); out.append(0x74)
            default:
                let v = u.value
                if v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x2028 && v <= 0x2029)
                    || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) {
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(0x5C); out.append(0x75)
                    for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
                } else if v < 0x80 {
                    out.append(UInt8(v))
                } else if v < 0x800 {
                    out.append(0xC0 | UInt8(v >> 6)); out.append(0x80 | UInt8(v & 0x3F))
                } else if v < 0x10000 {
                    out.append(0xE0 | UInt8(v >> 12)); out.append(0x80 | UInt8((v >> 6) & 0x3F))
                    out.append(0x80 | UInt8(v & 0x3F))
                } else {
                    out.append(0xF0 | UInt8(v >> 18)); out.append(0x80 | UInt8((v >> 12) & 0x3F))
                    out.append(0x80 | UInt8((v >> 6) & 0x3F)); out.append(0x80 | UInt8(v & 0x3F))
                }
            }
        }
        out.append(0x22)
    }
}
