import Testing
@testable import Model

@Suite struct ScalarClassTests {
    /// The table must answer exactly as the standard library's properties do, inside the
    /// table's range and past it.
    @Test func answersAsThePropertiesDo() {
        var checked = 0
        for v in UInt32(0)..<0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            let word = v != 0xFFFD && (p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark)
            #expect(ScalarClass.isWord(s) == word, "U+\(String(v, radix: 16))")
            #expect(ScalarClass.isUppercase(s) == p.isUppercase, "U+\(String(v, radix: 16))")
            #expect(ScalarClass.isWhitespace(s) == p.isWhitespace, "U+\(String(v, radix: 16))")
            #expect(ScalarClass.isNumeric(s) == (p.numericType != nil), "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked > 0x2000)
        #expect(!ScalarClass.isWord("\u{FFFD}"))
        #expect(ScalarClass.isUppercase("Ä") && !ScalarClass.isUppercase("ä"))
        #expect(ScalarClass.isWord("ж") && ScalarClass.isWord("\u{0301}"))
        #expect(ScalarClass.isWhitespace("\u{00A0}") && ScalarClass.isWhitespace("\u{2003}"))
    }
}
