// The library as pure state: rows before and after analysis, sorting, search, the actor
// filter (speaks / mentioned), its quotes across the archive, progress, unreadable files, and
// the article session (open, back to the same row, :n / :p, open at a quote).
import Model
import Testing
@testable import Reader

enum LibraryFixture {
    static let texts: [String: String] = [
        "a_council.txt": """
            Council approves new bridge budget

            The city council voted on Tuesday to fund the new river bridge. "This bridge will carry our city for a century," said Mayor Ana Ruiz.

            Opposition leader Tom Berg said the plan was rushed. "Nobody has seen the final costs," Berg told reporters.
            """,
        "b_storm.txt": """
            Storm closes schools across the region

            Schools stayed shut on Monday as the storm moved east. "We expect the roads to be clear by Wednesday," said Lena Park, a spokeswoman for the weather service.

            Schools will reopen once the roads are safe, the weather service said. Mayor Ana Ruiz visited a shelter.
            """,
        "c_market.txt": """
            Markets rally after rate decision

            Stocks rose sharply on Thursday. "Investors were waiting for this signal," said Omar Haddad, an analyst.

            Mayor Ana Ruiz said the rally was good news for local pensions. "It is a good day," Ruiz said.
            """,
    ]
    static let paths = ["/lib/c_market.txt", "/lib/a_council.txt", "/lib/b_storm.txt", "/lib/d_broken.txt"]

    static func summary(_ name: String, date: String? = nil) -> ArticleSummary {
        ArticleSummary(analysis: Analyzer().analyze(texts[name]!), date: date)
    }

    /// A library of the four paths with every file analysed (d_broken.txt failing).
    static func analysed(width: Int = 120, height: Int = 24) -> LibraryState {
        let s = LibraryState(paths: paths, colour: false, width: width, height: height)
        s.absorb(entries())
        s.refresh()
        return s
    }

    static func entries() -> [(index: Int, entry: LibraryIndexer.Entry)] {
        [(0, .analysed(summary("c_market.txt", date: "2024-03-05T10:00:00Z"))),
         (1, .analysed(summary("a_council.txt", date: "2023-11-02"))),
         (2, .analysed(summary("b_storm.txt"))),
         (3, .failed("/lib/d_broken.txt: not a text file (NUL bytes); use --force to open it anyway"))]
    }

    static func session(_ s: LibraryState) -> LibrarySession {
        LibrarySession(library: s) { path in
            let name = LibraryState.fileName(path)
            guard let text = texts[name] else { return .failure(ArticleLoader.Failure(message: "\(name): cannot read")) }
            return .success((name, Analyzer().analyze(text), nil))
        }
    }

    static func names(_ s: LibraryState) -> [String] { s.visible.map { s.rows[$0].name } }
}

@Suite struct LibraryStateTests {
    @Test func rowsComeFromThePathsBeforeAnyAnalysis() {
        let s = LibraryState(paths: LibraryFixture.paths, colour: false, width: 100, height: 20)
        #expect(LibraryFixture.names(s) == ["a_council.txt", "b_storm.txt", "c_market.txt", "d_broken.txt"])
        #expect(s.rows.allSatisfy { if case .pending = $0.status { return true }; return false })
        #expect(s.isAnalysing && s.finished == 0 && s.total == 4)
        let g = LibraryScreen.render(s)
        #expect(g.contains("analysing…") && g.contains("a_council.txt"))
        #expect(LibraryScreen.statusText(s).left.contains("analysed 0 / 4"))
    }

    @Test func progressAndFailedFiles() {
        let s = LibraryState(paths: LibraryFixture.paths, colour: false, width: 100, height: 20)
        let e = LibraryFixture.entries()
        s.absorb([e[3], e[1]])
        #expect(s.finished == 2 && s.failed == 1 && s.isAnalysing)
        #expect(LibraryScreen.statusText(s).left.contains("analysed 2 / 4 · 1 unreadable"))
        s.absorb([e[3]])   // a repeat is ignored
        #expect(s.finished == 2)
        s.absorb([e[0], e[2]])
        s.refresh()
        #expect(!s.isAnalysing && !LibraryScreen.statusText(s).left.contains("analysed"))
        // The failed file keeps its row, marked, with its reason when selected.
        #expect(s.select(row: 3))
        #expect(LibraryScreen.statusText(s).left.contains("! not a text file (NUL bytes)"))
        #expect(s.handle(.enter) == .none)
        #expect(s.message?.contains("cannot open") == true)
    }

