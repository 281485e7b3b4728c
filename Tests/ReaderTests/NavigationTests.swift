import Testing
@testable import Model
@testable import Reader

@Suite struct NavigationTests {
    /// Screen rows (0-based) of the line holding `offset`, if on screen.
    func row(of offset: Int, in s: ReaderState) -> Int? {
        let p = s.view.position(ofOffset: offset)
        guard let d = s.view.distance(from: s.top, to: p, limit: s.bodyHeight), d >= 0, d < s.bodyHeight else { return nil }
        return d
    }

    @Test func nextQuoteKeepsItTwoLinesFromTheEdge() {
        let a = Fixture.long(200)
        let s = Fixture.state(a, 60, 12)
        var seen: [Int] = []
        for _ in 0..<30 {
            _ = s.type("n")
            let q = s.currentQuote!
            seen.append(q)
            let r = row(of: s.quoteStart(q), in: s)!
            #expect(r >= 2 && r <= s.bodyHeight - 3, "quote \(q) on row \(r)")
        }
        #expect(seen == Array(0..<30))
        #expect(s.screen.rowText(11).contains("quote 30/40"))
        for _ in 0..<5 { _ = s.type("N") }
        #expect(s.currentQuote == 24)
        _ = s.type("]")
        #expect(s.currentQuote == 25)
        _ = s.type("[")
        #expect(s.currentQuote == 24)
    }

    @Test func lastQuoteSaysNoMore() {
        let s = Fixture.state(Fixture.small(), 60, 14)
        _ = s.type("nnnn")
        #expect(s.currentQuote == 2)
        #expect(s.screen.rowText(13).contains("no more quotes"))
    }

    @Test func scrollingAndPagesStopAtTheEnds() {
        let s = Fixture.state(Fixture.long(50), 60, 12)
        _ = s.type("k")
        #expect(s.top == s.view.first)
        _ = s.type("jjj")
        #expect(s.top.line + s.top.vis > 0)
        _ = s.type("G")
        let endTop = s.top
        #expect(s.percent == 100)
        _ = s.type("j ")
        #expect(s.top == endTop)
        // The last line of the article is on the last text row.
        let g = s.screen
        #expect(g.rowText(s.bodyHeight - 1).contains("again and again, for a while."))
        _ = s.type("g")
        #expect(s.top == s.view.first && s.topOffset == 0)
        _ = s.press([.pageDown])
        #expect(s.top == s.view.move(s.view.first, by: s.bodyHeight - 1))
        _ = s.press([.pageUp])
        #expect(s.top == s.view.first)
        _ = s.press([.ctrl("d")])
        #expect(s.top == s.view.move(s.view.first, by: s.bodyHeight / 2))
        _ = s.type("u")
        #expect(s.top == s.view.first)
    }

    @Test func paragraphJumps() {
        let s = Fixture.state(Fixture.long(50), 60, 12)
        _ = s.type("}}")
        #expect(s.topParagraph == 3 && s.top.line == 0)
        _ = s.type("{")
        #expect(s.topParagraph == 2)
    }

