// How many terminal columns a Unicode scalar takes (East Asian wide = 2, combining and
// zero-width = 0), and what is drawn in place of characters that must never reach the
// terminal (controls, bidi overrides). Pure Swift: testable without a terminal.

enum CellWidth {
    /// Columns taken by a tab (tabs are expanded to blanks for display).
    static let tabWidth = 4

    /// Display width of a scalar as drawn by the reader (after `Sanitize.display`).
    static func of(_ value: UInt32) -> Int {
        if value < 0x300 {
            if value == 0x09 { return tabWidth }
            return 1  // controls are drawn as one-column placeholders
        }
        if inTable(value, zeroWidthRanges) { return 0 }
        if value >= 0x1100 && inTable(value, wideRanges) { return 2 }
        return 1
    }

    static func of(_ scalar: Unicode.Scalar) -> Int { of(scalar.value) }

    /// Display width of a string (sum of its scalars' widths after sanitizing).
    static func of(_ string: String) -> Int {
        var total = 0
        for s in string.unicodeScalars {
            total += of(Sanitize.display(s.value))
        }
        return total
    }

    private static func inTable(_ value: UInt32, _ table: [ClosedRange<UInt32>]) -> Bool {
        var lo = 0, hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = table[mid]
            if value < r.lowerBound { hi = mid - 1 } else if value > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Combining marks, zero-width spaces and joiners, variation selectors, Hangul jamo
    /// medials/finals, tags: drawn with no column of their own.
    static let zeroWidthRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x05BF...0x05BF, 0x05C1...0x05C2,
        0x05C4...0x05C5, 0x05C7...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670,
        0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED, 0x0711...0x0711,
        0x0730...0x074A, 0x07A6...0x07B0, 0x07EB...0x07F3, 0x0816...0x082D, 0x0859...0x085B,
        0x08D3...0x08E1, 0x08E3...0x0902, 0x093A...0x093A, 0x093C...0x093C, 0x0941...0x0948,
        0x094D...0x094D, 0x0951...0x0957, 0x0962...0x0963, 0x0981...0x0981, 0x09BC...0x09BC,
        0x09C1...0x09C4, 0x09CD...0x09CD, 0x09E2...0x09E3, 0x0A01...0x0A02, 0x0A3C...0x0A3C,
        0x0A41...0x0A51, 0x0A70...0x0A71, 0x0A75...0x0A75, 0x0A81...0x0A82, 0x0ABC...0x0ABC,
        0x0AC1...0x0AC8, 0x0ACD...0x0ACD, 0x0AE2...0x0AE3, 0x0B01...0x0B01, 0x0B3C...0x0B3C,
        0x0B3F...0x0B3F, 0x0B41...0x0B44, 0x0B4D...0x0B4D, 0x0B56...0x0B56, 0x0B62...0x0B63,
        0x0B82...0x0B82, 0x0BC0...0x0BC0, 0x0BCD...0x0BCD, 0x0C00...0x0C00, 0x0C3E...0x0C40,
        0x0C46...0x0C56, 0x0C62...0x0C63, 0x0CBC...0x0CBC, 0x0CCC...0x0CCD, 0x0CE2...0x0CE3,
        0x0D00...0x0D01, 0x0D41...0x0D44, 0x0D4D...0x0D4D, 0x0D62...0x0D63, 0x0DCA...0x0DCA,
        0x0DD2...0x0DD6, 0x0E31...0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, 0x0EB1...0x0EB1,
        0x0EB4...0x0EBC, 0x0EC8...0x0ECD, 0x0F18...0x0F19, 0x0F35...0x0F35, 0x0F37...0x0F37,
        0x0F39...0x0F39, 0x0F71...0x0F7E, 0x0F80...0x0F84, 0x0F86...0x0F87, 0x0F8D...0x0FBC,
        0x0FC6...0x0FC6, 0x102D...0x1030, 0x1032...0x1037, 0x1039...0x103A, 0x103D...0x103E,
        0x1058...0x1059, 0x1160...0x11FF, 0x135D...0x135F, 0x1712...0x1714, 0x1732...0x1734,
        0x1752...0x1753, 0x1772...0x1773, 0x17B4...0x17B5, 0x17B7...0x17BD, 0x17C6...0x17C6,
        0x17C9...0x17D3, 0x17DD...0x17DD, 0x180B...0x180F, 0x18A9...0x18A9, 0x1920...0x1922,
        0x1927...0x1928, 0x1932...0x1932, 0x1939...0x193B, 0x1A17...0x1A18, 0x1AB0...0x1AFF,
        0x1B00...0x1B03, 0x1B34...0x1B34, 0x1B36...0x1B3A, 0x1B3C...0x1B3C, 0x1B42...0x1B42,
        0x1B6B...0x1B73, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2060...0x2064, 0x206A...0x206F,
        0x20D0...0x20FF, 0x2CEF...0x2CF1, 0x2D7F...0x2D7F, 0x2DE0...0x2DFF, 0x302A...0x302D,
        0x3099...0x309A, 0xA66F...0xA672, 0xA674...0xA67D, 0xA69E...0xA69F, 0xA6F0...0xA6F1,
        0xA802...0xA802, 0xA806...0xA806, 0xA80B...0xA80B, 0xA825...0xA826, 0xA8C4...0xA8C5,
        0xA8E0...0xA8F1, 0xFB1E...0xFB1E, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF,
        0x1D167...0x1D169, 0x1D173...0x1D182, 0x1D185...0x1D18B, 0x1D1AA...0x1D1AD,
        0xE0000...0xE0FFF,
    ]