    @Test func sortsByNameDateAndQuotes() {
        let s = LibraryFixture.analysed()
        #expect(s.sort == .name)
        #expect(LibraryFixture.names(s) == ["a_council.txt", "b_storm.txt", "c_market.txt", "d_broken.txt"])
        _ = s.handle(.ch("s"))
        #expect(s.sort == .date)
        // Newest first; unknown dates after, by name.
        #expect(LibraryFixture.names(s) == ["c_market.txt", "a_council.txt", "b_storm.txt", "d_broken.txt"])
        _ = s.handle(.ch("s"))
        #expect(s.sort == .quotes)
        let counts = s.visible.map { s.rows[$0].summary?.quoteCount ?? -1 }
        #expect(counts == counts.sorted(by: >))
        #expect(s.rows[s.visible.last!].name == "d_broken.txt")
        #expect(LibraryScreen.statusText(s).left.contains("by quotes"))
        _ = s.handle(.ch("s"))
        #expect(s.sort == .name)
    }

    @Test func reverseKeepsUnknownDatesLast() {
        let s = LibraryFixture.analysed()
        _ = s.handle(.ch("r"))
        #expect(s.reversed)
        #expect(LibraryFixture.names(s) == ["d_broken.txt", "c_market.txt", "b_storm.txt", "a_council.txt"])
        #expect(LibraryScreen.statusText(s).left.contains("by name, Z to A"))
        _ = s.handle(.ch("s"))   // by date, still reversed: oldest first, unknown dates still last
        #expect(LibraryFixture.names(s) == ["a_council.txt", "c_market.txt", "b_storm.txt", "d_broken.txt"])
        #expect(LibraryScreen.statusText(s).left.contains("by date, oldest first"))
        _ = s.handle(.ch("r"))
        #expect(LibraryFixture.names(s) == ["c_market.txt", "a_council.txt", "b_storm.txt", "d_broken.txt"])
    }

    @Test func sortKeepsTheSelectedArticle() {
        let s = LibraryFixture.analysed()
        _ = s.handle(.ch("j"))   // b_storm
        let row = s.selectedRow
        _ = s.handle(.ch("s"))
        #expect(s.selectedRow == row)
        #expect(s.rows[s.selectedRow!].name == "b_storm.txt")
    }

    @Test func movesWithCountsAndEnds() {
        let s = LibraryFixture.analysed()
        _ = s.handle(.ch("G"))
        #expect(s.selection == 3)
        _ = s.handle(.ch("g"))
        #expect(s.selection == 0)
        for k in Key.sequence("2j") { _ = s.handle(k) }
        #expect(s.selection == 2)
        for k in Key.sequence("1G") { _ = s.handle(k) }
        #expect(s.selection == 0)
        _ = s.handle(.ctrl("d"))
        #expect(s.selection == 3)   // half a page is past the end: clamped
        _ = s.handle(.up)
        #expect(s.selection == 2)
    }

    @Test func searchesHeadlinesAndFileNames() {
        let s = LibraryFixture.analysed()
        for k in Key.sequence("/storm\n") { _ = s.handle(k) }
        #expect(s.rows[s.selectedRow!].name == "b_storm.txt")
        #expect(LibraryScreen.statusText(s).left.contains("/storm 1/1"))
        for k in Key.sequence("/council\n") { _ = s.handle(k) }   // a file name and a headline
        #expect(s.rows[s.selectedRow!].name == "a_council.txt")
        for k in Key.sequence("/RATE\n") { _ = s.handle(k) }      // headline only, any case
        #expect(s.rows[s.selectedRow!].name == "c_market.txt")
        for k in Key.sequence("/.txt\n") { _ = s.handle(k) }
        #expect(s.matches.count == 4)
        let first = s.selection
        _ = s.handle(.ch("n"))
        #expect(s.selection == first + 1)
        _ = s.handle(.ch("N"))
        #expect(s.selection == first)
        for k in Key.sequence("/nowhere\n") { _ = s.handle(k) }
        #expect(s.query == nil && s.message?.contains("not found") == true)
        for k in Key.sequence("/storm\n") { _ = s.handle(k) }
        _ = s.handle(.escape)
        #expect(s.query == nil)
    }

    @Test func actorsMergeAcrossArticles() {
        let s = LibraryFixture.analysed()
        let ruiz = try! #require(s.index.actors.firstIndex { $0.name == "Ana Ruiz" })
        let actor = s.index.actors[ruiz]
        #expect(actor.articles.count == 3)
        #expect(actor.speakingIn.count == 2)
        // Most quoted first in the sidebar.
        #expect(s.actorOrder.first == ruiz)
        #expect(LibraryScreen.render(s).contains("Ana Ruiz"))
    }

