import Testing
@testable import Reader

@Suite struct KeysTests {
    @Test func quitKeys() {
        let s = Fixture.state(Fixture.small(), 80, 20)
        #expect(s.handle(.ch("q")) == .quit)
        #expect(s.handle(.ch("Q")) == .quit)
    }

    @Test func qClosesOverlaysFirst() {
        let s = Fixture.state(Fixture.small(), 80, 26)
        for k: Key in [.ch("?"), .ch("h"), .f1] {
            _ = s.handle(k)
            #expect(s.helpOpen)
            #expect(s.handle(.ch("q")) == .none)
            #expect(!s.helpOpen)
        }
        // Sidebar overlay on a narrow screen: q closes it.
        let n = Fixture.state(Fixture.small(), 60, 20)
        _ = n.type("\t")
        #expect(n.layout.sidebarIsOverlay && n.focus == .actors)
        #expect(n.screen.contains("Actors (2)"))
        #expect(n.handle(.ch("q")) == .none)
        #expect(n.focus == .text && n.layout.sidebar == nil)
        #expect(n.handle(.ch("q")) == .quit)
    }

    @Test func tabCyclesFocus() {
        let s = Fixture.state(Fixture.small(), 200, 20)
        #expect(s.focus == .text)
        _ = s.press([.tab]); #expect(s.focus == .actors)
        _ = s.press([.tab]); #expect(s.focus == .quotes)
        _ = s.press([.tab]); #expect(s.focus == .text)
        _ = s.press([.backTab]); #expect(s.focus == .quotes)
    }

    @Test func redrawAndCopy() {
        let s = Fixture.state(Fixture.small(), 80, 20)
        #expect(s.handle(.ctrl("l")) == .redraw)
        #expect(s.handle(.ch("y")) == .none)
        _ = s.type("nn")
        #expect(s.handle(.ch("y")) == .copy("“We will not sign,” — Anna Berg"))
    }

    @Test func tTogglesHighlighting() {
        let s = Fixture.state(Fixture.small(), 80, 20)
        _ = s.type("t")
        let g = s.screen
        #expect(!(0..<19).contains { g.rowText($0).hasPrefix(" ~") || g.rowText($0).hasPrefix(" \"") })
        #expect(g.rowText(19).contains("highlighting off"))
        _ = s.type("t")
        #expect((0..<19).contains { s.screen.rowText($0).hasPrefix(" ~") })
    }

    @Test func sTogglesActorOrder() {
        let s = Fixture.state(Fixture.small(), 80, 20)
        #expect(s.screen.contains("PERSON 2"))
        _ = s.type("s")
        let g = s.screen
        #expect(g.contains("by count"))
        #expect(!g.contains("PERSON"))
        #expect(g.contains("Anna Berg    per 2") || g.contains("per 2"))
    }

    @Test func mouseWheelAndClick() {
        let s = Fixture.state(Fixture.long(40), 100, 20)
        _ = s.handle(.mouse(x: 5, y: 5, .wheelDown))
        #expect(s.top != s.view.first)
        let side = s.layout.sidebar!
        _ = s.handle(.mouse(x: side.x + 3, y: side.y + 2, .click))   // row 1 is the PERSON header; row 2 Ada Lin
        #expect(s.filterActor == 0)
    }

    @Test func keySequenceHelper() {
        #expect(Key.sequence("a\n\t\u{1B}") == [.char(0x61), .enter, .tab, .escape])
    }
}
