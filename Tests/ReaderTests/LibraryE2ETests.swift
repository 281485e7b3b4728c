// The library end to end in tmux: a directory of a few articles written here (text and a
// saved web page, one unreadable file) opens as a list, Enter opens an article, q returns to
// the same row, an actor filter lists the articles and the quotes, :n moves on, q quits and
// the terminal is restored. And the same directory through a pipe: the plain listing.
import Foundation
import Testing

enum LibraryE2EFixture {
    /// A fresh directory with three readable articles and one binary file.
    static func directory() throws -> URL {
        let dir = try CLI.tempDirectory()
        try CLI.write("""
            Council approves new bridge budget

            The city council voted on Tuesday to fund the new river bridge. "This bridge will carry our city for a century," said Mayor Ana Ruiz.

            Opposition leader Tom Berg said the plan was rushed. "Nobody has seen the final costs," Berg told reporters.
            """, "a_council.txt", in: dir)
        try CLI.write("""
            Storm closes schools across the region

            Schools stayed shut on Monday as the storm moved east. "We expect the roads to be clear by Wednesday," said Lena Park, a spokeswoman for the weather service.

            Mayor Ana Ruiz visited a shelter on Monday night.
            """, "b_storm.txt", in: dir)
        try CLI.write("""
            <html><head><title>Markets rally</title>
            <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
            <body><article><h1>Markets rally after rate decision</h1>
            <p>Stocks rose sharply on Thursday. "Investors were waiting for this signal," said Omar Haddad, an analyst at a bank in the city.</p>
            <p>Mayor Ana Ruiz said the rally was good news for local pensions. "It is a good day for the city," Ruiz said.</p>
            </article></body></html>
            """, "c_market.html", in: dir)
        try CLI.write([0x00, 0x01, 0x02, 0xFF, 0xFE] + Array(repeating: 0, count: 600), "d_broken.txt", in: dir)
        return dir
    }
}

@Suite(.serialized) struct LibraryE2ETests {
    @Test func directoryOpensAsAListAndArticlesOpenFromIt() throws {
        let dir = try LibraryE2EFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(args: [dir.path], width: 100, height: 30)
        let list = try t.waitFor("the analysed list") { $0.contains("Markets rally after rate decision") && !$0.contains("analysing") && $0.contains("Ana Ruiz") }
        #expect(list.contains("Council approves new bridge budget") && list.contains("a_council.txt"))
        #expect(list.contains("2024-03-05"))
        #expect(list.contains("! cannot read: not a text file"), "the unreadable file is not marked:\n\(list)")
        #expect(list.contains("1/4 · by name"))

        // Enter opens the second article; q comes back to the same row.
        t.send("j")
        t.send("Enter")
        _ = try t.waitFor("the storm article") { $0.contains("b_storm.txt · quote") && $0.contains("article 2/4") }
        t.send("q")
        let back = try t.waitFor("the list again") { $0.contains("2/4 · by name") }
        #expect(back.contains("▸ Storm closes schools"))

        // :n from inside an article opens the next one of the list.
        t.send("Enter")
        _ = try t.waitFor(text: "article 2/4")
        t.send(":")
        t.send("n")
        _ = try t.waitFor("the next article") { $0.contains("c_market.html · quote") && $0.contains("article 3/4") }
        t.send("Escape")
        _ = try t.waitFor("the list at the third row") { $0.contains("3/4 · by name") }

        // The actor sidebar: Enter on Ana Ruiz limits the list and lists her quotes.
        t.send("Tab")
        t.send("Enter")
        let filtered = try t.waitFor("the actor filter") { $0.contains("Quotes by Ana Ruiz") && $0.contains("Ana Ruiz speaks") }
        #expect(filtered.contains("a_council.txt") && filtered.contains("c_market.html"))
        #expect(!filtered.contains("Storm closes schools"), "she does not speak in the storm article:\n\(filtered)")
        #expect(filtered.contains("This bridge will carry our city"))
        t.send("m")
        _ = try t.waitFor("mentioned") { $0.contains("Ana Ruiz mentioned") && $0.contains("Storm closes schools") }
        t.send("m")
        // Enter on a quote opens its article there.
        t.send("Enter")
        _ = try t.waitFor("the article at the quote") { $0.contains("a_council.txt · quote 1/") }
        t.send("q")
        _ = try t.waitFor(text: "Quotes by Ana Ruiz")
        t.send("Escape")
        _ = try t.waitFor("the filter cleared") { $0.contains("/4 · by name") && !$0.contains("Quotes by") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }

    @Test func listingWhenNotATerminal() throws {
        let dir = try LibraryE2EFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run([dir.path])
        #expect(r.status == 1)   // d_broken.txt
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "file\tdate\tquotes\tspeakers\theadline")
        #expect(lines.count == 5)
        let market = try #require(lines.first { $0.hasPrefix("c_market.html\t") })
        let fields = market.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 5)
        #expect(fields[1].hasPrefix("2024-03-05") && fields[4] == "Markets rally after rate decision")
        #expect(Int(fields[2]) ?? 0 >= 2 && fields[3].contains("Ana Ruiz"))
        #expect(lines.contains { $0.hasPrefix("d_broken.txt\t") && $0.contains("error: ") })
        // Several files, the same.
        let two = try CLI.run(["--plain", dir.appendingPathComponent("b_storm.txt").path, dir.appendingPathComponent("a_council.txt").path])
        #expect(two.status == 0)
        #expect(two.out.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" } == ["file", "b_storm.txt", "a_council.txt"])
        // One file keeps the plain report.
        let one = try CLI.run([dir.appendingPathComponent("a_council.txt").path])
        #expect(one.status == 0 && one.out.contains("«") && !one.out.hasPrefix("file\t"))
    }
}
