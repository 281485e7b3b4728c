import Testing
@testable import Model
@testable import Reader

/// The "why" panel (`w`): the rule that found the current quote and how its speaker resolved.
@Suite struct ScreenWhyTests {
    @Test func everyRuleHasItsOwnExplanation() {
        // The rules there were when the table was written must each be explained; a rule
        // added later falls back to its name (and shows up here until explained).
        let explained: [QuoteRule] = [.quoteThenCue, .cueThenQuote, .cueThenClause, .clauseThenCue, .cueInsideClause,
                                      .quoteThenVerb, .quoteThenDash, .speakerColon, .accordingTo, .stanceVerb,
                                      .participleCue, .quotationMarks]
        for rule in explained {
            #expect(QuoteRule.explanations[rule] != nil, "no explanation for \(rule.rawValue)")
            #expect(rule.explanation != rule.rawValue && rule.explanation.count > 20)
        }
        #expect(Set(explained.map(\.explanation)).count == explained.count)
        for rule in QuoteRule.allCases where QuoteRule.explanations[rule] == nil {
            #expect(rule.explanation == rule.rawValue)
            print("note: quote rule \(rule.rawValue) has no explanation yet (QuoteRuleExplanations.swift)")
        }
    }

    static func article() -> Analysis {
        Fixture.analysis([
            "Anna Berg said the plan was dead.",
            "\"We will not sign,\" Berg told reporters.",
        ], actors: [("Anna Berg", .person, ["Anna Berg", "Berg"])],
           quotes: [
            Fixture.Q(kind: .indirect, content: "the plan was dead", speaker: "Anna Berg", cue: "said", actor: 0, rule: .cueThenClause),
            Fixture.Q(kind: .direct, content: "We will not sign,", speaker: "Berg", cue: "told", actor: 0, rule: .quoteThenCue),
           ])
    }

    @Test func whyNeedsACurrentQuote() {
        let s = Fixture.state(Self.article(), 80, 24)
        _ = s.type("w")
        #expect(s.whyQuote == nil)
        #expect(s.screen.rowText(23).contains("no current quote"))
    }

    @Test func whyShowsRuleExplanationCueAndSpeaker() {
        let s = Fixture.state(Self.article(), 80, 24)
        _ = s.type("nw")
        let g = s.screen
        #expect(g.contains("why quote 1/2"))
        #expect(g.contains("kind     reported speech"))
        #expect(g.contains("rule     cue-then-clause"))
        #expect(g.contains("a cue verb followed by its clause"))
        #expect(g.contains("cue      “said”"))
        #expect(g.contains("speaker  “Anna Berg” → Anna Berg (person)"))
        #expect(!g.contains("resolved through"))
        #expect(g.contains("content  “the plan was dead”"))
        // n inside the panel explains the next quote; another key closes it.
        _ = s.type("n")
        #expect(s.currentQuote == 1)
        #expect(s.screen.contains("rule     quote-then-cue"))
        #expect(s.screen.contains("kind     direct quote"))
        _ = s.type("j")        // not a panel key: said, and the panel stays
        #expect(s.whyQuote == 1)
        _ = s.type("q")
        #expect(s.whyQuote == nil)
        #expect(!s.screen.contains("why quote"))
    }

