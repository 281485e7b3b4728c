import Testing
@testable import Model
@testable import Reader

/// Low-confidence quotes are marked "?" in the gutter and the quotes pane, and `w` says why.
@Suite struct DoubtMarkTests {
    static func article(doubts: [Doubt]) -> Analysis {
        var a = Fixture.analysis([
            "Anna Berg said the plan was dead.",
            "\"We will not sign,\" Berg told reporters.",
        ], actors: [("Anna Berg", .person, ["Anna Berg", "Berg"])],
           quotes: [
            Fixture.Q(kind: .indirect, content: "the plan was dead", speaker: "Anna Berg", cue: "said", actor: 0, rule: .cueThenClause),
            Fixture.Q(kind: .direct, content: "We will not sign,", speaker: "Berg", cue: "told", actor: 0, rule: .quoteThenCue),
           ])
        a.quotes[0].doubts = doubts
        return a
    }

    @Test func lowConfidenceQuoteIsMarkedWithAQuestionMark() {
        let low = Fixture.state(Self.article(doubts: [.carriedOverSpeaker]), 80, 12).screen
        let high = Fixture.state(Self.article(doubts: []), 80, 12).screen
        #expect(low.rowText(0).hasPrefix(" ?"))
        #expect(high.rowText(0).hasPrefix(" ~"))
        // The second quote has no doubt: its kind mark stays.
        #expect(low.rowText(2).hasPrefix(" \""))
    }

    @Test func notedDoubtsDoNotLowerTheMark() {
        let g = Fixture.state(Self.article(doubts: [.speakerNotAnActor]), 80, 12).screen
        #expect(g.rowText(0).hasPrefix(" ~"))
    }

    @Test func whySaysTheConfidenceAndItsReasons() {
        let s = Fixture.state(Self.article(doubts: [.noSpeaker, .weakCue]), 100, 30)
        _ = s.type("nw")
        let g = s.screen
        #expect(g.contains("trust    low"))
        #expect(g.contains("no speaker found"))
        #expect(g.contains("a weak cue"))
        _ = s.type("n")
        #expect(s.screen.contains("trust    high"))
    }
}
