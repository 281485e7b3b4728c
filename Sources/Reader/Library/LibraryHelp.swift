// The library's help overlay: every key LibraryKeys.swift handles, and the keys that lead
// back from an article (KeyHandling.swift).

enum LibraryHelp {
    static let title = "reader library: keys"
    static let lines: [String] = [
        "j k  ↓ ↑          next / previous row",
        "Space f PgDn ^F   page down     b PgUp ^B  page up",
        "d u  ^D ^U        half page down / up",
        "g Home  G End     first / last    5g 5G  row 5",
        "5j                a count repeats a move",
        "Enter             open the article / filter by actor /",
        "                  open the article at the quote",
        "/                 search headlines and file names",
        "n N               next / previous match (wrap)",
        "s                 sort: by name, by date, by quotes",
        "r                 reverse the order",
        "Tab Shift-Tab     focus articles / actors / quotes",
        "m                 filter: actor speaks / is mentioned",
        "Esc x             clear search / filter",
        "? h F1            this help        ^L redraw",
        "q                 close the actors overlay, else quit",
        "Q                 quit",
        "",
        "In an article: q or Esc back to the list,",
        ":n :p next / previous article, Q quit.",
        "! marks a file that cannot be read (reason",
        "in the status line when selected).",
    ]
}
