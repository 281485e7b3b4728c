// The one UTF-8 scalar decoder: the Tokenizer, the TUI and the plain report all read text as
// bytes and decode a scalar only where a byte is not ASCII.

public enum UTF8Scalars {
    /// The scalar at byte offset `i` (reading no byte at or past `end`) and its length in
    /// bytes. A byte that does not start a well-formed sequence (stray continuation, overlong
    /// form, surrogate, above U+10FFFF, cut short) decodes as U+FFFD of length 1.
    @inlinable @inline(__always)
    public static func decode<Bytes: RandomAccessCollection>(_ b: Bytes, _ i: Int, _ end: Int)
        -> (value: UInt32, length: Int) where Bytes.Element == UInt8, Bytes.Index == Int {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        if c0 >= 0xC2 && c0 < 0xE0 && i + 1 < end {
            let c1 = UInt32(b[i + 1])
            if c1 & 0xC0 == 0x80 { return ((c0 & 0x1F) << 6 | (c1 & 0x3F), 2) }
        } else if c0 >= 0xE0 && c0 < 0xF0 && i + 2 < end {
            let c1 = UInt32(b[i + 1]), c2 = UInt32(b[i + 2])
            if c1 & 0xC0 == 0x80 && c2 & 0xC0 == 0x80 {
                let v = (c0 & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F)
                if v >= 0x800 && !(0xD800...0xDFFF).contains(v) { return (v, 3) }
            }
        } else if c0 >= 0xF0 && c0 < 0xF5 && i + 3 < end {
            let c1 = UInt32(b[i + 1]), c2 = UInt32(b[i + 2]), c3 = UInt32(b[i + 3])
            if c1 & 0xC0 == 0x80 && c2 & 0xC0 == 0x80 && c3 & 0xC0 == 0x80 {
                let v = (c0 & 0x07) << 18 | (c1 & 0x3F) << 12 | (c2 & 0x3F) << 6 | (c3 & 0x3F)
                if v >= 0x10000 && v <= 0x10FFFF { return (v, 4) }
            }
        }
        return (0xFFFD, 1)
    }

    /// `decode` over the whole array, as a `Unicode.Scalar` (always valid: surrogates and
    /// out-of-range values never come out of `decode`).
    @inlinable @inline(__always)
    public static func scalar(_ bytes: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let (v, n) = decode(bytes, i, bytes.count)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }
}
