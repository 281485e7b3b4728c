// Where each pane goes for a terminal size: pure arithmetic, no state.

struct Rect: Equatable, Sendable {
    var x: Int, y: Int, width: Int, height: Int
    static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}

struct Layout: Equatable, Sendable {
    /// Below this the screen shows only a short message.
    static let minWidth = 16, minHeight = 3
    /// From this width the quotes pane sits beside the text (else `l` opens it below).
    static let wideWidth = 160
    static let gutter = 2

    var tooSmall = false
    var main = Rect.zero
    /// The actor sidebar, when docked (beside the text) or shown as an overlay.
    var sidebar: Rect?
    var sidebarIsOverlay = false
    var quotes: Rect?
    var quotesBelow = false
    var status = Rect.zero

    /// Columns for the text itself (the main pane minus the gutter and, when there is room,
    /// a blank column before the next pane).
    /// Rows per entry in the quotes pane: two (speaker · kind · rule, then the words) when the
    /// pane stands beside the text and is wide enough, else one.
    var quoteEntryHeight: Int {
        guard let q = quotes, !quotesBelow, q.width >= Layout.twoLineQuotesWidth else { return 1 }
        return 2
    }
    static let twoLineQuotesWidth = 48

    /// Entries the quotes pane shows at once (its first row is the title).
    var quoteEntriesShown: Int { max(1, ((quotes?.height ?? 2) - 1) / quoteEntryHeight) }

    var textWidth: Int { max(1, main.width - Layout.gutter - (main.width >= 40 ? 1 : 0)) }

    /// The sidebar's width: at least the base (24–32 columns), more when the longest name
    /// wants it (`want`), up to a third of the screen while the text keeps 56 columns.
    static func sidebarWidth(_ width: Int, want: Int = 0) -> Int {
        let base = min(32, max(24, width / 6))
        return max(base, min(want, width / 3, width - 56))
    }

    /// True when the sidebar fits beside a text pane of a readable width.
    static func sidebarDocks(_ width: Int) -> Bool { width - sidebarWidth(width) >= 56 }

    static func compute(width: Int, height: Int, showSidebarOverlay: Bool, quotesWanted: Bool,
                        quotesHidden: Bool = false, sidebarWant: Int = 0) -> Layout {
        var l = Layout()
        guard width >= minWidth, height >= minHeight else {
            l.tooSmall = true
            return l
        }
        let bodyH = height - 1
        l.status = Rect(x: 0, y: height - 1, width: width, height: 1)
        var mainW = width
        // Beside a quotes pane the text keeps 80 columns: the sidebar grows into what is left.
        let quotesBeside = width >= wideWidth && !quotesHidden
        let sw = sidebarWidth(width, want: quotesBeside ? min(sidebarWant, width - 80 - min(60, width / 4)) : sidebarWant)
        if sidebarDocks(width) {
            l.sidebar = Rect(x: width - sw, y: 0, width: sw, height: bodyH)
            mainW -= sw
        } else if showSidebarOverlay {
            let ow = min(width, sw)
            l.sidebar = Rect(x: width - ow, y: 0, width: ow, height: bodyH)
            l.sidebarIsOverlay = true
        }
        if quotesBeside {
            // Wide enough to read an entry (up to 40% of the screen, 100 columns), while the
            // text keeps at least 80 columns.
            let qw = max(min(60, width / 4), min(100, width * 2 / 5, mainW - 80))
            l.quotes = Rect(x: mainW - qw, y: 0, width: qw, height: bodyH)
            mainW -= qw
            l.main = Rect(x: 0, y: 0, width: mainW, height: bodyH)
        } else if width >= wideWidth {
            l.main = Rect(x: 0, y: 0, width: mainW, height: bodyH)
        } else if quotesWanted && bodyH >= 6 {
            let qh = max(3, bodyH * 2 / 5)
            l.main = Rect(x: 0, y: 0, width: mainW, height: bodyH - qh)
            l.quotes = Rect(x: 0, y: bodyH - qh, width: mainW, height: qh)
            l.quotesBelow = true
        } else if quotesWanted {
            l.main = Rect(x: 0, y: 0, width: mainW, height: bodyH)
            l.quotes = Rect(x: 0, y: 0, width: mainW, height: bodyH)   // small: the list covers the text
            l.quotesBelow = true
        } else {
            l.main = Rect(x: 0, y: 0, width: mainW, height: bodyH)
        }
        return l
    }
}
