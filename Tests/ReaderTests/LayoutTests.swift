import Testing
@testable import Reader

@Suite struct LayoutTests {
    @Test func eightyColumnsDockTheSidebar() {
        let l = Layout.compute(width: 80, height: 24, showSidebarOverlay: false, quotesWanted: false)
        #expect(!l.tooSmall)
        #expect(l.sidebar != nil && !l.sidebarIsOverlay)
        #expect(l.quotes == nil)
        #expect(l.main.width + l.sidebar!.width == 80)
        #expect(l.main.height == 23 && l.status.y == 23)
    }

    @Test func wideTerminalShowsAllThreePanes() {
        let l = Layout.compute(width: 200, height: 50, showSidebarOverlay: false, quotesWanted: false)
        #expect(l.quotes != nil && !l.quotesBelow)
        #expect(l.sidebar != nil)
        #expect(l.main.width + l.quotes!.width + l.sidebar!.width == 200)
    }

    @Test func narrowTerminalHidesSidebarUnlessOverlaid() {
        let l = Layout.compute(width: 60, height: 20, showSidebarOverlay: false, quotesWanted: false)
        #expect(l.sidebar == nil && l.main.width == 60)
        let o = Layout.compute(width: 60, height: 20, showSidebarOverlay: true, quotesWanted: false)
        #expect(o.sidebar != nil && o.sidebarIsOverlay && o.main.width == 60)
    }

    @Test func quotesPaneOpensBelowWhenNarrow() {
        let l = Layout.compute(width: 100, height: 30, showSidebarOverlay: false, quotesWanted: true)
        #expect(l.quotes != nil && l.quotesBelow)
        #expect(l.main.height + l.quotes!.height == 29)
    }

    @Test func tinySizesAreTooSmall() {
        #expect(Layout.compute(width: 1, height: 1, showSidebarOverlay: false, quotesWanted: false).tooSmall)
        #expect(Layout.compute(width: 15, height: 10, showSidebarOverlay: false, quotesWanted: false).tooSmall)
        #expect(!Layout.compute(width: 20, height: 5, showSidebarOverlay: false, quotesWanted: false).tooSmall)
    }
}