    @Test func resizeKeepsTheReadingPosition() {
        let s = Fixture.state(Fixture.long(300), 80, 24)
        for _ in 0..<100 { _ = s.type("j") }
        let anchor = s.topOffset
        let para = s.topParagraph
        for (w, h) in [(40, 10), (200, 50), (25, 6), (1, 1), (120, 30), (80, 24)] {
            s.resize(width: w, height: h)
            _ = s.screen
            #expect(s.topOffset == anchor)
            if !s.layout.tooSmall { #expect(s.topParagraph == para) }
        }
        // The top line still holds the anchor after the round trip.
        let r = s.view.range(s.top)!
        #expect(r.start <= anchor && anchor < max(r.end, r.start + 1))
    }

    @Test func aKeystrokeDoesNotRewrapTheWholeArticle() {
        let s = Fixture.state(Fixture.long(10_000), 100, 40)
        _ = s.screen
        let before = s.view.wrapCount
        #expect(before < 100)
        _ = s.type("jjjj n  ")
        _ = s.screen
        #expect(s.view.wrapCount < 200)
        _ = s.type("G")
        _ = s.screen
        #expect(s.view.wrapCount < 300)
        s.resize(width: 90, height: 40)
        _ = s.screen
        #expect(s.view.wrapCount < 100)
    }

    @Test func filterRestrictsQuotesAndMarksParagraphs() {
        let s = Fixture.state(Fixture.small(), 100, 16)
        _ = s.type("\t")
        #expect(s.focus == .actors)
        _ = s.type("j\n")   // Tom Ode (second, same count order by name)
        let tom = s.analysis.actors.firstIndex { $0.name == "Tom Ode" }!
        #expect(s.filterActor == tom)
        #expect(s.navigable == [2])
        #expect(s.currentQuote == 2)
        let g = s.screen
        #expect(g.rowText(15).contains("filter: Tom Ode"))
        #expect(g.rowText(15).contains("quote 1/1"))
        // Other paragraphs dimmed, Tom's marked; Anna's quotes not highlighted.
        let tomRow = (0..<15).first { g.rowText($0).contains("Tom Ode argued") }!
        #expect(g.rowText(tomRow).hasPrefix("▶*"))
        let annaRow = (0..<15).first { g.rowText($0).contains("Anna Berg said") }!
        #expect(g.rowText(annaRow).hasPrefix("  "))
        #expect(g[5, annaRow].style.attrs.contains(.dim))
        // H hides the others; Esc clears.
        _ = s.type("H")
        #expect(s.view.visible.count == 1)
        #expect(!s.screen.contains("Anna Berg said"))
        _ = s.press([.escape])
        #expect(s.filterActor == nil && s.view.visible.count == 5)
        #expect(s.navigable.count == 3)
    }

    @Test func xClearsFilter() {
        let s = Fixture.state(Fixture.small(), 100, 16)
        _ = s.type("\t\n")
        #expect(s.filterActor != nil)
        _ = s.type("x")
        #expect(s.filterActor == nil)
    }

    @Test func searchIsSmartCaseWithCounter() {
        let s = Fixture.state(Fixture.long(30), 80, 10)
        _ = s.type("/fox\n")
        #expect(s.search?.matches.count == 24)
        #expect(s.screen.rowText(9).contains("/fox 1/24"))
        _ = s.type("nnn")
        #expect(s.search?.current == 3)
        #expect(s.screen.rowText(9).contains("/fox 4/24"))
        _ = s.type("N")
        #expect(s.search?.current == 2)
        // Lower case matches any case; a capital makes it exact.
        _ = s.press([.escape])
        #expect(s.search == nil)
        _ = s.type("/paragraph\n")
        #expect(s.search?.matches.count == 30)
        _ = s.press([.escape])
        _ = s.type("/Paragraph\n")
        #expect(s.search?.matches.count == 30)
        _ = s.press([.escape])
        _ = s.type("/PARAGRAPH\n")
        #expect(s.search == nil)   // a failed search does not stay active
        #expect(s.screen.rowText(9).contains("pattern not found: PARAGRAPH"))
    }

    @Test func smartCaseFoldsBeyondASCII() {
        let text = "Zürich and ZÜRICH and zürich. Ελλάδα, ΕΛΛΆΔΑ. Ærø. Straße."
        let bytes = Array(text.utf8)
        func found(_ q: String) -> [String] {
            TextSearch.find(q, in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(found("zürich") == ["Zürich", "ZÜRICH", "zürich"])
        #expect(found("Zürich") == ["Zürich"])             // an uppercase letter: exact
        #expect(found("zÜrich") == [])                     // uppercase anywhere, even non-ASCII
        #expect(found("ελλάδα") == ["Ελλάδα", "ΕΛΛΆΔΑ"])
        #expect(found("ærø") == ["Ærø"])
        #expect(found("straße") == ["Straße"])
        #expect(found("rich and") == ["rich and", "RICH and"])
        #expect(found("") == [])
        #expect(TextSearch.find("kelvin", in: Array("5 \u{212A}elvin".utf8)).count == 1)   // KELVIN SIGN folds to k
        // The ASCII fast path agrees with the general one.
        let mixed = Array("Said SAID said, sAid; saidsaid Ünsaid".utf8)
        var folder = TextSearch.Folder()
        var folded: [UInt32] = []
        folder.fold(0xDF) { folded.append($0) }
        #expect(folded == [0x73, 0x73])   // ß folds to "ss"
        #expect(TextSearch.bytewise(Array("said".utf8), in: mixed, fold: TextSearch.asciiLower).count == 7)
        #expect(TextSearch.find("said", in: mixed) == TextSearch.bytewise(Array("said".utf8), in: mixed, fold: TextSearch.asciiLower))
        #expect(found("zürich. ελλάδα, ελλάδα. ærø. straße. and more") == [])
        // Through the keys: the status counter and the highlight.
        let s = Fixture.state(Fixture.analysis([text]), 80, 10)
        _ = s.type("/")
        for u in "zürich".unicodeScalars { _ = s.handle(.char(u.value)) }
        _ = s.type("\n")
        #expect(s.screen.rowText(9).contains("/zürich 1/3"))
    }

    @Test func searchMatchesAreHighlighted() {
        let s = Fixture.state(Fixture.small(), 80, 14)
        _ = s.type("/plan\n")
        let g = s.screen
        let y = (0..<14).first { g.rowText($0).contains("plan") }!
        let x = g.rowText(y).distance(from: g.rowText(y).startIndex, to: g.rowText(y).range(of: "plan")!.lowerBound)
        #expect(g[x, y].style.attrs.contains(.reverse))
    }

    @Test func quotesPaneListsAndJumps() {
        let s = Fixture.state(Fixture.long(100), 100, 30)
        _ = s.type("l")
        #expect(s.layout.quotesBelow && s.focus == .quotes)
        let g = s.screen
        #expect(g.contains("Quotes 20"))
        #expect(g.contains("Ada Lin"))
        #expect(g.contains("~ reported"))
        _ = s.type("jjjjj\n")
        #expect(s.currentQuote == 5)
        #expect(s.screen.contains("Quotes 6/20"))
        _ = s.type("q")
        #expect(s.layout.quotes == nil && s.focus == .text)
    }
}

@Suite struct QuoteOrderTests {
    @Test func quotesOutOfOrderStillNavigateForward() {
        var a = Fixture.small()
        a.quotes.reverse()   // the Model promises text order; the reader does not rely on it
        let s = Fixture.state(a, 60, 14)
        var starts: [Int] = []
        for _ in 0..<3 { _ = s.type("n"); starts.append(s.quoteStart(s.currentQuote!)) }
        #expect(starts == starts.sorted() && Set(starts).count == 3)
        #expect(s.screen.rowText(13).contains("quote 3/3"))
    }
}

@Suite struct NavigationMessageTests {
    @Test func messageStaysUntilAKeyChangesTheView() {
        let s = Fixture.state(Fixture.long(30), 80, 24)   // 6 quotes, longer than the screen
        _ = s.type("nnnnnnn")
        #expect(s.message == "no more quotes below")
        // Keys that change nothing keep it: j at the end, an unbound key, n again.
        _ = s.type("G")
        let atEnd = s.viewSignature
        _ = s.type("nn")
        #expect(s.message == "no more quotes below")
        _ = s.type("j")
        #expect(s.viewSignature == atEnd)
        _ = s.type("xj")
        #expect(s.message == "no more quotes below")
        let g = s.screen
        #expect(g.rowText(23).hasPrefix(" no more quotes below · quote"))
        #expect(g[1, 23].style.attrs.contains(.bold))
        // A key that changes the view clears it.
        _ = s.type("k")
        #expect(s.message == nil)
        #expect(!s.screen.rowText(23).contains("no more"))
    }

    @Test func escDismissesAndCopyMessageStaysWhileReading() {
        let s = Fixture.state(Fixture.small(), 80, 24)
        _ = s.type("n")
        #expect(s.type("y") == [.copy("“the plan was dead” — Anna Berg")])
        s.message = Clipboard.osc52Message   // what the loop sets after the copy
        _ = s.type("j")        // at the end already: nothing changes, the message stays
        #expect(s.screen.rowText(23).contains("sent to the terminal's clipboard"))
        _ = s.type("s")        // sidebar order changes the view
        #expect(s.message == nil)
        _ = s.type("y")
        _ = s.press([.escape])
        #expect(s.message == nil)
        _ = s.type("/nothing-here\n")
        #expect(s.message?.hasPrefix("pattern not found") == true)
        _ = s.type("q")        // quits: an action, not a view change; the message goes with it
        #expect(s.screen.rowText(23).contains("? help"))
    }
}
