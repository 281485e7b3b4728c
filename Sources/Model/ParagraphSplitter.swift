// Pass 1: paragraphs. A file either puts one paragraph on each line, or separates
// paragraphs with blank lines (and wraps lines inside them); decide which per file.

enum ParagraphSplitter {
    static func split(_ bytes: [UInt8]) -> [Paragraph] {
        let lines = lineSpans(bytes)
        let blankSeparated = hasWrappedBlock(bytes, lines)
        var paragraphs: [Paragraph] = []
        var current: Span? = nil
        for line in lines {
            let trimmed = trim(bytes, line)
            if trimmed.isEmpty {
                if let c = current { paragraphs.append(Paragraph(span: c)); current = nil }
                continue
            }
            if blankSeparated, let c = current {
                current = Span(c.start, trimmed.end)
            } else {
                if let c = current { paragraphs.append(Paragraph(span: c)) }
                current = trimmed
            }
        }
        if let c = current { paragraphs.append(Paragraph(span: c)) }
        return paragraphs
    }

    /// A file of blank-line separated, hard-wrapped paragraphs has a blank line between two
    /// text lines somewhere, and a block of several lines whose lines are all short (wrapped).
    private static func hasWrappedBlock(_ bytes: [UInt8], _ lines: [Span]) -> Bool {
        var sawText = false, gapAfterText = false, interiorGap = false
        var blockLines = 0, blockShort = true, wrappedBlock = false
        for line in lines {
            if isBlank(bytes, line) {
                if blockLines >= 2 && blockShort { wrappedBlock = true }
                blockLines = 0; blockShort = true
                if sawText { gapAfterText = true }
                continue
            }
            if gapAfterText { interiorGap = true }
            sawText = true
            blockShort = blockShort && line.length <= 100
            blockLines += 1
        }
        if blockLines >= 2 && blockShort { wrappedBlock = true }
        return interiorGap && wrappedBlock
    }

    /// Lines split at \n, \r\n or a lone \r, without the line end.
    static func lineSpans(_ bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        var start = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                spans.append(Span(start, i))
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { spans.append(Span(start, n)) }
        return spans
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C }

    static func isBlank(_ bytes: [UInt8], _ span: Span) -> Bool { trim(bytes, span).isEmpty }

    static func trim(_ bytes: [UInt8], _ span: Span) -> Span {
        var s = span.start, e = span.end
        while s < e && isSpace(bytes[s]) { s += 1 }
        while e > s && isSpace(bytes[e - 1]) { e -= 1 }
        return Span(s, e)
    }
}
