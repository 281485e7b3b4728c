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

    @inline(__always)
    private static func has(_ s: Unicode.Scalar, _ flag: UInt8, _ slow: (Unicode.Scalar.Properties) -> Bool) -> Bool {
        if s.value < tableEnd { return table[Int(s.value)] & flag != 0 }
        if s.value >= punctuationStart && s.value < punctuationEnd {
            return punctuationTable[Int(s.value - punctuationStart)] & flag != 0
        }
        return slow(s.properties)
    }

    /// A letter, digit or combining mark: what a word is made of (U+FFFD is not).
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xFFFD { return false }
        return has(s, word) { $0.isAlphabetic || $0.numericType != nil || $0.generalCategory == .nonspacingMark }
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool { has(s, upper) { $0.isUppercase } }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { has(s, space) { $0.isWhitespace } }

    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool { has(s, numeric) { $0.numericType != nil } }
}
