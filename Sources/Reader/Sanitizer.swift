// Text from an article (or a file name) made safe to print: C0 and C1 controls, DEL, bidi
// overrides and line separators become visible placeholders, so no escape sequence, title,
// clipboard write or bell ever reaches the terminal from the text.

import Model

/// The one table of scalars that must not reach the terminal as they are, for both the TUI
/// (`Sanitize.display`) and the plain report (`Sanitizer`). The two differ only in how they
/// show a kind: the TUI draws one cell (a control picture or U+FFFD), the report spells
/// invisible controls out as "<U+202E>" and turns every line or page break into a space.
enum UnsafeScalar {
    enum Kind {
        case tab            // U+0009: the TUI expands it, the report writes a space
        case lineEnd        // LF, CR: a space in both
        case pageBreak      // VT, FF: the TUI draws their control picture, the report a space
        case control        // the other C0 controls and DEL: drawn as their control picture
        case directionalMark  // LRM, RLM: the TUI draws nothing (zero width), the report "<U+200E>"
        case invisible      // C1 controls, ALM, bidi embeddings/overrides/isolates, deprecated
                            // format controls, U+2028/9, interlinear annotation controls
    }

    /// nil for a scalar that is safe to show as it is.
    @inline(__always)
    static func kind(_ v: UInt32) -> Kind? {
        if v >= 0x20 && v < 0x7F { return nil }
        if v < 0x20 {
            switch v {
            case 0x09: return .tab
            case 0x0A, 0x0D: return .lineEnd
            case 0x0B, 0x0C: return .pageBreak
            default: return .control
            }
        }
        if v == 0x7F { return .control }
        if v <= 0x9F { return .invisible }                  // C1 controls (incl. CSI 0x9B, OSC 0x9D)
        if v < 0x2028 {
            if v == 0x061C { return .invisible }
            return v == 0x200E || v == 0x200F ? .directionalMark : nil
        }
        switch v {
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x206A...0x206F: return .invisible
        case 0xFFF9...0xFFFB: return .invisible
        default: return nil
        }
    }

    /// The Control Pictures glyph for a C0 control or DEL (ESC → ␛, BEL → ␇, NUL → ␀, DEL → ␡).
    @inline(__always)
    static func picture(_ v: UInt32) -> UInt32 { v == 0x7F ? 0x2421 : 0x2400 + v }
}

enum Sanitizer {
    /// `s` with every unsafe scalar replaced (see `appendVisible`); lines joined with spaces.
    static func visible(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendVisible(Array(s.utf8)[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `bytes` to `out` with every `UnsafeScalar` shown in the report's way: tabs
    /// and line or page breaks as a space; other C0 controls and DEL as their control picture;
    /// the invisible ones as "<U+XXXX>"; invalid bytes as U+FFFD.
    /// Works on bytes (no per-character String) so a 20 MB report stays linear.
    static func appendVisible(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        var runStart = i  // bytes copied as they are, in one go
        func flush(_ upTo: Int) { if runStart < upTo { out.append(contentsOf: bytes[runStart..<upTo]) } }
        while i < end {
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F { i += 1; continue }
            let (v, length) = UTF8Scalars.decode(bytes, i, end)
            let kind = UnsafeScalar.kind(v)
            if kind == nil && !(v == 0xFFFD && length == 1) { i += length; continue }
            flush(i)
            switch kind {
            case .tab, .lineEnd, .pageBreak: out.append(0x20)
            case .control: out.append(contentsOf: [0xE2, 0x90, UInt8(0x80 + UnsafeScalar.picture(v) - 0x2400)])
            case .directionalMark, .invisible: out.append(contentsOf: Array("<U+\(hex4(v))>".utf8))
            case nil: out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // an invalid byte
            }
            i += length; runStart = i
        }
        flush(end)
    }

    /// A message of several lines (usage, help, the argument parser's errors): line ends and
    /// tabs kept, every other unsafe scalar shown as in `appendVisible`.
    static func message(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
