// Word wrapping of one paragraph (a byte range of the document) at a column width.
// Breaks after whitespace; mid-word only for a word wider than the line.
import Model

/// The Model's byte range (not the standard library's Span).
typealias Span = Model.Span

enum Wrap {
    @inline(__always)
    static func isBreakingSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D }

    /// The byte offset where each wrapped line starts (at least one line, even when empty).
    /// A line ends where the next begins; whitespace at a break belongs to the line before
    /// and is not drawn past the width.
    static func lineStarts(_ bytes: [UInt8], _ span: Span, width: Int) -> [Int] {
        let width = max(1, width)
        let end = min(span.end, bytes.count)
        var starts = [span.start]
        var col = 0
        var breakAt = -1        // offset where the next word starts after the last space
        var breakCol = 0        // column at breakAt
        var i = span.start
        while i < end {
            let (v, n) = UTF8Scalars.decode(bytes, i, end)
            let d = Sanitize.display(v)
            let w = Sanitize.isInvisible(d) ? 0 : CellWidth.of(d)
            if isBreakingSpace(v) {
                if col + w > width {
                    // The space overflows: break here and skip the whole run of spaces.
                    var j = i + n
                    while j < end, isBreakingSpace(UInt32(bytes[j])) { j += 1 }
                    if j < end { starts.append(j) }
                    col = 0; breakAt = -1
                    i = j
                    continue
                }
                col += w
                i += n
                breakAt = i; breakCol = col
                continue
            }
            if w > 0 && col + w > width && col > 0 {
                if breakAt > starts[starts.count - 1] {
                    starts.append(breakAt)
                    col -= breakCol
                    breakAt = -1
                }
                if col + w > width && col > 0 {
                    starts.append(i)   // a word wider than the line: break inside it
                    col = 0
                    breakAt = -1
                }
            }
            col += w
            i += n
        }
        return starts
    }
}
