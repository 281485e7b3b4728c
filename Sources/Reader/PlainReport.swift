// The plain-text report, for a pipe or a dumb terminal: paragraphs with quotes marked «…»
// and their speaker in brackets, then the actors and the quotes as lists. Article text goes
// through Sanitizer, so no control character or escape sequence is printed raw.
import Foundation
import Model

enum PlainReport {
    /// Lines are word-wrapped to $COLUMNS when set (20 or more), else 80, so a pager never
    /// splits a word.
    static func write(_ analysis: Analysis, name: String, env: [String: String] = ProcessInfo.processInfo.environment) {
        StandardOutput.write(render(analysis, name: name, width: width(env)))
    }

    static func width(_ env: [String: String]) -> Int {
        if let c = env["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), c >= 20 { return min(c, 10_000) }
        return 80
    }

    /// The whole report as UTF-8 bytes (built in one pass over the text: linear in its size),
    /// word-wrapped to `width` columns when given.
    static func render(_ analysis: Analysis, name: String, width: Int? = nil) -> [UInt8] {
        let out = renderLines(analysis, name: name)
        guard let w = width else { return out }
        return wrap(out, width: w)
    }

    private static func renderLines(_ analysis: Analysis, name: String) -> [UInt8] {
        let doc = analysis.document
        var out: [UInt8] = []
        out.reserveCapacity(doc.bytes.count + doc.bytes.count / 4 + 1024)
        Sanitizer.appendVisible(Array(name.utf8)[...], to: &out)
        out.append(contentsOf: Array("\n\n".utf8))
        appendParagraphs(analysis, to: &out)
        appendActors(analysis, to: &out)
        appendQuotes(analysis, to: &out)
        return out
    }

    // MARK: paragraphs with quotes marked

    /// An insertion into the text at `offset`, replacing `skip` bytes there (a quotation mark
    /// that «» stands in for). At one offset, closings come before openings.
    private struct Edit {
        var offset: Int
        var skip: Int
        var insert: [UInt8]
        var rank: Int
    }

    private static let openingMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "\u{00AB}", "'", "\u{201E}"]
    private static let closingMarks: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "\u{00BB}", "'"]

    private static func edits(_ analysis: Analysis) -> [Edit] {
        let doc = analysis.document
        let bytes = doc.bytes
        var edits: [Edit] = []
        edits.reserveCapacity(analysis.quotes.count * 3)
        for quote in analysis.quotes {
            for (i, part) in quote.parts.enumerated() {
                let start = max(0, min(part.start, bytes.count)), end = max(start, min(part.end, bytes.count))
                let before = markBefore(bytes, start)
                edits.append(Edit(offset: start - before, skip: before, insert: Array("«".utf8), rank: 1))
                var close = Array("»".utf8)
                if i == quote.parts.count - 1 { close += Array(" [\(speakerLabel(quote, analysis))]".utf8) }
                edits.append(Edit(offset: end, skip: markAfter(bytes, end), insert: close, rank: 0))
            }
        }
        edits.sort { ($0.offset, $0.rank) < ($1.offset, $1.rank) }
        return edits
    }

    /// The byte length of an opening quotation mark ending at `offset`, or 0.
    private static func markBefore(_ bytes: [UInt8], _ offset: Int) -> Int {
        var start = offset - 1
        while start > 0 && offset - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, start < offset else { return 0 }
        let s = String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars
        return s.count == 1 && openingMarks.contains(s.first!) ? offset - start : 0
    }

    /// The byte length of a closing quotation mark starting at `offset`, or 0.
    private static func markAfter(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        let b = bytes[offset]
        let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard offset + width <= bytes.count else { return 0 }
        let s = String(decoding: bytes[offset..<offset + width], as: UTF8.self).unicodeScalars
        return s.count == 1 && closingMarks.contains(s.first!) ? width : 0
    }

    private static func speakerLabel(_ quote: Quote, _ analysis: Analysis) -> String {
        guard let speaker = quote.speaker else { return "speaker unknown" }
        let text = Sanitizer.visible(analysis.document.string(speaker.span))
        if let a = speaker.actor, analysis.actors.indices.contains(a) {
            let name = Sanitizer.visible(analysis.actors[a].name)
            if name != text { return "\(text) → \(name)" }
        }
        return text
    }

    private static func appendParagraphs(_ analysis: Analysis, to out: inout [UInt8]) {
        let doc = analysis.document
        let bytes = doc.bytes
        let edits = edits(analysis)
        var e = 0
        for paragraph in doc.paragraphs {
            let start = max(0, min(paragraph.span.start, bytes.count))
            let end = max(start, min(paragraph.span.end, bytes.count))
            var cursor = start
            // Edits before this paragraph (a span outside every paragraph) are placed at its start.
            while e < edits.count && edits[e].offset <= end {
                let edit = edits[e]
                let at = max(cursor, min(edit.offset, end))
                if at > cursor { Sanitizer.appendVisible(bytes[cursor..<at], to: &out) }
                out.append(contentsOf: edit.insert)
                cursor = min(end, max(at, edit.offset + edit.skip))
                e += 1
            }
            if cursor < end { Sanitizer.appendVisible(bytes[cursor..<end], to: &out) }
            out.append(contentsOf: [0x0A, 0x0A])
        }
        while e < edits.count { out.append(contentsOf: edits[e].insert); e += 1 }
        if e > 0 && doc.paragraphs.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
    }

    // MARK: lists

    private static func appendActors(_ analysis: Analysis, to out: inout [UInt8]) {
        guard !analysis.actors.isEmpty else {
            out.append(contentsOf: Array("Actors: none\n\n".utf8))
            return
        }
        var text = "Actors (\(analysis.actors.count))\n"
        // Most mentioned first; ties keep the order of first appearance.
        let order = analysis.actors.indices.sorted {
            let a = analysis.actors[$0].mentions.count, b = analysis.actors[$1].mentions.count
            return a != b ? a > b : $0 < $1
        }
        for i in order {
            let actor = analysis.actors[i]
            let count = actor.mentions.count
            text += "  \(Sanitizer.visible(actor.name)) (\(actor.kind.rawValue), \(count) mention\(count == 1 ? "" : "s"))\n"
        }
        out.append(contentsOf: Array((text + "\n").utf8))
    }

    private static func appendQuotes(_ analysis: Analysis, to out: inout [UInt8]) {
        guard !analysis.quotes.isEmpty else {
            out.append(contentsOf: Array("Quotes: none\n".utf8))
            return
        }
        let doc = analysis.document
        out.append(contentsOf: Array("Quotes (\(analysis.quotes.count))\n".utf8))
        for (i, quote) in analysis.quotes.enumerated() {
            out.append(contentsOf: Array("  \(i + 1). [\(speakerLabel(quote, analysis))] \(quote.kind.rawValue), ¶ \(quote.paragraph + 1): «".utf8))
            for (k, part) in quote.parts.enumerated() {
                if k > 0 { out.append(contentsOf: Array(" … ".utf8)) }
                let start = max(0, min(part.start, doc.bytes.count)), end = max(start, min(part.end, doc.bytes.count))
                Sanitizer.appendVisible(doc.bytes[start..<end], to: &out)
            }
            out.append(contentsOf: Array("»\n".utf8))
        }
    }

    // MARK: wrapping

    /// Word-wraps every line of `text` to `width` columns. A continuation line is indented
    /// like its line's text ("  3. [Ann Lee] …" continues under "[Ann Lee]"); a word longer
    /// than the width stays whole on its own line. One pass: linear in the report's size.
    static func wrap(_ text: [UInt8], width: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 40 + 16)
        var i = 0
        while i < text.count {
            var end = i
            while end < text.count && text[end] != 0x0A { end += 1 }
            appendWrapped(text, i, end, width: width, to: &out)
            if end < text.count { out.append(0x0A) }
            i = end + 1
        }
        return out
    }

    private static func appendWrapped(_ t: [UInt8], _ start: Int, _ end: Int, width: Int, to out: inout [UInt8]) {
        if end - start <= width { out.append(contentsOf: t[start..<end]); return }   // bytes ≥ cells
        // Indent: leading spaces, plus a list number "12. " after them.
        var p = start
        while p < end && t[p] == 0x20 { p += 1 }
        var q = p
        while q < end && t[q] >= 0x30 && t[q] <= 0x39 { q += 1 }
        if q > p && q + 1 < end && t[q] == 0x2E && t[q + 1] == 0x20 { p = q + 2 }
        let indent = min(p - start, width / 2)
        out.append(contentsOf: t[start..<p])
        var col = p - start
        var i = p
        while i < end {
            var spaces = 0
            while i < end && t[i] == 0x20 { spaces += 1; i += 1 }
            guard i < end else { break }   // trailing spaces are dropped
            let wordStart = i
            var w = 0
            while i < end && t[i] != 0x20 {
                if t[i] < 0x80 { w += 1; i += 1; continue }
                let (v, n) = UTF8Scalars.decode(t, i, end)
                w += CellWidth.of(v)
                i += n
            }
            if col > indent && col + spaces + w > width {
                out.append(0x0A)
                out.append(contentsOf: repeatElement(0x20, count: indent))
                col = indent
            } else {
                out.append(contentsOf: repeatElement(0x20, count: spaces))
                col += spaces
            }
            out.append(contentsOf: t[wordStart..<i])
            col += w
        }
    }
}
