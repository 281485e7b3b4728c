import Testing
@testable import Model
@testable import Reader

/// Builds an Analysis by hand from small texts, so screen tests do not depend on the
/// Model's rules: paragraphs are separated by blank lines, spans are found by substring.
enum Fixture {
    struct Q {
        var kind: QuoteKind
        var content: String
        var speaker: String? = nil
        var cue: String? = nil
        var actor: Int? = nil
        var rule: QuoteRule? = nil
    }

    static func find(_ needle: String, in bytes: [UInt8], from: Int = 0) -> Span? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return nil }
        var i = from
        while i + n.count <= bytes.count {
            if bytes[i..<(i + n.count)].elementsEqual(n) { return Span(i, i + n.count) }
            i += 1
        }
        return nil
    }

    static func analysis(_ paragraphs: [String], actors: [(String, ActorKind, [String])] = [], quotes: [Q] = [],
                         headline: Bool = false) -> Analysis {
        let text = paragraphs.joined(separator: "\n\n")
        var doc = Document(text: text)
        var paras: [Paragraph] = []
        var offset = 0
        for (i, p) in paragraphs.enumerated() {
            let n = p.utf8.count
            paras.append(Paragraph(span: Span(offset, offset + n), isHeadline: headline && i == 0))
            offset += n + 2
        }
        doc.paragraphs = paras
        func para(_ o: Int) -> Int { doc.paragraphIndex(containing: o) ?? 0 }
        var mentions: [Mention] = []
        var actorList: [Actor] = []
        for (ai, (name, kind, forms)) in actors.enumerated() {
            var ms: [Int] = []
            for form in forms {
                var from = 0
                while let s = find(form, in: doc.bytes, from: from) {
                    ms.append(mentions.count)
                    mentions.append(Mention(span: s, paragraph: para(s.start), actor: ai))
                    from = s.end
                }
            }
            actorList.append(Actor(name: name, kind: kind, mentions: ms))
        }
        var qs: [Quote] = []
        var searchFrom = 0   // quotes are given in text order
        for q in quotes {
            guard let c = find(q.content, in: doc.bytes, from: searchFrom) else { fatalError("no \(q.content)") }
            searchFrom = c.start
            let p = para(c.start)
            let ps = doc.paragraphs[p].span
            var speaker: Speaker?
            if let s = q.speaker, let sp = find(s, in: doc.bytes, from: ps.start) { speaker = Speaker(span: sp, actor: q.actor) }
            let cue = q.cue.flatMap { find($0, in: doc.bytes, from: ps.start) }
            qs.append(Quote(kind: q.kind, paragraph: p, parts: [c], cue: cue, speaker: speaker, rule: q.rule ?? QuoteRule.allCases.first!))
        }
        qs.sort { $0.content.start < $1.content.start }
        return Analysis(document: doc, actors: actorList, mentions: mentions, quotes: qs)
    }

    /// A short article with two actors and three quotes of each kind.
    static func small() -> Analysis {
        analysis([
            "Leaders meet",
            "Anna Berg said the plan was dead. Critics disagreed.",
            "\"We will not sign,\" Berg told reporters on Monday.",
            "Tom Ode argued that the \"deal is fair\" and should stand.",
            "Nobody else spoke.",
        ], actors: [("Anna Berg", .person, ["Anna Berg", "Berg told"]), ("Tom Ode", .person, ["Tom Ode"])],
           quotes: [
            Q(kind: .indirect, content: "the plan was dead", speaker: "Anna Berg", cue: "said", actor: 0),
            Q(kind: .direct, content: "We will not sign,", speaker: "Berg", cue: "told", actor: 0),
            Q(kind: .mixed, content: "that the \"deal is fair\" and should stand", speaker: "Tom Ode", cue: "argued", actor: 1),
           ], headline: true)
    }

    /// `count` paragraphs of filler, every fifth holding a quote by one actor.
    static func long(_ count: Int) -> Analysis {
        var paras: [String] = []
        var qs: [Q] = []
        for i in 0..<count {
            if i % 5 == 2 {
                paras.append("Paragraph \(i): Ada Lin said that the number \(i) matters a great deal to everyone here today.")
                qs.append(Q(kind: .indirect, content: "that the number \(i) matters", speaker: "Ada Lin", cue: "said", actor: 0))
            } else {
                paras.append("Paragraph \(i): the quick brown fox jumps over the lazy dog, again and again, for a while.")
            }
        }
        return analysis(paras, actors: [("Ada Lin", .person, ["Ada Lin"])], quotes: qs)
    }

    static func state(_ a: Analysis, _ w: Int, _ h: Int, colour: Bool = false) -> ReaderState {
        ReaderState(analysis: a, name: "test.txt", colour: colour, width: w, height: h)
    }
}

extension ReaderState {
    func press(_ keys: [Key]) -> [Action] { keys.map { handle($0) } }
    func type(_ s: String) -> [Action] { press(Key.sequence(s)) }
    var screen: Grid { Screen.render(self) }
}

@Suite struct ScreenTests {
    @Test func firstScreenShowsTextSidebarAndStatus() {
        let s = Fixture.state(Fixture.small(), 80, 12)
        let g = s.screen
        #expect(g.width == 80 && g.height == 12)
        #expect(g.rowText(0).hasPrefix("  Leaders meet"))
        #expect(g.contains("Actors (2) · by kind"))
        #expect(g.contains("PERSON 2"))
        #expect(g.contains("Anna Berg"))
        #expect(g.contains("Tom Ode"))
        let status = g.rowText(11)
        #expect(status.contains("test.txt · quote –/3 · ¶ 1/5"))
        #expect(status.hasSuffix("? help"))
    }

