// The screen as data: a grid of styled cells that the backend draws and tests read as text.

/// A terminal colour: the default (`none`), or an index into the terminal's palette (0–7 the
/// basic colours every colour terminal has, 16–255 the xterm-256 cube and greys).
struct Color: Hashable, Sendable {
    /// -1 for the terminal's default colour.
    let index: Int16
    init(_ index: Int16) { self.index = index }

    static let none = Color(-1)
    static let black = Color(0), red = Color(1), green = Color(2), yellow = Color(3)
    static let blue = Color(4), magenta = Color(5), cyan = Color(6), white = Color(7)
}

struct Attrs: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = Attrs(rawValue: 1)
    static let underline = Attrs(rawValue: 2)
    static let reverse = Attrs(rawValue: 4)
    static let dim = Attrs(rawValue: 8)
    static let italic = Attrs(rawValue: 16)
}

struct Style: Hashable, Sendable {
    var fg: Color = .none
    var bg: Color = .none
    var attrs: Attrs = []

    static let plain = Style()
    init(fg: Color = .none, bg: Color = .none, attrs: Attrs = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }
}

/// One terminal cell: the characters drawn in it (a base scalar plus any combining marks)
/// and its style. The right half of a wide character is a `continuation` cell.
struct Cell: Hashable, Sendable {
    var text: String
    var style: Style
    static let blank = Cell(text: " ", style: .plain)
    static let continuation = Cell(text: "", style: .plain)
    var isContinuation: Bool { text.isEmpty }
}

struct Grid: Equatable, Sendable {
    let width: Int
    let height: Int
    var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// Fills a rectangle with one style (blanks).
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for yy in y0..<y1 {
            breakWide(x: x0, y: yy)
            breakWide(x: x1 - 1, y: yy)
            for xx in x0..<x1 { cells[yy * width + xx] = Cell(text: " ", style: style) }
        }
    }

    /// Before a cell is overwritten: a wide character it is half of becomes a blank, so
    /// no left half is left without its right half (or the reverse) when panes overlap.
    @inline(__always)
    private mutating func breakWide(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation {
            if x > 0 { cells[i - 1].text = " " }
            cells[i].text = " "
        } else if x + 1 < width && cells[i + 1].isContinuation {
            cells[i + 1].text = " "
        }
    }

    /// Writes one sanitized scalar at (x, y); returns the next column. A wide character
    /// that does not fit before `limit` is drawn as a blank. Zero-width marks join the
    /// previous cell.
    @discardableResult
    mutating func put(_ value: UInt32, x: Int, y: Int, limit: Int, style: Style) -> Int {
        guard y >= 0, y < height, x >= 0 else { return x }
        let limit = min(limit, width)
        let v = Sanitize.display(value)
        if Sanitize.isInvisible(v) { return x }
        let w = CellWidth.of(v)
        if w == 0 {
            // Combining mark: attach to the cell before (if any, and not a placeholder blank).
            var px = x - 1
            while px >= 0 && cells[y * width + px].isContinuation { px -= 1 }
            if px >= 0, let s = Unicode.Scalar(v) {
                cells[y * width + px].text.unicodeScalars.append(s)
            }
            return x
        }
        guard x < limit else { return x }
        breakWide(x: x, y: y)
        if w == 2 && x + 1 < limit { breakWide(x: x + 1, y: y) }
        if v == 0x09 {
            var xx = x
            while xx < min(limit, x + w) { breakWide(x: xx, y: y); cells[y * width + xx] = Cell(text: " ", style: style); xx += 1 }
            return x + w
        }
        if w == 2 {
            if x + 1 >= limit {
                cells[y * width + x] = Cell(text: " ", style: style)
                return x + 2
            }
            cells[y * width + x] = Cell(text: String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")), style: style)
            cells[y * width + x + 1] = Cell(text: "", style: style)
            return x + 2
        }
        cells[y * width + x] = Cell(text: String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")), style: style)
        return x + 1
    }

    /// Writes a string from (x, y), clipped at `limit` (exclusive column); returns the next column.
    @discardableResult
    mutating func put(_ s: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        var xx = x
        for u in s.unicodeScalars {
            if xx >= limit { break }
            xx = put(u.value, x: xx, y: y, limit: limit, style: style)
        }
        return xx
    }

    /// The text of one row (continuation cells skipped), trailing blanks trimmed.
    func rowText(_ y: Int) -> String {
        var s = ""
        for c in row(y) where !c.isContinuation { s += c.text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row: what tests compare.
    var text: String { (0..<height).map(rowText).joined(separator: "\n") }

    func contains(_ needle: String) -> Bool { (0..<height).contains { rowText($0).contains(needle) } }
}

extension String {
    /// Truncates to at most `cells` columns, ending with "…" when cut.
    func truncated(toCells cells: Int) -> String {
        if cells <= 0 { return "" }
        if CellWidth.of(self) <= cells { return self }
        var out = String.UnicodeScalarView()
        var used = 0
        for u in unicodeScalars {
            let w = CellWidth.of(Sanitize.display(u.value))
            if used + w > cells - 1 { break }
            out.append(u)
            used += w
        }
        return String(out) + "…"
    }

    /// Cuts to at most `cells` columns keeping the start and the end, "…" between: names that
    /// share a long beginning stay apart.
    func middleTruncated(toCells cells: Int) -> String {
        if cells <= 0 { return "" }
        if CellWidth.of(self) <= cells { return self }
        let scalars = Array(unicodeScalars)
        let tailRoom = (cells - 1) / 2, headRoom = cells - 1 - tailRoom
        var head = String.UnicodeScalarView(), used = 0, i = 0
        while i < scalars.count {
            let w = CellWidth.of(Sanitize.display(scalars[i].value))
            if used + w > headRoom { break }
            head.append(scalars[i]); used += w; i += 1
        }
        var tail: [Unicode.Scalar] = [], tailUsed = 0, j = scalars.count - 1
        while j >= i {
            let w = CellWidth.of(Sanitize.display(scalars[j].value))
            if tailUsed + w > cells - 1 - used { break }
            tail.append(scalars[j]); tailUsed += w; j -= 1
        }
        return String(head) + "…" + String(String.UnicodeScalarView(tail.reversed()))
    }

    /// Pads with blanks to exactly `cells` columns (truncating first when longer).
    func padded(toCells cells: Int) -> String {
        let t = truncated(toCells: cells)
        let w = CellWidth.of(t)
        return w >= cells ? t : t + String(repeating: " ", count: cells - w)
    }
}
