// The habits of less and vim users (issue 11), as pure-state tests: overlays swallow keys,
// backward search and wrap-around, counts, the quotes pane following the filter, `l` and
// `q` on the pane, unknown keys, the status line, the sidebar's width and names.
import Testing
@testable import Model
@testable import Reader

@Suite struct OverlayKeyTests {
    @Test func keysTypedInHelpDoNotRunAsCommands() {
        let s = Fixture.state(Fixture.small(), 100, 30)
        let before = (s.highlight, s.actorList.byCount, s.currentQuote, s.focus, s.filterActor)
        // A less user searching backwards: `?sanctions` then Enter.
        _ = s.type("?sanctions\n")
        #expect(s.helpOpen)
        #expect(s.highlight == before.0 && s.actorList.byCount == before.1)
        #expect(s.currentQuote == before.2 && s.focus == before.3 && s.filterActor == before.4)
        #expect(s.message == "help is open: q or Esc closes it")
        #expect(s.screen.rowText(29).contains("help is open"))
        _ = s.press([.escape])
        #expect(!s.helpOpen)
        // ? closes it too, and Q quits from it.
        _ = s.type("??")
        #expect(!s.helpOpen)
        _ = s.type("?")
        #expect(s.handle(.ch("Q")) == .quit)
    }

    @Test func keysTypedInWhyDoNotRunAsCommands() {
        let s = Fixture.state(Fixture.small(), 100, 30)
        _ = s.type("nw")
        #expect(s.whyQuote != nil)
        let quote = s.currentQuote
        _ = s.type("stH/x")
        #expect(s.whyQuote != nil && s.prompt == nil && s.highlight && !s.actorList.byCount)
        #expect(s.message?.contains("q or Esc closes it") == true)
        _ = s.type("n")          // n still explains the next quote
        #expect(s.currentQuote != quote && s.whyQuote == s.currentQuote)
        #expect(s.screen.contains("q/Esc close"))
        _ = s.type("q")
        #expect(s.whyQuote == nil)
        #expect(s.handle(.ch("q")) == .quit)   // closed: q quits again
    }
}

@Suite struct SearchHabitTests {
    /// Twelve paragraphs, "marker" in paragraphs 2, 6 and 10.
    static func article() -> Analysis {
        Fixture.analysis((0..<12).map { i in
            i % 4 == 2 ? "Paragraph \(i) holds the marker word once." : "Paragraph \(i) is filler text without it."
        })
    }

    @Test func nWrapsWithVimsMessage() {
        let s = Fixture.state(Self.article(), 80, 8)
        _ = s.type("/marker\n")
        #expect(s.search?.current == 0)
        _ = s.type("nn")
        #expect(s.search?.current == 2)
        _ = s.type("n")
        #expect(s.search?.current == 0)
        #expect(s.message == "search hit BOTTOM, continuing at TOP")
        _ = s.type("N")
        #expect(s.search?.current == 2)
        #expect(s.message == "search hit TOP, continuing at BOTTOM")
        #expect(s.screen.rowText(7).contains("search hit TOP, continuing at BOTTOM"))
    }

    @Test func backwardSearchHasItsOwnKey() {
        let s = Fixture.state(Self.article(), 80, 8)
        _ = s.type("G")
        _ = s.type("\\marker\n")
        #expect(s.search?.backward == true)
        let first = s.search!.current!
        #expect(first == 2 || first == 1)   // the last match above the top of the screen
        _ = s.type("n")                       // n goes on upwards
        #expect(s.search?.current == first - 1)
        _ = s.type("N")                       // N goes back down
        #expect(s.search?.current == first)
        #expect(Help.lines.contains { $0.contains("/  \\") && $0.contains("search down / up") })
    }

    @Test func failedSearchSaysPatternNotFoundAndIsNotLeftActive() {
        let s = Fixture.state(Self.article(), 80, 8)
        _ = s.type("/marker\n")
        _ = s.type("/nowhere\n")
        #expect(s.search == nil)
        #expect(s.message == "pattern not found: nowhere")
        _ = s.type("n")   // back to quotes, no stale search
        #expect(s.search == nil)
    }

