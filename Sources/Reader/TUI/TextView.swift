// The article as screen lines, wrapped lazily: a paragraph is wrapped only when it is
// looked at, and the result is cached until the width changes. Lines are addressed as
// (visible paragraph, line) positions; each paragraph is followed by one blank separator
// line (except the last). The reading position survives re-wrapping as a byte offset.
import Model

struct LinePos: Hashable, Comparable, Sendable {
    /// Index into `TextView.visible`.
    var vis: Int
    /// Line within the paragraph; `== lineCount` is the separator line after it.
    var line: Int
    static func < (a: LinePos, b: LinePos) -> Bool { (a.vis, a.line) < (b.vis, b.line) }
}

final class TextView {
    let bytes: [UInt8]
    let paragraphs: [Paragraph]
    /// Paragraph indices shown, in order (all, or those kept by a filter that hides others).
    private(set) var visible: [Int]
    private(set) var width: Int
    /// Wrapped line starts per paragraph, valid when `cacheWidth[p] == width`: a width
    /// change costs nothing until a paragraph is looked at again (no O(paragraphs) reset).
    private var cache: [[Int]]
    private var cacheWidth: [Int32]
    /// Number of paragraphs wrapped since the last width change (for tests and the benchmark).
    private(set) var wrapCount = 0

    init(bytes: [UInt8], paragraphs: [Paragraph], width: Int) {
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.width = max(1, width)
        visible = Array(paragraphs.indices)
        cache = Array(repeating: [], count: paragraphs.count)
        cacheWidth = Array(repeating: 0, count: paragraphs.count)
    }

    var isEmpty: Bool { visible.isEmpty }

    func setWidth(_ w: Int) {
        let w = max(1, w)
        guard w != width else { return }
        width = w
        wrapCount = 0
    }

    func setVisible(_ paras: [Int]) { visible = paras }

    /// Line start offsets of paragraph `p` at the current width.
    func lines(ofParagraph p: Int) -> [Int] {
        if cacheWidth[p] == Int32(clamping: width) { return cache[p] }
        let c = Wrap.lineStarts(bytes, paragraphs[p].span, width: width)
        cache[p] = c
        cacheWidth[p] = Int32(clamping: width)
        wrapCount += 1
        return c
    }

    func lineCount(vis: Int) -> Int { lines(ofParagraph: visible[vis]).count }

    /// The byte range of a text line (nil for a separator line).
    func range(_ pos: LinePos) -> (start: Int, end: Int)? {
        let p = visible[pos.vis]
        let starts = lines(ofParagraph: p)
        guard pos.line < starts.count else { return nil }
        let end = pos.line + 1 < starts.count ? starts[pos.line + 1] : paragraphs[p].span.end
        return (starts[pos.line], end)
    }

    /// The byte offset a position stands for (a separator stands for its paragraph's end).
    func offset(_ pos: LinePos) -> Int {
        guard !visible.isEmpty else { return 0 }
        if let r = range(pos) { return r.start }
        return paragraphs[visible[pos.vis]].span.end
    }

    var first: LinePos { LinePos(vis: 0, line: 0) }
    var last: LinePos {
        guard !visible.isEmpty else { return first }
        return LinePos(vis: visible.count - 1, line: lineCount(vis: visible.count - 1) - 1)
    }

    func next(_ pos: LinePos) -> LinePos? {
        guard !visible.isEmpty else { return nil }
        let n = lineCount(vis: pos.vis)
        if pos.line < n - 1 { return LinePos(vis: pos.vis, line: pos.line + 1) }
        if pos.vis + 1 >= visible.count { return nil }
        if pos.line == n - 1 { return LinePos(vis: pos.vis, line: n) }   // separator
        return LinePos(vis: pos.vis + 1, line: 0)
    }

    func previous(_ pos: LinePos) -> LinePos? {
        guard !visible.isEmpty else { return nil }
        if pos.line > 0 { return LinePos(vis: pos.vis, line: pos.line - 1) }
        if pos.vis == 0 { return nil }
        return LinePos(vis: pos.vis - 1, line: lineCount(vis: pos.vis - 1))   // separator above
    }

    /// Moves `count` lines (negative: up), stopping at the ends.
    func move(_ pos: LinePos, by count: Int) -> LinePos {
        var p = pos
        if count > 0 {
            for _ in 0..<count { guard let n = next(p) else { break }; p = n }
        } else if count < 0 {
            for _ in 0..<(-count) { guard let n = previous(p) else { break }; p = n }
        }
        return p
    }

    /// The highest top line that still fills a pane of `height` lines (the last page).
    func maxTop(height: Int) -> LinePos { move(last, by: -(max(1, height) - 1)) }

    /// The line holding byte `offset`: the paragraph containing it (or the next visible one),
    /// then the wrapped line containing it.
    func position(ofOffset offset: Int) -> LinePos {
        guard !visible.isEmpty else { return first }
        // First visible paragraph whose span ends after offset.
        let lo = Bisect.first(visible.count) { paragraphs[visible[$0]].span.end > offset }
        if lo >= visible.count { return last }
        let starts = lines(ofParagraph: visible[lo])
        if offset <= starts[0] { return LinePos(vis: lo, line: 0) }
        // The last line starting at or before the offset.
        return LinePos(vis: lo, line: Bisect.first(starts.count) { starts[$0] > offset } - 1)
    }

    /// Lines from `pos` (inclusive) to `other` (exclusive), walking at most `limit` lines.
    func distance(from pos: LinePos, to other: LinePos, limit: Int) -> Int? {
        var p = pos, n = 0
        if other < pos {
            while p != other {
                guard let q = previous(p), n < limit else { return nil }
                p = q; n -= 1
                if -n > limit { return nil }
            }
            return n
        }
        while p != other {
            guard let q = next(p), n < limit else { return nil }
            p = q; n += 1
        }
        return n
    }
}
