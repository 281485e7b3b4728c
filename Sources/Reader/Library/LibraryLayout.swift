// Where the library's panes go for a terminal size: the article list (a header row, then one
// row per article), the archive's actor sidebar (docked when the list keeps 56 columns, else
// shown over the list while focused), the quotes pane under the list while an actor filter is
// on, and the status line.

struct LibraryLayout: Equatable, Sendable {
    var tooSmall = false
    var list = Rect.zero
    var sidebar: Rect?
    var sidebarIsOverlay = false
    var quotes: Rect?
    var status = Rect.zero

    static func compute(width: Int, height: Int, actorsFocused: Bool, quotesShown: Bool) -> LibraryLayout {
        var l = LibraryLayout()
        guard width >= Layout.minWidth, height >= 4 else { l.tooSmall = true; return l }
        let bodyH = height - 1
        l.status = Rect(x: 0, y: height - 1, width: width, height: 1)
        var listW = width
        let sw = Layout.sidebarWidth(width)
        if Layout.sidebarDocks(width) {
            l.sidebar = Rect(x: width - sw, y: 0, width: sw, height: bodyH)
            listW -= sw
        } else if actorsFocused {
            let ow = min(width, max(sw, width * 2 / 3))
            l.sidebar = Rect(x: width - ow, y: 0, width: ow, height: bodyH)
            l.sidebarIsOverlay = true
        }
        if quotesShown && bodyH >= 6 {
            let qh = max(3, bodyH * 2 / 5)
            l.list = Rect(x: 0, y: 0, width: listW, height: bodyH - qh)
            l.quotes = Rect(x: 0, y: bodyH - qh, width: listW, height: qh)
        } else {
            l.list = Rect(x: 0, y: 0, width: listW, height: bodyH)
        }
        return l
    }
}
