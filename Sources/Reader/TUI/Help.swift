// The help overlay's text: every key the reader handles (KeyHandling.swift).

enum Help {
    static let title = "reader: keys"
    static let lines: [String] = [
        "j k  ↓ ↑          line down / up",
        "Space f PgDn ^F   page down     b PgUp ^B  page up",
        "d u  ^D ^U        half page down / up",
        "g Home  G End     top / bottom",
        "5j 3n 10G 50%     a count repeats a key; 10G or 10g:",
        "                  paragraph 10 (the ¶ number); 50%: halfway",
        "n N  ] [          next / previous quote",
        "/  \\              search down / up (smart case; ß = ss)",
        "                  n same way, N other way, both wrap",
        "} {               next / previous paragraph",
        "Tab Shift-Tab     focus text / actors / quotes",
        "Enter             filter by actor / jump to quote",
        "H                 hide paragraphs without the actor",
        "Esc x             clear search / filter",
        "s                 actors by kind / by count",
        "l                 quotes pane on / off  t  highlighting",
        "y                 copy quote and speaker",
        "w                 why: the rule and speaker of the quote",
        "S                 sources: who is quoted, by type and gender",
        "? h F1            this help        ^L redraw",
        "q                 close pane, else quit   Q quit",
        "                  (from a library: q, Esc back to the list)",
        ":n :p  :q         next / previous article of the library; quit",
        "",
        "Gutter: \" direct  ~ reported  * mixed  ? doubtful  ▶ current",
        "speaker bold, cue underlined, • filtered actor",
        "In help and why, keys only scroll or close them.",
    ]
}