    @Test func whyKeepsTheQuoteInSight() {
        let s = Fixture.state(Fixture.long(60), 80, 24)
        for _ in 0..<3 { _ = s.type("n") }
        _ = s.type("w")
        let g = s.screen
        let quoteRow = (0..<23).first { g.rowText($0).hasPrefix("▶") }
        let boxTop = (0..<23).first { g.rowText($0).contains("why quote") }
        let boxBottom = (0..<23).last { g.rowText($0).contains("└") }
        #expect(quoteRow != nil && boxTop != nil && boxBottom != nil)
        if let r = quoteRow, let t = boxTop, let b = boxBottom { #expect(r < t || r > b, "quote row \(r), box \(t)...\(b)") }
    }

    @Test func whyInTheQuotesPaneExplainsTheSelection() {
        let s = Fixture.state(Self.article(), 200, 30)
        _ = s.type("\t\tjw")   // focus the quotes pane, select the second entry
        #expect(s.whyQuote == 1)
        #expect(s.screen.contains("why quote 2/2"))
    }

    @Test func whyFitsAnEightyColumnScreenAndWraps() {
        let s = Fixture.state(Self.article(), 40, 20)
        _ = s.type("nw")
        let g = s.screen
        #expect(g.contains("why quote 1/2"))
        for y in 0..<g.height { #expect(CellWidth.of(g.rowText(y)) <= 40) }
        // The explanation wraps instead of being cut.
        #expect(g.contains("its clause"))
    }

    @Test func pronounAndDescriptionSourcesSaySo() {
        let a = Analyzer().analyze("Anna Berg arrived in Oslo on Monday.\n\nShe said the plan was dead.\n\nCritics said the plan was fine.")
        let pronoun = a.quotes.firstIndex { a.document.string($0.speaker?.span ?? Span(0, 0)) == "She" }
        let critics = a.quotes.firstIndex { a.document.string($0.speaker?.span ?? Span(0, 0)) == "Critics" }
        #expect(pronoun != nil && critics != nil)
        guard let p = pronoun, let c = critics else { return }
        #expect(a.speakerResolution(of: p) == .pronoun)
        #expect(a.speakerResolution(of: c) == .unresolved)
        let s = Fixture.state(a, 80, 24)
        s.goToQuote(p)
        _ = s.type("w")
        #expect(s.screen.contains("resolved through a pronoun"))
        #expect(s.screen.contains("→ Anna Berg (person)"))
        _ = s.type("q")
        s.goToQuote(c)
        _ = s.type("w")
        #expect(s.screen.contains("a source with no actor"))
    }

    @Test func descriptionSourceSaysSo() {
        let a = Analyzer().analyze("Senator Anna Berg arrived in Oslo on Monday.\n\nThe senator said the plan was dead.")
        guard let q = a.quotes.firstIndex(where: { a.document.string($0.speaker?.span ?? Span(0, 0)).lowercased().hasSuffix("senator") }) else {
            Issue.record("no quote by the senator: \(a.quotes)")
            return
        }
        #expect(a.quotes[q].speaker?.actor != nil)
        #expect(a.speakerResolution(of: q) == .description)
    }
}

/// The quotes pane beside the text on a wide screen: wide enough to read, two rows an entry.
@Suite struct ScreenQuotesPaneTests {
    @Test func wideScreenGivesTheQuotesPaneRoomAndKeepsTheTextReadable() {
        for (w, h) in [(160, 40), (200, 50), (260, 60)] {
            let l = Layout.compute(width: w, height: h, showSidebarOverlay: false, quotesWanted: false)
            let q = l.quotes!
            #expect(q.width >= 54, "\(w): quotes pane \(q.width)")
            #expect(l.main.width >= 80, "\(w): text \(l.main.width)")
            #expect(l.sidebar != nil && !l.sidebarIsOverlay)
            #expect(l.main.width + q.width + l.sidebar!.width == w)
            #expect(l.quoteEntryHeight == 2)
        }
        let below = Layout.compute(width: 100, height: 30, showSidebarOverlay: false, quotesWanted: true)
        #expect(below.quoteEntryHeight == 1)
    }

    @Test func entriesShowSpeakerKindRuleThenContent() {
        let s = Fixture.state(ScreenWhyTests.article(), 200, 30)
        let g = s.screen
        let r = s.layout.quotes!
        let rows = (r.y..<(r.y + r.height)).map { y -> String in
            var t = ""
            for x in r.x..<(r.x + r.width) where !g[x, y].isContinuation { t += g[x, y].text }
            return t.trimmingCharacters(in: .whitespaces)
        }
        #expect(rows[1].contains("1 ~ reported · Anna Berg · cue-then-clause"))
        #expect(rows[2] == "│     the plan was dead")
        #expect(rows[3].contains("2 \" direct · Anna Berg · quote-then-cue"))
        #expect(rows[4] == "│     We will not sign,")
    }

    @Test func selectionScrollsByEntriesAndEnterJumps() {
        let a = Fixture.long(200)   // 40 quotes
        let s = Fixture.state(a, 200, 22)   // 21 body rows, 20 below the title: 10 entries
        #expect(s.layout.quoteEntriesShown == 10)
        _ = s.type("l")        // wide: the pane starts shown, `l` hides it…
        #expect(s.layout.quotes == nil && s.focus == .text)
        _ = s.type("l")        // …and shows it again, focused
        #expect(s.focus == .quotes && s.layout.quoteEntriesShown == 10)
        for _ in 0..<12 { _ = s.type("j") }
        #expect(s.quoteSelection == 12)
        let g = s.screen
        #expect(s.quoteScroll == 3)
        #expect(g.contains("13 ~ reported · Ada Lin"))
        #expect(!g.contains(" 3 ~ reported"))
        _ = s.type("\n")
        #expect(s.currentQuote == 12)
        #expect(s.screen.contains("▶13 ~ reported"))
        // A page moves by the entries shown less one.
        _ = s.type(" ")
        #expect(s.quoteSelection == 21)
    }

    @Test func clickPicksTheEntryUnderTheMouse() {
        let s = Fixture.state(Fixture.long(50), 200, 22)
        let r = s.layout.quotes!
        _ = s.handle(.mouse(x: r.x + 5, y: r.y + 1 + 2 * 3 + 1, .click))   // second row of entry 4
        #expect(s.currentQuote == 3)
    }
}

@Suite struct ScreenHelpScrollTests {
    @Test func shortWindowShowsMoreBelowUntilTheEnd() {
        let s = Fixture.state(Fixture.small(), 80, 14)
        _ = s.type("?")
        #expect(s.screen.contains("↓ more (j/k Space)"))
        #expect(!s.screen.contains("↑ more"))
        #expect(!s.screen.contains("q/Esc close"))
        let rows = Screen.helpRows(height: 14)
        #expect(rows == 11)
        for _ in 0..<(Help.lines.count + 5) { _ = s.type("j") }
        #expect(s.helpScroll == Help.lines.count - rows)   // clamped: k moves back at once
        let g = s.screen
        #expect(g.contains("↑ more"))
        #expect(!g.contains("↓ more"))
        #expect(g.contains("q/Esc close"))
        #expect(g.contains(Help.lines.last!))
        _ = s.type("k")
        #expect(s.screen.contains("↓ more"))
        _ = s.type("g")
        #expect(s.helpScroll == 0 && s.helpOpen)
        _ = s.type("G")
        #expect(s.helpScroll == Help.lines.count - rows && s.helpOpen)
        _ = s.type("x")        // not a help key: said, and help stays
        #expect(s.helpOpen && s.message == "help is open: q or Esc closes it")
        _ = s.press([.escape])
        #expect(!s.helpOpen)
    }

    @Test func tallWindowNeedsNoIndicator() {
        let s = Fixture.state(Fixture.small(), 80, 40)
        _ = s.type("?")
        #expect(!s.screen.contains("more"))
        #expect(s.screen.contains("w                 why"))
    }
}