    @Test func actorFilterSpeaksOrMentionedAndItsQuotes() {
        let s = LibraryFixture.analysed()
        let ruiz = s.index.actors.firstIndex { $0.name == "Ana Ruiz" }!
        _ = s.handle(.tab)
        #expect(s.focus == .actors)
        s.moveActorTo(s.actorOrder.firstIndex(of: ruiz)!)
        _ = s.handle(.enter)
        #expect(s.filterActor == ruiz && s.focus == .quotes)
        #expect(LibraryFixture.names(s) == ["a_council.txt", "c_market.txt"])
        // Every quote listed is hers, each with its article.
        #expect(s.quotes.count == s.index.actors[ruiz].quotes)
        #expect(Set(s.quotes.map { s.rows[$0.row].name }) == ["a_council.txt", "c_market.txt"])
        let g = LibraryScreen.render(s)
        #expect(g.contains("Quotes by Ana Ruiz: 3 in 2 articles"))
        #expect(g.contains("good news for local pensions"))
        // m: where she is mentioned at all.
        _ = s.handle(.ch("m"))
        #expect(LibraryFixture.names(s) == ["a_council.txt", "b_storm.txt", "c_market.txt"])
        #expect(LibraryScreen.statusText(s).left.contains("Ana Ruiz mentioned"))
        _ = s.handle(.ch("m"))
        #expect(LibraryFixture.names(s).count == 2)
        // Esc clears the filter: every article again.
        _ = s.handle(.escape)
        #expect(s.filterActor == nil && s.visible.count == 4 && s.quotes.isEmpty)
    }

    @Test func theSidebarSelectionStaysOnTopUntilAnActorIsChosen() {
        let s = LibraryState(paths: LibraryFixture.paths, colour: false, width: 120, height: 24)
        let e = LibraryFixture.entries()
        s.absorb([e[2]])   // the storm article first: Lena Park leads the sidebar for now
        s.refresh()
        #expect(s.selectedActor.map { s.index.actors[$0].name } == "Lena Park")
        s.absorb([e[0], e[1], e[3]])
        s.refresh()
        // Nothing was chosen: the selection is the new first row, the most quoted.
        #expect(s.actorSelection == 0)
        #expect(s.selectedActor.map { s.index.actors[$0].name } == "Ana Ruiz")
        // Once chosen, an actor stays selected as the order changes.
        let berg = s.actorOrder.firstIndex { s.index.actors[$0].name == "Tom Berg" }!
        s.moveActorTo(berg)
        s.rebuildActorOrder()
        #expect(s.selectedActor.map { s.index.actors[$0].name } == "Tom Berg")
    }

    @Test func filterGrowsWhileArticlesArrive() {
        let s = LibraryState(paths: LibraryFixture.paths, colour: false, width: 120, height: 24)
        let e = LibraryFixture.entries()
        s.absorb([e[1]])
        s.refresh()
        let ruiz = s.index.actors.firstIndex { $0.name == "Ana Ruiz" }!
        s.setFilter(ruiz)
        #expect(s.visible.count == 1)
        s.absorb([e[0], e[2], e[3]])
        s.refresh()
        #expect(s.filterActor == ruiz)
        #expect(LibraryFixture.names(s) == ["a_council.txt", "c_market.txt"])
        #expect(s.quotes.count == 3)
    }

    @Test func enterOpensAndBackReturnsToTheSameRow() {
        let s = LibraryFixture.analysed()
        let session = LibraryFixture.session(s)
        _ = session.handle(.ch("j"))
        _ = session.handle(.enter)
        let a = try! #require(session.article)
        #expect(a.name == "b_storm.txt")
        #expect(session.render().contains("article 2/4"))
        // q closes a pane first, else goes back (not quit) when opened from the library.
        #expect(session.handle(.ch("q")) == .none)
        #expect(session.article == nil && s.rows[s.selectedRow!].name == "b_storm.txt")
        // Esc: back only when there is nothing to clear.
        _ = session.handle(.enter)
        for k in Key.sequence("/roads\n") { _ = session.handle(k) }
        _ = session.handle(.escape)
        #expect(session.article != nil)      // cleared the search (or the message) first
        while session.article?.search != nil || session.article?.message != nil { _ = session.handle(.escape) }
        _ = session.handle(.escape)
        #expect(session.article == nil)
        // Q quits from inside an article.
        _ = session.handle(.enter)
        #expect(session.handle(.ch("Q")) == .quit)
    }

