// A selection in a list of rows and the scroll that keeps it on screen: one rule for the
// library's article list, its actor sidebar and its quotes pane.

enum ListWindow {
    /// Keeps `selection` inside 0..<count (0 when empty) and `scroll` such that the selection
    /// is among the `height` rows shown, never scrolled past the list's end.
    static func clamp(selection: inout Int, scroll: inout Int, count: Int, height: Int) {
        selection = max(0, min(selection, count - 1))
        if selection < scroll { scroll = selection }
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = max(0, min(scroll, max(0, count - height)))
    }
}