    /// East Asian Wide and Fullwidth, and emoji shown in emoji presentation.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

/// Characters that could drive the terminal (ESC and the other C0 controls, DEL, C1
/// controls, bidi embeddings/overrides/isolates, line and paragraph separators) are
/// replaced by visible placeholders; nothing from the article reaches the terminal raw.
enum Sanitize {
    static let replacement: UInt32 = 0xFFFD

    /// The scalar value to draw for `value` (which scalars are unsafe: `UnsafeScalar`). Tab
    /// stays a tab (the renderer expands it); LRM/RLM stay (they take no cell and are not
    /// emitted); C1 and bidi controls become one U+FFFD cell.
    @inline(__always)
    static func display(_ value: UInt32) -> UInt32 {
        guard let kind = UnsafeScalar.kind(value) else { return value }
        switch kind {
        case .tab, .directionalMark: return value
        case .lineEnd: return 0x20                              // a stray line end inside a paragraph
        case .pageBreak, .control: return UnsafeScalar.picture(value)   // ␀ … ␛ … ␟, ␡
        case .invisible: return replacement
        }
    }

    /// True when a scalar takes no cell and must not be emitted on its own (joiners,
    /// zero-width spaces, LRM/RLM, BOM): the terminal would otherwise decide its width.
    @inline(__always)
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// Scalars of a name or phrase kept for display: more than any pane is wide, far less
    /// than a hostile 1 MB name.
    static let displayCap = 512

    /// A string safe to draw or to put in a status line: placeholders for controls,
    /// whitespace runs (incl. line ends) collapsed to one space; with `cap`, at most that
    /// many scalars are read (and "…" ends a string that was longer).
    static func line(_ s: String, cap: Int = .max) -> String {
        collapsingSpaces(s, cap: cap) { v in isInvisible(v) ? nil : Unicode.Scalar(display(v)) ?? "\u{FFFD}" }
    }

    /// Text for the clipboard: controls and bidi overrides removed, whitespace collapsed.
    static func clipboard(_ s: String) -> String {
        collapsingSpaces(s) { v in display(v) != v || isInvisible(v) ? nil : Unicode.Scalar(v) }
    }

    /// Each run of whitespace becomes one space; every other scalar goes through `keep`
    /// (nil drops it).
    private static func collapsingSpaces(_ s: String, cap: Int = .max, _ keep: (UInt32) -> Unicode.Scalar?) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = false
        var seen = 0
        for u in s.unicodeScalars {
            seen += 1
            if seen > cap { out.append("…"); break }
            let v = u.value
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            lastSpace = false
            if let k = keep(v) { out.append(k) }
        }
        return String(out)
    }
}

import Model

extension Document {
    /// The text of `span`, or of its first `maxBytes` bytes (cut back to a whole character).
    func prefixString(_ span: Span, maxBytes: Int) -> String {
        let start = max(0, min(span.start, bytes.count))
        var end = max(start, min(span.end, bytes.count, start + maxBytes))
        if end < min(span.end, bytes.count) { while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 } }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
