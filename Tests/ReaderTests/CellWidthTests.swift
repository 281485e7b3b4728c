import Testing
@testable import Reader

@Suite struct CellWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(CellWidth.of(UInt32(0x41)) == 1)
        #expect(CellWidth.of("Putin") == 5)
    }

    @Test func eastAsianWideAndEmojiAreTwo() {
        #expect(CellWidth.of(Unicode.Scalar("中")) == 2)
        #expect(CellWidth.of("中文") == 4)
        #expect(CellWidth.of(Unicode.Scalar("한")) == 2)
        #expect(CellWidth.of("😀") == 2)
        #expect(CellWidth.of("ｆｕｌｌ") == 8)
    }

    @Test func combiningAndZeroWidthAreZero() {
        #expect(CellWidth.of(UInt32(0x301)) == 0)
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(CellWidth.of(UInt32(0x200D)) == 0)
        #expect(CellWidth.of(UInt32(0xFE0F)) == 0)
        #expect(CellWidth.of("a\u{200B}b") == 2)
    }

    @Test func controlsArePlaceholdersOfOneColumn() {
        #expect(CellWidth.of("\u{1B}[2J") == 4)
        #expect(CellWidth.of(UInt32(0x09)) == CellWidth.tabWidth)
    }

    @Test func gridPutsWideCharactersAsTwoCells() {
        var g = Grid(width: 5, height: 1)
        let x = g.put("a中b", x: 0, y: 0, limit: 5, style: .plain)
        #expect(x == 4)
        #expect(g[1, 0].text == "中" && g[2, 0].isContinuation)
        #expect(g.rowText(0) == "a中b")
    }

    @Test func wideCharacterThatDoesNotFitIsABlank() {
        var g = Grid(width: 3, height: 1)
        g.put("ab中", x: 0, y: 0, limit: 3, style: .plain)
        #expect(g.rowText(0) == "ab")
        #expect(!g.cells.contains { $0.isContinuation })
    }

    @Test func combiningMarkJoinsThePreviousCell() {
        var g = Grid(width: 4, height: 1)
        g.put("e\u{301}x", x: 0, y: 0, limit: 4, style: .plain)
        #expect(g[0, 0].text == "e\u{301}")
        #expect(g[1, 0].text == "x")
    }

    @Test func truncationCountsCells() {
        #expect("中文中文".truncated(toCells: 5) == "中文…")
        #expect("abc".padded(toCells: 5) == "abc  ")
        #expect("abcdef".padded(toCells: 4) == "abc…")
    }
}

@Suite struct GridOverlapTests {
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(width: 6, height: 1)
        g.put("中文中", x: 0, y: 0, limit: 6, style: .plain)
        g.put("|", x: 1, y: 0, limit: 6, style: .plain)      // right half of 中
        g.put("|", x: 2, y: 0, limit: 6, style: .plain)      // left half of 文
        #expect(g.rowText(0) == " || 中")
        #expect(!g.cells.indices.contains { i in !g.cells[i].isContinuation && CellWidth.of(g.cells[i].text) == 2 && !(i + 1 < 6 && g.cells[i + 1].isContinuation) })
    }
}
