// End to end in tmux (issue 11): keys typed in help do not run, counts, the quotes pane
// following a filter, the light palette's colour numbers, and the stdin hint.
import Foundation
import Testing

@Suite(.serialized) struct E2EHabitsTests {
    private func statusLine(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? "")
    }

    @Test func keysTypedInHelpDoNotRunAsCommands() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 80, height: 24)
        let first = try t.waitFor(text: "? help")
        let sidebarBefore = first.split(separator: "\n").prefix(5).map { String($0.suffix(25)) }
        // A less user searching backwards: ?sanctions then Enter.
        t.send("?")
        _ = try t.waitFor(text: "reader: keys")
        t.send("-l", "sanctions")
        let inHelp = try t.waitFor("the help still open, saying so") { $0.contains("reader: keys") && $0.contains("help is open") }
        #expect(!inHelp.contains("highlighting off"))
        // Enter only scrolls the help (which is longer than 24 rows); the message goes with
        // the change of view, so it is checked before Enter, not after.
        t.send("Enter")
        _ = try t.waitFor("Enter scrolling the help") { $0.contains("reader: keys") && $0.contains("↑ more") }
        t.send("Escape")
        let after = try t.waitFor("help closed") { !$0.contains("reader: keys") && $0.contains("? help") }
        // Nothing ran: no current quote, highlighting on, the sidebar in its order.
        #expect(statusLine(after).contains("quote –/"))
        #expect(!after.contains("highlighting off"))
        #expect(after.split(separator: "\n").prefix(5).map { String($0.suffix(25)) } == sidebarBefore)
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func countsMoveByManyAndNameParagraphs() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 80, height: 24)
        _ = try t.waitFor(text: "? help")
        t.send("-l", "3n")
        _ = try t.waitFor("the third quote") { self.statusLine($0).contains("quote 3/") }
        t.send("-l", "10G")
        _ = try t.waitFor("paragraph 10 at the top") { self.statusLine($0).contains("¶ 10/") }
        t.send("-l", "1G")
        _ = try t.waitFor("paragraph 1 at the top") { self.statusLine($0).contains("¶ 1/") }
        t.send("-l", "&")
        _ = try t.waitFor(text: "& is not a key here; ? shows the keys")
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func quotesPaneFollowsTheFilterAt200Columns() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 200, height: 50)
        let first = try t.waitFor(text: "? help")
        #expect(first.contains(" Quotes "))
        t.send("Tab")          // the sidebar: its first actor is selected
        t.send("Enter")        // filter by it
        let filtered = try t.waitFor("the filtered pane") { $0.contains(" by ") && $0.contains(" Quotes ") && self.statusLine($0).contains("filter: ") }
        // The pane's count agrees with the status line's.
        let status = statusLine(filtered)
        let paneTitle = filtered.split(separator: "\n").first { $0.contains(" Quotes ") }.map(String.init) ?? ""
        let statusCount = status.range(of: #"quote [0-9–]+/([0-9]+)"#, options: .regularExpression).map { String(status[$0]).split(separator: "/").last! }
        let paneCount = paneTitle.range(of: #"Quotes ([0-9]+/)?[0-9]+ by"#, options: .regularExpression)
            .map { String(paneTitle[$0]).split(separator: " ")[1].split(separator: "/").last! }
        #expect(statusCount != nil && statusCount == paneCount, "status: \(status)\npane: \(paneTitle)")
        #expect(status.components(separatedBy: "filter:").count == 2)
        // l hides the pane, l brings it back, q closes it first.
        t.send("l")
        _ = try t.waitFor("the pane hidden") { !$0.contains(" Quotes ") }
        t.send("l")
        _ = try t.waitFor("the pane back") { $0.contains(" Quotes ") }
        t.send("q")
        _ = try t.waitFor("the pane closed by q") { !$0.contains(" Quotes ") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func lightPaletteUsesDarkColoursOn256ColourTerminals() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30,
                                env: ["TERM": "tmux-256color", "READER_THEME": "light", "NO_COLOR": ""])
        let light = try t.waitFor("the light palette", escapes: true) { $0.contains("? help") && $0.contains("38;5;") }
        #expect(light.contains("38;5;25m"), "reported speech not in colour 25")   // #005faf on white: 6.4:1
        #expect(light.contains("38;5;94m"), "speaker not in colour 94")
        #expect(!light.contains("38;5;117m") && !light.contains("38;5;221m"), "dark-background colours on a light theme")
        t.send("q")
        #expect(try t.exitStatus() == 0)
        // --theme dark overrides the environment.
        let d = try TmuxSession(args: [ReaderBinary.seed, "--theme", "dark"], width: 100, height: 30,
                                env: ["TERM": "tmux-256color", "READER_THEME": "light", "NO_COLOR": ""])
        let dark = try d.waitFor("the dark palette", escapes: true) { $0.contains("? help") && $0.contains("38;5;") }
        #expect(dark.contains("38;5;117m") && !dark.contains("38;5;25m"))
        d.send("q")
        #expect(try d.exitStatus() == 0)
    }

    /// A terminal that answers the background query after its timeout: the reply's
    /// characters (`]`, digits, `;`) must not run as keys; Esc still works.
    @Test func lateBackgroundReplyDoesNotRunAsKeys() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 30)
        _ = try t.waitFor(text: "? help")
        t.send("-l", "\u{1B}]11;rgb:ffff/ffff/ffff\u{07}")
        t.send("-l", "&")   // a marker key, handled after the reply
        let s = try t.waitFor(text: "& is not a key here")
        #expect(statusLine(s).contains("quote –/"), "the reply's ] jumped to a quote")
        t.send("Tab")
        t.send("Enter")
        _ = try t.waitFor("a filter") { self.statusLine($0).contains("filter: ") }
        t.send("Escape")
        _ = try t.waitFor("Esc cleared the filter") { !self.statusLine($0).contains("filter: ") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func dashOnATerminalSaysWhereTheArticleComesFrom() throws {
        let t = try TmuxSession(args: ["-"], width: 100, height: 30)
        _ = try t.waitFor(text: "reading the article from standard input; end with ^D")
        t.send("-l", "Officials said the deal was off.")
        t.send("Enter")
        t.send("C-d")
        _ = try t.waitFor("the reader on the typed article") { $0.contains("? help") && $0.contains("the deal was off") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
    }
}
