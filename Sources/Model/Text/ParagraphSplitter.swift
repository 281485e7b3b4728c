// Pass 1: paragraphs. A file either puts one paragraph on each line, or separates
// paragraphs with blank lines (and wraps lines inside them); decide which per file.

enum ParagraphSplitter {
    static func split(_ bytes: [UInt8]) -> [Paragraph] {
        let lines = lineSpans(bytes)
        let blankSeparated = isHardWrapped(bytes, lines)
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
        if paragraphs.count >= 2 && isHeadline(bytes, paragraphs[0].span, next: paragraphs[1].span) {
            paragraphs[0].isHeadline = true
        }
        let body = paragraphs.first?.isHeadline == true ? 1 : 0
        if body < paragraphs.count { paragraphs[body].dateline = dateline(bytes, paragraphs[body].span) }
        return paragraphs
    }

    /// A file of blank-line separated, hard-wrapped paragraphs has blank lines between blocks,
    /// and inside its blocks most lines run on into the next: a long line that does not end a
    /// sentence, or a line followed by one that starts in lowercase.
    private static func isHardWrapped(_ bytes: [UInt8], _ lines: [Span]) -> Bool {
        var sawText = false, gapAfterText = false, interiorGap = false
        var pairs = 0, runOns = 0
        var previous: Span? = nil
        for line in lines {
            let t = trim(bytes, line)
            if t.isEmpty {
                if sawText { gapAfterText = true }
                previous = nil
                continue
            }
            if gapAfterText { interiorGap = true }
            sawText = true
            if let p = previous {
                pairs += 1
                let last = bytes[p.end - 1]
                let endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A
                    || last == 0x9D  // the last byte of ”
                let first = bytes[t.start]
                if (p.length >= 30 && !endsSentence) || (first >= 0x61 && first <= 0x7A) { runOns += 1 }
            }
            previous = t
        }
        return interiorGap && pairs > 0 && runOns * 2 >= pairs
    }

    /// The first paragraph is a headline when it is short and either lacks a final period, is in
    /// title case, or is shorter than the paragraph after it.
    static func isHeadline(_ bytes: [UInt8], _ span: Span, next: Span) -> Bool {
        var words = 0, capitalised = 0, inWord = false
        for i in span.start..<span.end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { inWord = false; continue }
            if !inWord {
                words += 1
                if b >= 0x41 && b <= 0x5A { capitalised += 1 }
                inWord = true
            }
        }
        guard words > 0 && words <= 20 && span.length <= 220 else { return false }
        let last = bytes[span.end - 1]
        if last != 0x2E { return true }
        if capitalised * 2 > words && words >= 3 { return true }
        return next.length > span.length * 3 / 2
    }

    /// A dateline: a short place (and date, and agency) ending in a dash near the paragraph's
    /// start, in capitals or with an agency in brackets: "WASHINGTON —", "NEW YORK, Dec. 22 (UPI) —",
    /// "Philadelphia (AFP) –".
    static func dateline(_ bytes: [UInt8], _ span: Span) -> Span? {
        let limit = min(span.end, span.start + 80)
        var i = span.start, words = 0, inWord = false, capsWord = false, firstWordCaps = false
        var agency = false, letters = 0
        guard i < limit, bytes[i] >= 0x41 && bytes[i] <= 0x5A else { return nil }
        while i < limit {
            let b = bytes[i]
            // The dash: — or – (UTF-8 E2 80 94 / 93), or a spaced "-" or "--".
            var dashEnd = 0
            if b == 0xE2, i + 2 < span.end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93 { dashEnd = i + 3 }
            if b == 0x2D, i > span.start, bytes[i - 1] == 0x20 {
                var j = i
                while j < span.end && bytes[j] == 0x2D { j += 1 }
                if j < span.end && bytes[j] == 0x20 { dashEnd = j }
            }
            if dashEnd > 0 {
                if inWord && words == 1 { firstWordCaps = capsWord && letters >= 2 }
                guard words >= 1 && words <= 8 && (firstWordCaps || agency) else { return nil }
                return Span(span.start, dashEnd)
            }
            if b == 0x20 {
                if inWord { words += 1; if words == 1 { firstWordCaps = capsWord && letters >= 2 } }
                inWord = false
            } else if b == 0x21 || b == 0x3F || b == 0x22 || b >= 0x80 {
                return nil  // a sentence, a quotation or other text: no dateline
            } else {
                if !inWord { capsWord = true; letters = 0 }
                inWord = true
                if b >= 0x61 && b <= 0x7A { capsWord = false }
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { letters += 1 }
                if b == 0x28, i + 2 < limit, bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5A { agency = true }
            }
            i += 1
        }
        return nil
    }

    /// Lines split at \n, \r\n or a lone \r, without the line end. Eight bytes at a time
    /// between line ends (a line is a paragraph: hundreds of bytes).
    static func lineSpans(_ bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        var start = 0, i = 0
        let n = bytes.count
        bytes.withUnsafeBytes { raw in
            while i < n {
                while i + 8 <= n && !hasLineEnd(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                guard i < n else { break }
                let b = raw[i]
                if b == 0x0A || b == 0x0D {
                    spans.append(Span(start, i))
                    if b == 0x0D && i + 1 < n && raw[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
        }
        if start < n { spans.append(Span(start, n)) }
        return spans
    }

    /// Whether any of the eight bytes is \n or \r (the exact test for a zero byte, on the word
    /// XORed with each).
    @inline(__always)
    private static func hasLineEnd(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let lf = w ^ (ones &* 0x0A), cr = w ^ (ones &* 0x0D)
        return ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0
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
