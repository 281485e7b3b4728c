// The help overlay's text: every key the reader handles (KeyHandling.swift).

enum Help {
    static let title = "reader: keys"
    static let lines: [String] = [
        "j k  ↓ ↑          line down / up",
        "Space f PgDn      page down       b PgUp  page up",
        "d u  ^D ^U        half page down / up",
        "g Home  G End     top / bottom",
        "n N  ] [          next / previous quote",
        "                  (n N: next match while searching)",
        "} {               next / previous paragraph",
        "Tab Shift-Tab     focus text / actors / quotes",
        "Enter             filter by actor / jump to quote",
        "H                 hide paragraphs without the actor",
        "Esc x             clear search / filter",
        "/                 search (smart case)",
        "s                 actors by kind / by count",
        "l                 quotes pane      t  highlighting",
        "y                 copy quote and speaker (OSC 52)",
        "w                 why: the rule and speaker of the quote",
        "? h F1            this help        ^L redraw",
        "q                 close pane, else quit   Q quit",
        "",
        "Gutter: \" direct  ~ reported  * mixed  ▶ current",
        "speaker bold, cue underlined, • filtered actor",
    ]
}