    @Test func colonNAndPMoveThroughTheList() {
        let s = LibraryFixture.analysed()
        let session = LibraryFixture.session(s)
        _ = session.handle(.enter)
        #expect(session.article?.name == "a_council.txt")
        for k in Key.sequence(":n") { _ = session.handle(k) }
        #expect(session.article?.name == "b_storm.txt")
        for k in Key.sequence(":n") { _ = session.handle(k) }
        #expect(session.article?.name == "c_market.txt")
        // d_broken.txt cannot be read: :n stays and says so.
        for k in Key.sequence(":n") { _ = session.handle(k) }
        #expect(session.article?.name == "c_market.txt")
        #expect(session.article?.message == "last article of the list")
        for k in Key.sequence(":p") { _ = session.handle(k) }
        #expect(session.article?.name == "b_storm.txt")
        _ = session.handle(.ch("q"))
        #expect(s.rows[s.selectedRow!].name == "b_storm.txt")
    }

    @Test func colonCommandsInASingleArticle() {
        let state = ReaderState(analysis: Analyzer().analyze(LibraryFixture.texts["a_council.txt"]!), name: "a.txt",
                                colour: false, width: 80, height: 20)
        for k in Key.sequence(":n") { #expect(state.handle(k) == .none) }
        #expect(state.message?.contains("one article open") == true)
        #expect(state.press(Key.sequence(":q")).last == .quit)
        #expect(state.handle(.ch("q")) == .quit)
        _ = state.handle(.ch(":"))
        #expect(Screen.render(state).contains(":n next"))
        _ = state.handle(.escape)
        #expect(state.commandLine == nil)
    }

    @Test func enterOnAQuoteOpensTheArticleAtIt() {
        let s = LibraryFixture.analysed()
        let session = LibraryFixture.session(s)
        let ruiz = s.index.actors.firstIndex { $0.name == "Ana Ruiz" }!
        s.setFilter(ruiz)
        s.setFocus(.quotes)
        let last = s.quotes.count - 1
        s.moveQuoteTo(last)
        let target = s.summaryQuote(s.quotes[last])!
        _ = session.handle(.enter)
        let a = try! #require(session.article)
        #expect(a.name == s.rows[s.quotes[last].row].name)
        let q = try! #require(a.currentQuote)
        #expect(a.quoteStart(q) == target.offset)
        #expect(a.analysis.quotes[q].speaker?.actor.map { a.analysis.actors[$0].name } == "Ana Ruiz")
        _ = session.handle(.ch("q"))
        #expect(s.filterActor == ruiz && s.quoteSelection == last)
    }

    @Test func fileNamesWithoutTheFileSystem() {
        #expect(LibraryState.fileName("/a/b/c.txt") == "c.txt")
        #expect(LibraryState.fileName("c.txt") == "c.txt")
        #expect(LibraryState.fileName("dir/") == "dir")
        #expect(LibraryState.dateKey("2024-03-05T10:00:00Z") == "2024-03-05")
        #expect(LibraryState.dateKey("March 5, 2024") == nil)
        #expect(LibraryScreen.grouped(3120) == "3,120" && LibraryScreen.grouped(10_000) == "10,000" && LibraryScreen.grouped(12) == "12")
    }
}

@Suite struct LibraryRandomKeysTests {
    /// Any key at any size, while summaries arrive and articles open and close: no crash, the
    /// selection stays inside the list, and every screen is the terminal's size.
    @Test func randomKeysNeverBreakTheLibrary() {
        var rng = SystemRandomNumberGenerator()
        let s = LibraryState(paths: LibraryFixture.paths, colour: true, width: 80, height: 20)
        let session = LibraryFixture.session(s)
        var pending = LibraryFixture.entries()
        let keys: [Key] = Key.sequence("jkgGdunNsmx/q?hQ:np5\n\t\u{1B}") + [.up, .down, .pageUp, .pageDown, .home, .end, .backTab, .enter,
                                                                      .mouse(x: 3, y: 2, .click), .mouse(x: 70, y: 3, .wheelDown)]
        for i in 0..<1500 {
            if i % 53 == 0, !pending.isEmpty { s.absorb([pending.removeFirst()]); s.refresh() }
            if i % 211 == 0 { session.resize(width: Int.random(in: 0...220, using: &rng), height: Int.random(in: 0...60, using: &rng)) }
            let key = keys.randomElement(using: &rng)!
            if key == .ch("Q") || key == .ch("q") && session.article == nil { continue }   // quitting ends nothing here
            _ = session.handle(key)
            let g = session.render()
            #expect(g.width == s.width && g.height == s.height)
            #expect(s.visible.isEmpty || s.selection < s.visible.count)
        }
        #expect(s.finished == 4)
    }
}
