import Testing
@testable import Model
@testable import Reader

@Suite struct WrapTests {
    func lines(_ text: String, _ width: Int) -> [String] {
        let bytes = Array(text.utf8)
        let starts = Wrap.lineStarts(bytes, Span(0, bytes.count), width: width)
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : bytes.count
            var s = String(decoding: bytes[starts[i]..<end], as: UTF8.self)
            while let c = s.unicodeScalars.last, Wrap.isBreakingSpace(c.value) { s.unicodeScalars.removeLast() }
            return s
        }
    }

    @Test func breaksAtSpaces() {
        #expect(lines("aaa bbb ccc", 7) == ["aaa bbb", "ccc"])
        #expect(lines("aaa bbb ccc", 8) == ["aaa bbb", "ccc"])
        #expect(lines("aaa bbb ccc", 11) == ["aaa bbb ccc"])
        #expect(lines("one two three four", 9) == ["one two", "three", "four"])
    }

    @Test func breaksMidWordOnlyWhenWiderThanTheLine() {
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(lines("a abcdefghij b", 4) == ["a", "abcd", "efgh", "ij b"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(lines("中文中文", 5) == ["中文", "中文"])
        #expect(lines("中文中文", 4) == ["中文", "中文"])
        #expect(lines("ab 中文", 5) == ["ab", "中文"])
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(lines("e\u{301}e\u{301}e\u{301}", 3) == ["e\u{301}e\u{301}e\u{301}"])
        #expect(lines("e\u{301}e\u{301}e\u{301}e", 3).count == 2)
    }

    @Test func emptyAndSpaceOnlyParagraphs() {
        #expect(lines("", 10) == [""])
        #expect(lines("     ", 3) == [""])
    }

    @Test func widthOneAndTinyWidthsTerminate() {
        #expect(lines("ab c", 1) == ["a", "b", "c"])
        #expect(lines("中", 1) == ["中"])
    }

    @Test func everyLineFitsAndNothingIsLost() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abc de fgh  中文 é\u{301} \t x😀y ".unicodeScalars)
        for _ in 0..<300 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...120, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
            let text = String(s)
            let width = Int.random(in: 2...30, using: &rng)
            let bytes = Array(text.utf8)
            let starts = Wrap.lineStarts(bytes, Span(0, bytes.count), width: width)
            #expect(starts.first == 0)
            #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
            for l in lines(text, width) { #expect(CellWidth.of(l) <= width, "\(l) wider than \(width)") }
            // Only whitespace is dropped at breaks.
            let kept = lines(text, width).joined().unicodeScalars.filter { !Wrap.isBreakingSpace($0.value) }
            let all = text.unicodeScalars.filter { !Wrap.isBreakingSpace($0.value) }
            #expect(String(String.UnicodeScalarView(kept)) == String(String.UnicodeScalarView(all)))
        }
    }
}
