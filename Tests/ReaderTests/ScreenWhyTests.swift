import Testing
@testable import Model
@testable import Reader

/// The "why" panel (`w`): the rule that found the current quote and how its speaker resolved.
@Suite struct ScreenWhyTests {
    @Test func everyRuleHasItsOwnExplanation() {
        for rule in QuoteRule.allCases {
            #expect(QuoteRule.explanations[rule] != nil, "no explanation for \(rule.rawValue)")
            #expect(rule.explanation != rule.rawValue && rule.explanation.count > 20)
        }
        #expect(Set(QuoteRule.allCases.map(\.explanation)).count == QuoteRule.allCases.count)
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
        _ = s.type("j")
        #expect(s.whyQuote == nil)
        #expect(!s.screen.contains("why quote"))
    }

    @Test func whyInTheQuotesPaneExplainsTheSelection() {
        let s = Fixture.state(Self.article(), 200, 30)
        _ = s.type("ljw")
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
        _ = s.type("x")
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
