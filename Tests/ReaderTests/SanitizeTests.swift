import Testing
@testable import Model
@testable import Reader

@Suite struct SanitizeTests {
    @Test func controlsBecomeVisiblePlaceholders() {
        #expect(Sanitize.display(0x1B) == 0x241B)   // ␛
        #expect(Sanitize.display(0x07) == 0x2407)   // ␇
        #expect(Sanitize.display(0x00) == 0x2400)
        #expect(Sanitize.display(0x0C) == 0x240C)   // form feed
        #expect(Sanitize.display(0x7F) == 0x2421)   // ␡
        #expect(Sanitize.display(0x9B) == 0xFFFD)   // C1 CSI
        #expect(Sanitize.display(0x9D) == 0xFFFD)   // C1 OSC
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            #expect(Sanitize.display(v) == 0xFFFD)
        }
        #expect(Sanitize.display(0x41) == 0x41)
        #expect(Sanitize.display(0x4E2D) == 0x4E2D)
    }

    /// No scalar that a terminal interprets may be drawn, whatever the article holds.
    static func isDangerous(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    @Test func hostileArticleNeverReachesTheGridRaw() {
        let hostile = [
            "Title \u{1B}]0;pwned\u{07} here",
            "Clear \u{1B}[2J screen and \u{1B}]52;c;ZXZpbA==\u{07} clipboard",
            "C1 \u{9B}31m red \u{9D}2;x\u{9C} and \u{202E}reversed\u{202C} and \u{2066}iso\u{2069}",
            "Bell \u{07}\u{07} nul \u{0} del \u{7F} tab\tend form\u{0C}feed",
        ]
        let a = Fixture.analysis(hostile, quotes: [Fixture.Q(kind: .direct, content: "screen and \u{1B}]52")])
        for (w, h) in [(80, 12), (20, 5), (200, 20)] {
            let s = Fixture.state(a, w, h)
            _ = s.type("n")
            let g = s.screen
            for c in g.cells {
                for u in c.text.unicodeScalars { #expect(!Self.isDangerous(u.value), "raw U+\(String(u.value, radix: 16)) drawn") }
            }
            if w == 80 {
                #expect(g.contains("Title ␛]0;pwned␇ here"))
                #expect(g.contains("Clear ␛[2J"))
            }
        }
    }

    @Test func statusAndPanesAreSanitizedToo() {
        let a = Fixture.analysis(["Eve\u{1B}]0;x\u{07} said \"hello\u{1B}[31m there\"."],
                                 actors: [("Eve\u{1B}]0;x\u{07}", .person, ["Eve"])],
                                 quotes: [Fixture.Q(kind: .direct, content: "hello\u{1B}[31m there", speaker: "Eve\u{1B}]0;x\u{07}", actor: nil)])
        let s = Fixture.state(a, 200, 10)
        _ = s.type("n")
        for c in s.screen.cells {
            for u in c.text.unicodeScalars { #expect(!Self.isDangerous(u.value)) }
        }
        let copy = s.clipboardText(0)
        #expect(!copy.unicodeScalars.contains { Self.isDangerous($0.value) })
        #expect(copy.contains("hello[31m there"))
    }

    @Test func searchPromptCannotTypeControls() {
        let s = Fixture.state(Fixture.small(), 80, 10)
        _ = s.press([.char(0x2F), .char(0x1B), .char(0x9B), .char(0x61)])
        // ESC is a key (cancels the prompt): the prompt never holds a control.
        #expect(s.prompt == nil || !(s.prompt!.unicodeScalars.contains { Self.isDangerous($0.value) }))
    }

    /// The TUI and the plain report read one table: what the TUI replaces, the report replaces
    /// too (as "<U+XXXX>" or a space where the TUI draws one cell), and the rest both keep.
    @Test func tuiAndReportAgreeOnWhatIsUnsafe() {
        let ranges: [ClosedRange<UInt32>] = [0...0x3000, 0xFEF0...0xFFFF]
        for v in ranges.joined() {
            guard let u = Unicode.Scalar(v) else { continue }
            let reportKeeps = Sanitizer.visible(String(u)) == String(u)
            let tuiKeeps = Sanitize.display(v) == v && v != 0x09 && v != 0x200E && v != 0x200F
            #expect(reportKeeps == tuiKeeps, "U+\(String(v, radix: 16))")
        }
        #expect(Sanitizer.visible("a\u{206A}b\u{FFF9}\u{200F}\u{0B}") == "a<U+206A>b<U+FFF9><U+200F> ")
        #expect(Sanitize.display(0x200F) == 0x200F && Sanitize.isInvisible(0x200F))
    }

    @Test func lineSanitizerCollapsesWhitespace() {
        #expect(Sanitize.line("a\n\n b\tc\u{1B}") == "a b c␛")
        #expect(Sanitize.clipboard("a\u{1B}]0;x\u{07}b") == "a]0;xb")
    }
}