    @Test func gutterMarksQuoteKinds() {
        let s = Fixture.state(Fixture.small(), 60, 14)
        let t = s.screen
        let lines = (0..<14).map(t.rowText)
        #expect(lines.contains { $0.hasPrefix(" ~Anna Berg said") })
        #expect(lines.contains { $0.hasPrefix(" \"\"We will not sign") })
        #expect(lines.contains { $0.hasPrefix(" *Tom Ode argued") })
        #expect(lines.contains { $0.hasPrefix("  Nobody else spoke.") })
    }

    @Test func currentQuoteIsMarkedAndStandsOut() {
        let s = Fixture.state(Fixture.small(), 60, 14)
        _ = s.type("n")
        let g = s.screen
        let row = (0..<14).first { g.rowText($0).contains("Anna Berg said") }!
        #expect(g.rowText(row).hasPrefix("▶~"))
        // The quote text is reversed; the text before it is not.
        let x = 2 + "Anna Berg said ".count
        #expect(g[x, row].style.attrs.contains(.reverse))
        let t = g.rowText(row)
        let critics = t.distance(from: t.startIndex, to: t.range(of: "Critics")!.lowerBound)
        #expect(!g[critics, row].style.attrs.contains(.reverse))
        #expect(g.rowText(13).contains("quote 1/3"))
        #expect(g.rowText(13).contains("Anna Berg"))
    }

    @Test func monochromeDistinguishesKindsWithoutColour() {
        let s = Fixture.state(Fixture.small(), 60, 14, colour: false)
        let g = s.screen
        var styles: [String: Style] = [:]
        for y in 0..<14 {
            let t = g.rowText(y)
            for (word, key) in [("plan", "indirect"), ("sign", "direct"), ("fair", "mixed"), ("Nobody", "plain")] {
                if let r = t.range(of: word) { styles[key] = g[t.distance(from: t.startIndex, to: r.lowerBound), y].style }
            }
        }
        #expect(styles.count == 4)
        for st in styles.values { #expect(st.fg == .none && st.bg == .none) }
        #expect(Set(styles.values.map(\.attrs)).count == 4)
    }

    @Test func colourDistinguishesKindsAndSpeakerAndCue() {
        let s = Fixture.state(Fixture.small(), 60, 14, colour: true)
        let g = s.screen
        func style(of word: String) -> Style? {
            for y in 0..<14 {
                let t = g.rowText(y)
                if let r = t.range(of: word) { return g[t.distance(from: t.startIndex, to: r.lowerBound), y].style }
            }
            return nil
        }
        let direct = style(of: "sign")!, indirect = style(of: "plan")!, mixed = style(of: "fair")!
        #expect(Set([direct.fg, indirect.fg, mixed.fg]).count == 3)
        #expect(style(of: "Anna")!.attrs.contains(.bold))
        #expect(style(of: "argued")!.attrs.contains(.underline))
        #expect(style(of: "Nobody")! == Style.plain)
    }

    @Test func helpOverlayListsKeys() {
        let s = Fixture.state(Fixture.small(), 80, 26)
        _ = s.type("?")
        let g = s.screen
        #expect(g.contains("reader: keys"))
        #expect(g.contains("next / previous quote"))
        #expect(g.contains("copy quote and speaker"))
        _ = s.type("q")
        #expect(!s.screen.contains("reader: keys"))
    }

    @Test func noQuotesAndNoActorsAreSaid() {
        let a = Fixture.analysis(["Just a paragraph.", "And another one."])
        let s = Fixture.state(a, 100, 10)
        let g = s.screen
        #expect(g.contains("no actors"))
        #expect(g.rowText(9).contains("no quotes"))
        _ = s.type("n")
        #expect(s.screen.rowText(9).contains("no quotes"))
        _ = s.type("\t\n")
        #expect(s.screen.contains("no actors"))
    }

    @Test func emptyArticleRenders() {
        let a = Analysis(document: Document(text: ""))
        let s = Fixture.state(a, 40, 6)
        #expect(s.screen.contains("(empty article)"))
        for k in Key.sequence("jkGgnN]{}/x\nqQ") { _ = s.handle(k) }
        _ = s.screen
    }

    @Test func everySizeRendersWithoutCrashing() {
        let a = Fixture.small()
        for w in 0...40 {
            for h in 0...9 {
                let s = Fixture.state(a, w, h)
                let g = s.screen
                #expect(g.width == w && g.height == h)
                for k in Key.sequence("nG\tjj\nl?q/e\n") { _ = s.handle(k); _ = s.screen }
            }
        }
    }

    @Test func tooSmallShowsMessage() {
        let s = Fixture.state(Fixture.small(), 10, 2)
        #expect(s.screen.text.contains("window"))
        let one = Fixture.state(Fixture.small(), 1, 1)
        #expect(one.screen.text == "…")
    }

    @Test func twentyByFiveShowsTextAndStatus() {
        let s = Fixture.state(Fixture.small(), 20, 5)
        let g = s.screen
        #expect(g.rowText(0) == "  Leaders meet")
        #expect(g.rowText(4).contains("test.txt"))
        #expect(!g.contains("Actors"))
    }

    @Test func wideScreenShowsThreePanes() {
        let s = Fixture.state(Fixture.small(), 200, 20)
        let g = s.screen
        #expect(g.contains("Quotes 3"))
        #expect(g.contains("Actors (2)"))
        #expect(g.contains("We will not sign"))
        let l = s.layout
        #expect(l.quotes != nil && !l.quotesBelow && l.sidebar != nil && !l.sidebarIsOverlay)
    }
}
