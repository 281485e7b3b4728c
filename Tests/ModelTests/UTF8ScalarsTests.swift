import Testing
import Model

@Suite struct UTF8ScalarsTests {
    func scalars(_ bytes: [UInt8]) -> [UInt32] {
        var out: [UInt32] = [], i = 0
        while i < bytes.count {
            let (v, n) = UTF8Scalars.decode(bytes, i, bytes.count)
            out.append(v); i += n
        }
        return out
    }

    @Test func decodesEveryLength() {
        let text = "aé中😀"
        #expect(scalars(Array(text.utf8)) == text.unicodeScalars.map(\.value))
        #expect(UTF8Scalars.scalar(Array("😀".utf8), 0) == ("😀", 4))
    }

    @Test func malformedBytesAreOneReplacementEach() {
        #expect(scalars([0xC0, 0x80]) == [0xFFFD, 0xFFFD])              // overlong NUL
        #expect(scalars([0xED, 0xA0, 0x80]) == [0xFFFD, 0xFFFD, 0xFFFD])  // surrogate
        #expect(scalars([0xF5, 0x80, 0x80, 0x80]).count == 4)           // above U+10FFFF
        #expect(scalars([0x41, 0xE4, 0xB8]) == [0x41, 0xFFFD, 0xFFFD])  // cut short
        #expect(scalars([0xE4, 0xB8, 0xAD]) == [0x4E2D])
        // `end` bounds the read even when the array goes on.
        #expect(UTF8Scalars.decode([0xE4, 0xB8, 0xAD], 0, 2) == (0xFFFD, 1))
        #expect(UTF8Scalars.decode(Array("xé".utf8)[1...], 1, 3) == (0xE9, 2))
    }
}
