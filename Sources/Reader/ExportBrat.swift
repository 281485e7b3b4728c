// brat standoff in PolNeAR's scheme: per quote, T lines for its Source, Cue and Content
// (discontinuous content as "s e;s e"), a T line `Attribution` on its cue (the trigger), and an
// E line linking them. Offsets are code points into NAME.txt, which holds the analysed text.
// A span is cut at line breaks into fragments, so no T line's text holds a newline.
import Model

enum ExportBrat {
    /// The .ann text for one analysed article.
    static func ann(_ analysis: Analysis) -> String {
        let doc = analysis.document
        var offsets: [Int] = []
        for q in analysis.quotes {
            for p in q.parts { offsets += [p.start, p.end] }
            if let c = q.cue { offsets += [c.start, c.end] }
            if let s = q.speaker { offsets += [s.span.start, s.span.end] }
        }
        // Line breaks split fragments: collect their offsets too.
        for (i, b) in doc.bytes.enumerated() where b == 0x0A || b == 0x0D { offsets += [i, i + 1] }
        let cp = CodePoints(doc.bytes, offsets)
        var out = "", t = 0, e = 0
        func tLine(_ type: String, _ spans: [Span]) -> String? {
            let fragments = spans.flatMap { lineFragments($0, doc.bytes) }
            guard !fragments.isEmpty else { return nil }
            t += 1
            let ranges = fragments.map { "\(cp[$0.start]) \(cp[$0.end])" }.joined(separator: ";")
            let text = fragments.map { doc.string($0) }.joined(separator: " ")
            out += "T\(t)\t\(type) \(ranges)\t\(text)\n"
            return "T\(t)"
        }
        for q in analysis.quotes {
            let source = q.speaker.flatMap { tLine("Source", [$0.span]) }
            let cue = q.cue.flatMap { tLine("Cue", [$0]) }
            guard let content = tLine("Content", q.parts) else { continue }
            let trigger = tLine("Attribution", [q.cue ?? q.speaker?.span ?? q.parts[0]])!
            e += 1
            out += "E\(e)\tAttribution:\(trigger) Content:\(content)"
                + (cue.map { " Cue:\($0)" } ?? "") + (source.map { " Source:\($0)" } ?? "") + "\n"
        }
        return out
    }

    /// The non-empty pieces of a span between line breaks, trimmed of spaces at their ends.
    static func lineFragments(_ s: Span, _ bytes: [UInt8]) -> [Span] {
        var out: [Span] = [], start = s.start
        func close(_ end: Int) {
            var a = start, b = end
            while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
            if a < b { out.append(Span(a, b)) }
        }
        for i in s.start..<min(s.end, bytes.count) where bytes[i] == 0x0A || bytes[i] == 0x0D {
            close(i); start = i + 1
        }
        close(min(s.end, bytes.count))
        return out
    }
}