    @Test func fullCaseFolding() {
        func found(_ q: String, _ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return TextSearch.find(q, in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(found("strasse", "Die Straße, die STRASSE, die strasse.") == ["Straße", "STRASSE", "strasse"])
        #expect(found("straße", "Die Straße und die Strasse.") == ["Straße", "Strasse"])
        #expect(found("office", "the oﬃce and the Office") == ["oﬃce", "Office"])
        #expect(found("Straße", "Straße strasse") == ["Straße"])   // uppercase: exact
    }

    /// Every non-ASCII scalar whose fold is all ASCII folds into the letters the fast path
    /// avoids: otherwise an ASCII query could miss a match.
    @Test func foldTargetsCoverEveryScalarFoldingToASCII() {
        var targets = Set<UInt8>()
        for v in UInt32(0x80)...0x10FFFF {
            guard Unicode.Scalar(v) != nil else { continue }
            let f = TextSearch.Folder.fullFold(v)
            if f.allSatisfy({ $0 < 0x80 }) { for x in f { targets.insert(UInt8(x)) } }
        }
        #expect(targets.isSubset(of: TextSearch.foldTargets))
        #expect(!targets.isEmpty)
    }
}

@Suite struct CountTests {
    @Test func countsRepeatMovesAndNameParagraphs() {
        let s = Fixture.state(Fixture.long(60), 80, 12)
        _ = s.type("5j")
        #expect(s.top.line + s.top.vis > 0)
        let afterFive = s.viewSignature.top
        let t = Fixture.state(Fixture.long(60), 80, 12)
        for _ in 0..<5 { _ = t.type("j") }
        #expect(t.viewSignature.top == afterFive)
        _ = s.type("10G")
        #expect(s.topParagraph == 10)
        _ = s.type("3g")
        #expect(s.topParagraph == 3)
        _ = s.type("50%")
        #expect(abs(s.topParagraph - 31) <= 1)
        #expect(s.count == nil)
    }

    @Test func countRepeatsQuoteJumpsAndShowsWhileTyped() {
        let s = Fixture.state(Fixture.long(60), 80, 12)   // 12 quotes
        _ = s.type("3n")
        #expect(s.currentQuoteOrdinal == 2)
        _ = s.type("2")
        #expect(s.count == 2)
        #expect(s.screen.rowText(11).contains("count 2"))
        _ = s.type("N")
        #expect(s.currentQuoteOrdinal == 0)
        _ = s.type("5")
        _ = s.press([.escape])   // Esc drops a count
        #expect(s.count == nil)
        _ = s.type("%")
        #expect(s.message?.contains("needs a count") == true)
    }
}

@Suite struct QuotesPaneTests {
    static func twoSpeakers() -> Analysis {
        var paras: [String] = [], qs: [Fixture.Q] = []
        for i in 0..<12 {
            let who = i % 3 == 0 ? "Tom Ode" : "Ada Lin"
            paras.append("\(who) said that item \(i) matters to the people here.")
            qs.append(Fixture.Q(kind: .indirect, content: "that item \(i) matters", speaker: who, cue: "said", actor: i % 3 == 0 ? 1 : 0))
        }
        return Fixture.analysis(paras, actors: [("Ada Lin", .person, ["Ada Lin"]), ("Tom Ode", .person, ["Tom Ode"])], quotes: qs)
    }

    @Test func paneFollowsTheFilterAndAgreesWithTheStatusLine() {
        let s = Fixture.state(Self.twoSpeakers(), 200, 30)
        #expect(s.screen.contains(" Quotes 12 "))
        s.setFilter(1)   // Tom Ode: items 0, 3, 6, 9
        _ = s.type("n")
        let g = s.screen
        #expect(g.contains(" Quotes 1/4 by Tom Ode "))
        #expect(g.rowText(29).contains("quote 1/4"))
        let paneRows = (1..<29).map { g.rowText($0) }.filter { $0.contains("reported · ") }
        #expect(paneRows.count == 4)
        #expect(paneRows.allSatisfy { $0.contains("Tom Ode") })
        // Enter in the pane jumps to the selected entry of the filtered list.
        _ = s.press([.tab, .tab])
        #expect(s.focus == .quotes)
        _ = s.type("jj\n")
        #expect(s.currentQuoteOrdinal == 2)
        #expect(s.analysis.quotes[s.currentQuote!].speaker?.actor == 1)
    }

    @Test func lTogglesThePaneWhenWideAndQClosesItFirst() {
        let s = Fixture.state(Self.twoSpeakers(), 200, 30)
        #expect(s.layout.quotes != nil)
        _ = s.type("l")
        #expect(s.layout.quotes == nil)
        _ = s.type("l")
        #expect(s.layout.quotes != nil && s.focus == .quotes)
        #expect(s.handle(.ch("q")) == .none)
        #expect(s.layout.quotes == nil)
        #expect(s.handle(.ch("q")) == .quit)
        // Narrow: `l` opens it below, q closes it, then q quits.
        let n = Fixture.state(Self.twoSpeakers(), 100, 30)
        _ = n.type("l")
        #expect(n.layout.quotesBelow)
        #expect(n.handle(.ch("q")) == .none)
        #expect(n.layout.quotes == nil)
        #expect(n.handle(.ch("q")) == .quit)
    }
}

@Suite struct StatusAndSidebarTests {
    @Test func unknownKeySaysSo() {
        let s = Fixture.state(Fixture.small(), 80, 24)
        _ = s.type("&")
        #expect(s.message == "& is not a key here; ? shows the keys")
        #expect(s.screen.rowText(23).contains("& is not a key here"))
        _ = s.press([.ctrl("e")])
        #expect(s.message == "^E is not a key here; ? shows the keys")
    }

    @Test func helpNamesCtrlFAndCtrlB() {
        #expect(Help.lines.contains { $0.contains("^F") && $0.contains("^B") })
    }

    @Test func statusNeverRepeatsTheFilterAndKeepsHelpAt80() {
        let a = Fixture.analysis(["Secretary of State Marianne Featherstonehaugh-Smythe said it twice."],
                                 actors: [("Marianne Featherstonehaugh-Smythe", .person, ["Marianne Featherstonehaugh-Smythe"])],
                                 quotes: [Fixture.Q(kind: .indirect, content: "it twice", speaker: "Marianne Featherstonehaugh-Smythe", cue: "said", actor: 0)])
        let s = ReaderState(analysis: a, name: "a-rather-long-file-name-for-the-status-line.txt", colour: false, width: 80, height: 24)
        s.setFilter(0)
        _ = s.type("n")
        let line = s.screen.rowText(23)
        #expect(line.components(separatedBy: "filter:").count == 2, "\(line)")
        #expect(line.hasSuffix("? help"), "\(line)")
    }

    @Test func sidebarGrowsWithItsLongestNameUpToAThird() {
        let name = "Organisation for Economic Co-operation and Development"   // 54 columns
        let a = Fixture.analysis(["The \(name) met."], actors: [(name, .organization, [name])])
        let wide = Fixture.state(a, 200, 30)
        #expect(wide.layout.sidebar!.width > 54)
        #expect(wide.layout.sidebar!.width <= 200 / 3)
        #expect(wide.screen.contains(name))
        let narrow = Fixture.state(a, 90, 30)
        #expect(narrow.layout.sidebar!.width <= 30 && narrow.layout.main.width >= 56)
        let plain = Fixture.state(Fixture.small(), 200, 30)
        #expect(plain.layout.sidebar!.width == 32)   // short names: the usual width
    }

    @Test func namesCutTheSameWayStayDistinguishable() {
        let n1 = "Department of Homeland Security and Emergency Affairs"
        let n2 = "Department of Homeland Security and Emergency Planning"
        let a = Fixture.analysis(["\(n1) and \(n2) spoke."], actors: [(n1, .organization, [n1]), (n2, .organization, [n2])])
        let s = Fixture.state(a, 80, 20)
        let g = s.screen
        let x0 = s.layout.sidebar!.x
        let rows = (0..<19).map { y in (x0..<80).map { g[$0, y].text }.joined() }.filter { $0.contains("Depart") }
        #expect(rows.count == 2)
        let shown = rows.map { r in String(r[r.range(of: "Depart")!.lowerBound...]) }
        #expect(shown[0] != shown[1], "\(shown)")
        #expect(shown.contains { $0.contains("Affairs") || $0.contains("ffairs") } && shown.contains { $0.contains("lanning") })
    }

    /// Issue 14: a long name is sanitized and measured once, capped, not on every key.
    @Test func longActorNameIsCappedForDisplay() {
        let long = "Name" + String(repeating: " and more", count: 3_000)   // 27 KB
        let a = Fixture.analysis(["\(long) said it."], actors: [(long, .person, [long])],
                                 quotes: [Fixture.Q(kind: .indirect, content: "it", speaker: long, cue: "said", actor: 0)])
        let s = Fixture.state(a, 200, 30)
        #expect(s.actorList.label(0).unicodeScalars.count <= Sanitize.displayCap + 1)
        #expect(s.speakerName(0).unicodeScalars.count <= Sanitize.displayCap + 1)
        _ = s.type("n")
        s.setFilter(0)
        #expect(s.filterName.unicodeScalars.count <= Sanitize.displayCap + 1)
        #expect(s.screen.contains("Name and more"))
        // An unattributed speaker phrase of 100 KB is cut too.
        let phrase = String(repeating: "officials ", count: 10_000)
        let b = Fixture.analysis(["\(phrase)said it."], quotes: [Fixture.Q(kind: .indirect, content: "it.", speaker: phrase, cue: "said")])
        let t = Fixture.state(b, 200, 30)
        #expect(t.speakerName(0).unicodeScalars.count <= Sanitize.displayCap + 1)
    }
}

@Suite struct PaletteTests {
    /// Every text colour of the 256-colour palettes against its background, and the status
    /// line and search matches against their own backgrounds: WCAG ratio ≥ 4.5.
    @Test func contrastOfEveryPaletteColour() {
        for p in [Palette.dark256, Palette.light256] {
            let bg = p.background == .dark ? Contrast.black : Contrast.white
            for (role, c) in p.textColours {
                let r = Contrast.ratio(Contrast.luminance(index: Int(c.index)), bg)
                #expect(r >= 4.5, "\(p.background) \(role) colour \(c.index): \(r)")
            }
            let status = Contrast.ratio(Contrast.luminance(index: Int(p.statusFg.index)), Contrast.luminance(index: Int(p.statusBg.index)))
            #expect(status >= 4.5)
            for m in [p.match, p.currentMatch] {
                #expect(Contrast.ratio(Contrast.black, Contrast.luminance(index: Int(m.index))) >= 4.5)
            }
        }
        // The helper itself: black on white is 21:1, the middle grey 244 on white under 4.5.
        #expect(abs(Contrast.ratio(Contrast.black, Contrast.white) - 21) < 0.01)
        #expect(Contrast.ratio(Contrast.luminance(index: 244), Contrast.white) < 4.5)
    }

    @Test func rolesStayDistinguishableAndMatchesAreNotSpeakers() {
        for p in [Palette.dark256, Palette.light256, Palette.dark8, Palette.light8] {
            let t = Theme(palette: p)
            let roles: [Role] = [.direct, .indirect, .mixed, .speaker, .cue, .match, [.direct, .current], [.match, .currentMatch]]
            let styles = roles.map { t.style($0) }
            #expect(Set(styles).count == roles.count, "\(p.background)")
            #expect(t.style(.match) != t.style(.speaker))
            #expect(t.style(.match).bg != .none && t.style(.speaker).bg == .none)
        }
    }

    @Test func backgroundDetection() {
        #expect(ThemeChoice.fromColorFGBG("15;0") == .dark)
        #expect(ThemeChoice.fromColorFGBG("0;15") == .light)
        #expect(ThemeChoice.fromColorFGBG("0;default;7") == .light)
        #expect(ThemeChoice.fromColorFGBG(nil) == nil)
        #expect(ThemeChoice.fromOSC11("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}") == .light)
        #expect(ThemeChoice.fromOSC11("\u{1B}]11;rgb:1e1e/1e1e/2e2e\u{1B}\\") == .dark)
        #expect(ThemeChoice.fromOSC11("garbage") == nil)
        #expect(ThemeChoice.fromEnvironment(["READER_THEME": "Light"]) == .light)
        #expect(ThemeChoice.fromEnvironment(["READER_THEME": "pink"]) == nil)
        #expect(Palette.choose(.light, colours: 256) == .light256)
        #expect(Palette.choose(.light, colours: 8) == .light8)
    }

    @Test func clipboardToolChoice() {
        let all: (String) -> Bool = { _ in true }
        #expect(Clipboard.tool(env: ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"], has: all)?.name == "wl-copy")
        #expect(Clipboard.tool(env: ["DISPLAY": ":0"], has: all)?.name == "xclip")
        #expect(Clipboard.tool(env: ["DISPLAY": ":0"], has: { $0 == "xsel" })?.name == "xsel")
        #expect(Clipboard.tool(env: [:], has: { $0 == "xclip" }) == nil)   // no X: OSC 52
        #expect(Clipboard.tool(env: [:], has: { $0 == "pbcopy" })?.name == "pbcopy")
    }
}
