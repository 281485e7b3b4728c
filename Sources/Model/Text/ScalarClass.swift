// The Unicode properties the passes ask of a scalar, looked up in a table for the scalars
// below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic: every two-byte UTF-8 sequence) and for
// General Punctuation, U+2000-U+206F (curly quotes, dashes, spaces: in almost every article).
// The standard library answers each question with a search of its property tables, which
// took a fifth of the time on text in those scripts; the table is built once from the
// same properties, so the answers are the same.

enum ScalarClass {
    private static let word: UInt8 = 1, upper: UInt8 = 2, space: UInt8 = 4, numeric: UInt8 = 8
    private static let tableEnd: UInt32 = 0x800
    private static let punctuationStart: UInt32 = 0x2000, punctuationEnd: UInt32 = 0x2070

    private static let table: [UInt8] = (0..<tableEnd).map(flags)
    private static let punctuationTable: [UInt8] = (punctuationStart..<punctuationEnd).map(flags)

    private static func flags(_ v: UInt32) -> UInt8 {
        guard let s = Unicode.Scalar(v) else { return 0 }
        let p = s.properties
        var flags: UInt8 = 0
        if v != 0xFFFD && (p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark) {
            flags |= word
        }
        if p.isUppercase { flags |= upper }
        if p.isWhitespace { flags |= space }
        if p.numericType != nil { flags |= numeric }
        return flags
    }

    /// The table's answer, or nil above it. The standard library's answer is asked in a
    /// separate, never-inlined function: its property types are resilient, and inlined they
    /// made every caller (the tokenizer's word loop) fetch their type metadata on entry.
    @inline(__always)
    private static func tabled(_ s: Unicode.Scalar, _ flag: UInt8) -> Bool? {
        if s.value < tableEnd { return table[Int(s.value)] & flag != 0 }
        if s.value >= punctuationStart && s.value < punctuationEnd {
            return punctuationTable[Int(s.value - punctuationStart)] & flag != 0
        }
        return nil
    }

    // The standard library's answers above the tables, never inlined (see `tabled`).
    @inline(never) private static func slowIsWord(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
    @inline(never) private static func slowIsUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
    @inline(never) private static func slowIsWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
    @inline(never) private static func slowIsNumeric(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

    /// A letter, digit or combining mark: what a word is made of (U+FFFD is not).
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xFFFD { return false }
        return tabled(s, word) ?? slowIsWord(s)
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool { tabled(s, upper) ?? slowIsUppercase(s) }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { tabled(s, space) ?? slowIsWhitespace(s) }

    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool { tabled(s, numeric) ?? slowIsNumeric(s) }
}
