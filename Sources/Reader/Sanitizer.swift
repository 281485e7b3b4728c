// Text from an article (or a file name) made safe to print: C0 and C1 controls, DEL, bidi
// overrides and line separators become visible placeholders, so no escape sequence, title,
// clipboard write or bell ever reaches the terminal from the text.

import Model

enum Sanitizer {
    /// `s` with every unsafe scalar replaced (see `appendVisible`); lines joined with spaces.
    static func visible(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendVisible(Array(s.utf8)[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `bytes` to `out` with: line ends and tabs as a space; other C0 controls as
    /// their control picture (ESC → ␛, BEL → ␇, NUL → ␀); DEL as ␡; C1 controls, bidi embeddings,
    /// overrides and isolates, and U+2028/9 as "<U+XXXX>"; invalid bytes as U+FFFD.
    /// Works on bytes (no per-character String) so a 20 MB report stays linear.
    static func appendVisible(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        var runStart = i  // bytes copied as they are, in one go
        func flush(_ upTo: Int) { if runStart < upTo { out.append(contentsOf: bytes[runStart..<upTo]) } }
        while i < end {
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F { i += 1; continue }
            if b < 0x80 {  // C0 control or DEL
                flush(i)
                switch b {
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: out.append(0x20)
                case 0x7F: out.append(contentsOf: [0xE2, 0x90, 0xA1])  // ␡
                default: out.append(contentsOf: [0xE2, 0x90, 0x80 + b])  // U+2400 + b
                }
                i += 1; runStart = i
                continue
            }
            let (value, width) = UTF8Scalars.decode(bytes, i, end)
            let scalar = value == 0xFFFD && width == 1 ? nil : Unicode.Scalar(value)  // nil: an invalid byte
            if let scalar, !isUnsafe(scalar) { i += width; continue }
            flush(i)
            if let scalar {
                out.append(contentsOf: Array("<U+\(hex4(scalar.value))>".utf8))
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
            i += width; runStart = i
        }
        flush(end)
    }

    /// Scalars a terminal would act on rather than show, or that reorder the text around them.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x061C: return true      // directional marks
        case 0x202A...0x202E, 0x2066...0x2069: return true  // embeddings, overrides, isolates
        case 0x2028, 0x2029: return true              // line and paragraph separators
        default: return false
        }
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
