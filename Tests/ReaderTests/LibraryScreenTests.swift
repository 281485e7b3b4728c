// The library drawn into the grid: columns by width, marks that do not rely on colour,
// hostile file names and headlines made safe, the help listing the handled keys.
import Foundation
import Model
import Testing
@testable import Reader

@Suite struct LibraryScreenTests {
    @Test func wideScreenShowsEveryColumnAndTheSidebar() {
        let s = LibraryFixture.analysed(width: 200, height: 30)
        let g = LibraryScreen.render(s)
        let header = g.rowText(0)
        for column in ["Article", "File", "Date", "Quotes", "Speakers", "Actors ("] { #expect(header.contains(column)) }
        let market = try! #require((0..<g.height).map(g.rowText).first { $0.contains("c_market.txt") })
        #expect(market.contains("Markets rally after rate decision"))
        #expect(market.contains("2024-03-05"))
        #expect(market.contains("Ana Ruiz"))
        // The unreadable file: "!" and words, not colour alone.
        let broken = try! #require((0..<g.height).map(g.rowText).first { $0.contains("d_broken.txt") })
        #expect(broken.hasPrefix("!") && broken.contains("cannot read: not a text file (NUL bytes)"))
        #expect(g.rowText(29).hasSuffix("? help"))
    }

    @Test func narrowScreenKeepsHeadlineAndFile() {
        let s = LibraryFixture.analysed(width: 60, height: 18)
        let g = LibraryScreen.render(s)
        #expect(s.layout.sidebar == nil)   // no room: Tab shows it over the list
        #expect(g.contains("Council approves") && g.contains("a_council.txt"))
        #expect(!g.rowText(0).contains("Speakers") && !g.rowText(0).contains("Date"))
        _ = s.handle(.tab)
        #expect(s.layout.sidebarIsOverlay && LibraryScreen.render(s).contains("Ana Ruiz"))
        #expect(s.handle(.ch("q")) == .none && s.focus == .list && s.layout.sidebar == nil)   // q closes the overlay
        #expect(s.handle(.ch("q")) == .quit)
        // Too small: a short message, no crash.
        s.resize(width: 10, height: 3)
        #expect(LibraryScreen.render(s).contains("window"))
        for w in [16, 17, 30, 41, 73, 111] {
            s.resize(width: w, height: 8)
            let g = LibraryScreen.render(s)
            #expect(g.width == w)
        }
    }

    @Test func selectionIsMarkedWithoutColour() {
        let s = LibraryFixture.analysed(width: 100, height: 12)
        _ = s.handle(.ch("j"))
        let g = LibraryScreen.render(s)
        #expect(g.rowText(2).hasPrefix("▸ Storm closes schools"))
        #expect(g[0, 2].style.attrs.contains(.reverse))
    }

    @Test func hostileNamesAndHeadlinesNeverReachTheTerminalAsControls() {
        let evil = "/x/\u{1B}]0;PWNED\u{07}\u{9B}2J\u{202E}evil.txt"
        let s = LibraryState(paths: [evil, "/x/ok.txt"], colour: true, width: 100, height: 10)
        let hostile = ArticleSummary(headline: "Head\u{1B}[2Jline\u{0}", date: "\u{1B}[31m2024", words: 3,
                                     actors: [SummaryActor(name: "Bad\u{1B}Name", kind: .person, mentions: 1, quotes: 1)],
                                     quotes: [SummaryQuote(actor: 0, speaker: "Bad", excerpt: "x\u{07}y", offset: 0, lowConfidence: false)])
        s.absorb([(0, .analysed(hostile)), (1, .failed("ok.txt\u{1B}[H: cannot read"))])
        s.refresh()
        s.setFilter(0)
        for g in [LibraryScreen.render(s), { _ = s.handle(.ch("?")); return LibraryScreen.render(s) }()] {
            for cell in g.cells {
                for u in cell.text.unicodeScalars {
                    #expect(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value) && u.value != 0x202E, "control U+\(String(u.value, radix: 16)) in a cell")
                }
            }
        }
        #expect(LibraryScreen.render(s).contains("PWNED"))   // shown, defused
    }

    @Test func quotesPaneMarksOnlyDirectQuotesWithQuotationMarks() throws {
        let s = LibraryFixture.analysed(width: 140, height: 30)
        s.setFilter(try #require(s.index.actors.firstIndex { $0.name == "Ana Ruiz" }))
        let g = LibraryScreen.render(s)
        #expect(g.contains("“It is a good day"))
        #expect(g.contains("~ the rally was good news"))
        #expect(!g.contains("“the rally"))
    }

    @Test func helpListsTheHandledKeys() {
        let s = LibraryFixture.analysed(width: 100, height: 30)
        _ = s.handle(.ch("?"))
        let g = LibraryScreen.render(s)
        #expect(g.contains(LibraryHelp.title))
        for key in ["j k", "/ ", "n N", "s ", "r ", "Tab", "m ", "Esc x", "q ", "Q ", ":n :p"] {
            #expect(LibraryHelp.lines.contains { $0.hasPrefix(key) || $0.contains(key) }, "help misses \(key)")
        }
        // Every key the help names does something (no "is not a key here").
        let keys: [Key] = [.ch("j"), .ch("k"), .down, .up, .ch(" "), .ch("f"), .pageDown, .ctrl("f"), .ch("b"), .pageUp, .ctrl("b"),
                           .ch("d"), .ch("u"), .ctrl("d"), .ctrl("u"), .ch("g"), .home, .ch("G"), .end, .ch("s"), .ch("r"), .ch("m"), .ch("x"), .ch("n"), .ch("N")]
        _ = s.handle(.escape)
        for k in keys {
            _ = s.handle(k)
            #expect(!(s.message ?? "").contains("is not a key"), "\(k)")
        }
        _ = s.handle(.ch("z"))
        #expect(s.message?.contains("is not a key") == true)
        #expect(s.handle(.ch("q")) == .quit)
    }

    @Test func quotesPaneNamesEachQuotesArticle() {
        let s = LibraryFixture.analysed(width: 100, height: 24)
        let ruiz = s.index.actors.firstIndex { $0.name == "Ana Ruiz" }!
        s.setFilter(ruiz)
        let g = LibraryScreen.render(s)
        let pane = try! #require(s.layout.quotes)
        let lines = (pane.y + 1..<pane.y + pane.height).map { y in
            String((pane.x..<pane.x + pane.width).map { g[$0, y].text }.joined()).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines.filter { $0.contains("c_market.txt") }.count == 2)
        #expect(lines.contains { $0.contains("a_council.txt") && $0.contains("This bridge will carry") })
    }
}
