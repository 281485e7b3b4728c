import Foundation
import Testing
@testable import Reader

@Suite struct DecodingTests {
    @Test func utf8WithAndWithoutBOM() {
        let plain = TextDecoding.decode(Array("Zoë".utf8))
        #expect(plain.text == "Zoë" && plain.encoding == .utf8 && plain.warning == nil)
        let bom = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Zoë".utf8))
        #expect(bom.text == "Zoë" && bom.warning == nil)
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF]).text == "")
        #expect(TextDecoding.decode([]).text == "")
    }

    @Test func utf16BothByteOrders() {
        let text = "“Hi” 😀 é"
        let units = Array(text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoding.decode(le).text == text)
        #expect(TextDecoding.decode(le).encoding == .utf16LE)
        #expect(TextDecoding.decode(be).text == text)
        #expect(TextDecoding.decode(be).encoding == .utf16BE)
        let odd = TextDecoding.decode(le + [0x41])
        #expect(odd.text == text && odd.warning != nil)
    }

    @Test func windows1252Fallback() {
        let d = TextDecoding.decode([0x93, 0x80, 0x20, 0xE9, 0x94, 0x81, 0x9F])
        #expect(d.encoding == .windows1252)
        #expect(d.text == "“€ é”\u{81}Ÿ")
        #expect(d.warning == "not valid UTF-8; decoded as Windows-1252")
        // Latin-1 letters are the same code points.
        #expect(TextDecoding.decode([0x43, 0x61, 0x66, 0xE9]).text == "Café")
    }

    @Test func truncatedLastCharacterKeepsUTF8() {
        let bytes = Array("Zoë said 😀".utf8)
        let cut = TextDecoding.decode(Array(bytes.dropLast(2)))
        #expect(cut.encoding == .utf8)
        #expect(cut.text == "Zoë said ")
        #expect(cut.warning?.contains("truncated") == true)
    }

    /// The hand-written validator agrees with the standard library's on random byte strings
    /// (overlong forms, surrogates, values above U+10FFFF, stray continuation bytes).
    @Test func validatorAgreesWithStandardLibrary() {
        var rng = SplitMix(seed: 42)
        var tried = 0
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 12)
            let bytes = (0..<count).map { _ -> UInt8 in
                let r = rng.next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : UInt8(0x80 + (r >> 8) % 0x78)
            }
            let mine = TextDecoding.firstInvalidUTF8(bytes[...]) == nil
            let library = String(validating: bytes, as: UTF8.self) != nil
            #expect(mine == library, "\(bytes)")
            tried += 1
        }
        #expect(tried == 20_000)
    }

    @Test func binaryDetection() {
        #expect(TextDecoding.binaryReason([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1]) == "ELF executable")
        #expect(TextDecoding.binaryReason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == "PNG image")
        #expect(TextDecoding.binaryReason([0x50, 0x4B, 0x03, 0x04, 0x14]) == "zip archive")
        #expect(TextDecoding.binaryReason([0x1F, 0x8B, 8, 0]) == "gzip data")
        // Text with a few NULs and controls is still text.
        #expect(TextDecoding.binaryReason(Array("Some\u{0} text\u{7} with \u{1B}[2J a few\u{0} controls in it.".utf8)) == nil)
        #expect(TextDecoding.binaryReason([]) == nil)
        // UTF-16 text is half NULs, but has its BOM.
        #expect(TextDecoding.binaryReason([0xFF, 0xFE] + Array("text".utf8).flatMap { [$0, 0] }) == nil)
        // UTF-16 without a BOM, or random bytes, are not text.
        #expect(TextDecoding.binaryReason(Array("some text here".utf8).flatMap { [$0, 0] }) == "many NUL bytes")
        var rng = SplitMix(seed: 7)
        let random = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        #expect(TextDecoding.binaryReason(random) != nil)
    }
}

/// A small seeded generator (SplitMix64): deterministic across runs and platforms.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
