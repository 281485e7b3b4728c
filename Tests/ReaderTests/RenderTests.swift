import Testing
import Model
@testable import Reader

/// Hostile and odd texts through the real Analyzer and the screen: nothing crashes, every
/// row fits the grid, nothing a terminal would interpret is drawn.
@Suite struct RenderTests {
    static let texts: [String] = [
        "",
        "\n\n\n\n",
        "Headline\r\n\r\nA line with CRLF. \"Quoted,\" she said.\r\nAnother\rlone CR.",
        "Tabs\tare\texpanded\tfor\tdisplay.\n\nForm\u{0C}feed and NUL \u{0} bytes.",
        String(repeating: "word ", count: 2_000) + String(repeating: "x", count: 10_000),
        "Zero\u{200B}width\u{200D}joiners, LRM\u{200E} and RLM\u{200F}, BOM\u{FEFF} inside.",
        "Bidi \u{202E}override\u{202C} and \u{2066}isolate\u{2069} and \u{061C}mark.",
        "Combining: e\u{301}e\u{301} a\u{308}\u{304} and Z\u{335}\u{321}\u{34D}a\u{337}l\u{336}g\u{334}o\u{335}.",
        "Emoji: 👩‍👩‍👧‍👦 👍🏽 🇺🇦 and CJK 中文字符 한국어 ｆｕｌｌ.",
        "Escapes: \u{1B}[2J \u{1B}]0;title\u{07} \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}P+q\u{1B}\\ \u{9B}31m \u{9D}0;x\u{9C} \u{7F}",
        "\"Unbalanced quote, she said.\n\n“Nested ‘quotes’ ” and «guillemets» never closed “ here",
    ]

    static func dangerous(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    @Test(arguments: texts.indices)
    func hostileTextRendersSafely(index: Int) {
        let analysis = Analyzer().analyze(Self.texts[index])
        for (w, h) in [(80, 24), (20, 5), (1, 1), (200, 50), (33, 7)] {
            let s = ReaderState(analysis: analysis, name: "hostile\u{1B}]0;x\u{07}.txt", colour: index % 2 == 0, width: w, height: h)
            for key in Key.sequence("njG}{nN/e\nnx\t\njl\nt?q") {
                _ = s.handle(key)
                let g = Screen.render(s)
                #expect(g.width == w && g.height == h)
                for c in g.cells {
                    for u in c.text.unicodeScalars { #expect(!Self.dangerous(u.value)) }
                }
                // A wide cell is always followed by its continuation; no row overflows.
                for y in 0..<h {
                    var x = 0
                    while x < w {
                        let c = g[x, y]
                        if !c.isContinuation && CellWidth.of(c.text) == 2 { #expect(x + 1 < w && g[x + 1, y].isContinuation) }
                        x += 1
                    }
                }
            }
        }
    }

    @Test func fiveThousandQuotesNavigateQuickly() {
        var paras: [String] = []
        for i in 0..<5_000 { paras.append("\"Statement number \(i) is here,\" said Ann Lee.") }
        let analysis = Analyzer().analyze(paras.joined(separator: "\n\n"))
        #expect(analysis.quotes.count >= 5_000)
        let s = ReaderState(analysis: analysis, name: "many.txt", colour: true, width: 200, height: 50)
        _ = s.handle(.ch("G"))
        _ = s.handle(.ch("N"))
        #expect(s.currentQuote == analysis.quotes.count - 1)
        _ = s.handle(.ch("g"))
        for _ in 0..<100 { _ = s.handle(.ch("n")) }
        #expect(s.currentQuoteOrdinal == 99)
        #expect(Screen.render(s).contains("quote 100/\(analysis.quotes.count)"))
    }

    @Test func wideCharactersAlignInTheTextPane() {
        let a = Fixture.analysis(["中文中文中文中文中文 ab 한국어한국어 😀😀😀😀"])
        let s = Fixture.state(a, 20, 6)
        let g = s.screen
        // Text width 18 (20 minus the gutter): lines break between wide characters, never inside.
        #expect(g.rowText(0) == "  中文中文中文中文中")
        #expect(g.rowText(1).hasPrefix("  文 ab"))
        for y in 0..<6 { #expect(CellWidth.of(g.rowText(y)) <= 20) }
    }
}
