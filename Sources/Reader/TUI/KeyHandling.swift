// Keys → state changes, with the conventions of less, vim, tig and glow.
// The help overlay (Help.swift) lists exactly what is handled here.

/// What a key can change on screen: a status message stays until one of these changes.
struct ViewSignature: Equatable {
    var top: LinePos, focus: Focus, filter: Int?, hidden: Bool, highlight: Bool
    var search: String?, match: Int?, quote: Int?, quoteSelection: Int, quoteScroll: Int
    var actorRow: Int?, actorsByCount: Bool, actorScroll: Int
    var help: Bool, helpScroll: Int, why: Int?, prompt: String?, quotesWanted: Bool, quotesHidden: Bool, count: Int?
    var commandLine: String?
}

extension ReaderState {
    var viewSignature: ViewSignature {
        ViewSignature(top: top, focus: focus, filter: filterActor, hidden: hideUnmarked, highlight: highlight,
                      search: search?.query, match: search?.current, quote: currentQuote,
                      quoteSelection: quoteSelection, quoteScroll: quoteScroll,
                      actorRow: actorList.selectedRow, actorsByCount: actorList.byCount, actorScroll: actorList.scroll,
                      help: helpOpen, helpScroll: helpScroll, why: whyQuote, prompt: prompt,
                      quotesWanted: quotesWanted, quotesHidden: quotesHidden, count: count, commandLine: commandLine)
    }

    /// Handles one key. A status message ("copied", "no more quotes") stays until a key
    /// changes the view, or Esc dismisses it.
    func handle(_ key: Key) -> Action {
        let before = viewSignature
        let old = message
        message = nil
        let action = dispatch(key, hadMessage: old != nil)
        if message == nil, old != nil, key != .escape, action == .none, viewSignature == before { message = old }
        return action
    }

    /// Largest count taken (`99999j` is the end anyway).
    static let maxCount = 100_000

    private func dispatch(_ key: Key, hadMessage: Bool) -> Action {
        if prompt != nil { return handlePrompt(key) }
        if commandLine != nil { return handleCommandLine(key) }
        // Overlays take every key: they scroll or close, and nothing typed there runs as a
        // command behind them (a less user typing `?word` gets help, not `w`, `o`, `r`, `d`).
        if helpOpen { count = nil; return handleHelp(key) }
        if whyQuote != nil { count = nil; return handleWhy(key) }
        if let scroll = auditScroll {  // S: the source audit (AuditOverlay.swift)
            count = nil
            let r = AuditOverlay.handle(key, scroll: scroll, lineCount: auditLines.count, rows: max(1, height - 3))
            auditScroll = r.scroll
            return r.quit ? .quit : .none
        }
        if case .mouse(let x, let y, let m) = key { count = nil; return handleMouse(x: x, y: y, m) }

        // A count: digits before a key (`5j`, `3n`, `10G`, `50%`); 0 only after another digit.
        if case .char(let v) = key, (v >= 0x31 && v <= 0x39) || (v == 0x30 && count != nil) {
            count = min(Self.maxCount, (count ?? 0) * 10 + Int(v - 0x30))
            return .none
        }
        let n = count
        count = nil
        let times = max(1, n ?? 1)

        switch key {
        case .char(0x71):  // q: closes a pane, else quits
            if focus == .actors && layout.sidebarIsOverlay { setFocus(.text); return .none }
            if layout.quotes != nil && !layout.tooSmall && (focus == .quotes || quotesWanted) {
                closeQuotesPane()
                return .none
            }
            return libraryPlace != nil ? .back : .quit
        case .char(0x51): return .quit                                          // Q
        case .char(0x3A): commandLine = ""; return .none                        // :
        case .char(0x3F), .char(0x68), .f1: helpOpen = true; helpScroll = 0; return .none   // ? h F1
        case .char(0x0C): return .redraw                                        // ^L
        case .char(0x53):
            if auditLines.isEmpty { auditLines = AuditOverlay.lines(analysis) }
            auditScroll = 0; return .none                          // S: sources audit
        case .tab: cycleFocus(forward: true); return .none
        case .backTab: cycleFocus(forward: false); return .none
        case .escape:
            if n != nil { return .none }                                        // Esc drops a count
            if search != nil { clearSearch(); return .none }
            if filterActor != nil { setFilter(nil); return .none }
            if focus != .text { setFocus(.text); return .none }
            // From the library, Esc with nothing left to clear (not even a message) goes back.
            if libraryPlace != nil && !hadMessage { return .back }
            return .none   // else it dismisses the status message
        case .char(0x78):                                                       // x
            if filterActor != nil { setFilter(nil) } else if search != nil { clearSearch() }
            return .none
        case .char(0x2F): prompt = ""; promptBackward = false; return .none     // /
        case .char(0x5C): prompt = ""; promptBackward = true; return .none      // \ backward
        case .char(0x74):                                                       // t
            highlight.toggle()
            message = highlight ? "quote highlighting on" : "quote highlighting off"
            return .none
        case .char(0x6C): toggleQuotesPane(); return .none                      // l
        case .char(0x77): openWhy(); return .none                               // w
        case .char(0x73): actorList.toggleOrder(); relayout(); return .none     // s
        case .char(0x48): toggleHide(); return .none                            // H
        case .char(0x79):                                                       // y
            guard let q = currentQuote else { message = "no current quote: press n first"; return .none }
            return .copy(clipboardText(q))
        case .char(0x25):                                                       // 50%
            guard let p = n else { message = "% needs a count first: 50% goes halfway"; return .none }
            goToPercent(p)
            return .none
        case .char(0x6E), .char(0x4E):                                          // n N
            let same = key == .char(0x6E)
            for _ in 0..<min(times, max(1, navigable.count, search?.matches.count ?? 0)) {
                if search != nil { jumpMatch(sameDirection: same) } else if !jumpQuote(forward: same) { break }
            }
            return .none
        case .char(0x5D), .char(0x5B):                                          // ] [
            for _ in 0..<min(times, max(1, navigable.count)) where !jumpQuote(forward: key == .char(0x5D)) { break }
            return .none
        default: break
        }

        switch focus {
        case .actors: if handleActorKey(key, times: times) { return .none }
        case .quotes: if handleQuoteKey(key, times: times, count: n) { return .none }
        case .text: break
        }
        if !handleTextKey(key, times: times, count: n) { message = Self.notAKey(key) }
        return .none
    }

    /// What the status line says for a key that does nothing here.
    static func notAKey(_ key: Key) -> String {
        let name: String
        switch key {
        case .char(let v) where v < 0x20: name = "^" + String(Character(Unicode.Scalar(UInt8(v + 0x40))))
        case .char(let v):
            let shown = Sanitize.display(v)
            name = shown == v && !Sanitize.isInvisible(v) && CellWidth.of(v) > 0 ? String(Character(Unicode.Scalar(v) ?? "?")) : "U+" + String(v, radix: 16, uppercase: true)
        case .left: name = "Left"
        case .right: name = "Right"
        case .backspace: name = "Backspace"
        default: name = "that key"
        }
        return "\(name) is not a key here; ? shows the keys"
    }

    /// Keys for the text; false when the key means nothing here. A count repeats a move, and
    /// before g or G names a paragraph (the status line's ¶ number).
    private func handleTextKey(_ key: Key, times: Int, count: Int?) -> Bool {
        let page = max(1, bodyHeight - 1)
        let half = max(1, bodyHeight / 2)
        switch key {
        case .char(0x6A), .down, .enter: scroll(by: times)                      // j
        case .char(0x6B), .up: scroll(by: -times)                               // k
        case .char(0x20), .char(0x66), .pageDown, .char(0x06): scroll(by: page * times) // Space f PgDn ^F
        case .char(0x62), .pageUp, .char(0x02): scroll(by: -page * times)       // b PgUp ^B
        case .char(0x64), .char(0x04): scroll(by: half * times)                 // d ^D
        case .char(0x75), .char(0x15): scroll(by: -half * times)                // u ^U
        case .char(0x67), .home, .char(0x47), .end:                             // g G
            if let p = count { goToParagraph(p) } else if key == .char(0x67) || key == .home { scrollToTop() } else { scrollToEnd() }
        case .char(0x7D): for _ in 0..<min(times, view.visible.count) { nextParagraph() }     // }
        case .char(0x7B): for _ in 0..<min(times, view.visible.count) { previousParagraph() } // {
        default: return false
        }
        return true
    }

    /// Keys for the actor sidebar; false when the key is not the sidebar's.
    private func handleActorKey(_ key: Key, times: Int) -> Bool {
        let h = max(1, (layout.sidebar?.height ?? 2) - 1)
        switch key {
        case .char(0x6A), .down: actorList.move(times)
        case .char(0x6B), .up: actorList.move(-times)
        case .pageDown, .char(0x20), .char(0x06): actorList.move(h - 1)
        case .pageUp, .char(0x62), .char(0x02): actorList.move(-(h - 1))
        case .char(0x67), .home: actorList.selectFirst()
        case .char(0x47), .end: actorList.selectLast()
        case .enter:
            guard let a = actorList.selectedActor else { message = "no actors"; return true }
            setFilter(a)
            // Show the actor's first quote, or else its first mention.
            if let q = navigable.first { goToQuote(q) } else if let m = analysis.actors[a].mentions.first {
                reveal(offset: analysis.mentions[m].span.start)
            }
            if layout.sidebarIsOverlay { setFocus(.text) }
        default: return false
        }
        actorList.scrollToSelection(height: h)
        return true
    }

    /// Keys for the quotes pane; false when the key is not the pane's.
    /// Keys for the quotes pane (which lists `navigable`); false when the key is not the pane's.
    private func handleQuoteKey(_ key: Key, times: Int, count n: Int?) -> Bool {
        let count = navigable.count
        let h = layout.quoteEntriesShown
        switch key {
        case .char(0x6A), .down: quoteSelection += times
        case .char(0x6B), .up: quoteSelection -= times
        case .pageDown, .char(0x20), .char(0x06): quoteSelection += (h - 1) * times
        case .pageUp, .char(0x62), .char(0x02): quoteSelection -= (h - 1) * times
        case .char(0x67), .home: quoteSelection = (n ?? 1) - 1
        case .char(0x47), .end: quoteSelection = n.map { $0 - 1 } ?? count - 1
        case .enter:
            guard count > 0 else { message = filterActor == nil ? "no quotes" : "no quotes by \(filterName)"; return true }
            quoteSelection = max(0, min(quoteSelection, count - 1))
            goToQuote(navigable[quoteSelection])
        default: return false
        }
        quoteSelection = max(0, min(quoteSelection, count - 1))
        return true
    }

    private func handlePrompt(_ key: Key) -> Action {
        guard var p = prompt else { return .none }
        switch key {
        case .escape: prompt = nil
        case .enter:
            prompt = nil
            if p.isEmpty { clearSearch() } else { startSearch(p, backward: promptBackward) }
        case .backspace, .char(0x08):
            if p.isEmpty { prompt = nil } else { p.removeLast(); prompt = p }
        case .char(let v) where v >= 0x20 && v != 0x7F && Sanitize.display(v) == v:
            if p.unicodeScalars.count < 200, let u = Unicode.Scalar(v) { p.unicodeScalars.append(u); prompt = p }
        default: break
        }
        return .none
    }

    /// The `:` command line, as in less: `:n` / `:p` next / previous article of the library,
    /// `:q` quits (back to the library when opened from it).
    private func handleCommandLine(_ key: Key) -> Action {
        guard var c = commandLine else { return .none }
        switch key {
        case .escape: commandLine = nil
        case .backspace, .char(0x08): if c.isEmpty { commandLine = nil } else { c.removeLast(); commandLine = c }
        case .enter:
            commandLine = nil
            return runCommand(c)
        case .char(let v) where v >= 0x20 && v != 0x7F && Sanitize.display(v) == v:
            if c.unicodeScalars.count < 40, let u = Unicode.Scalar(v) { c.unicodeScalars.append(u); commandLine = c }
            // less runs `:n`, `:p`, `:q` as soon as the letter is typed.
            if ["n", "p", "q"].contains(c) { commandLine = nil; return runCommand(c) }
        default: break
        }
        return .none
    }

    private func runCommand(_ c: String) -> Action {
        switch String(c.filter { $0 != " " }) {
        case "n", "p":
            guard libraryPlace != nil else { message = "one article open: :n and :p move through a library (reader DIR)"; return .none }
            return c == "n" ? .nextArticle : .previousArticle
        case "q": return libraryPlace != nil ? .back : .quit
        case "": return .none
        default:
            message = "unknown command :\(Sanitize.line(String(c.unicodeScalars.prefix(20)))): :n :p :q"
            return .none
        }
    }

    /// In help: keys scroll it, q Esc ? h F1 close it, Q quits; any other key is only said
    /// to do nothing here (it never runs behind the overlay).
    private func handleHelp(_ key: Key) -> Action {
        let rows = Screen.helpRows(height: height)
        let maxScroll = max(0, Help.lines.count - rows)
        let half = max(1, rows / 2)
        switch key {
        case .char(0x6A), .down, .enter: helpScroll += 1                                    // j
        case .char(0x6B), .up: helpScroll -= 1                                              // k
        case .char(0x20), .char(0x66), .pageDown, .char(0x06): helpScroll += max(1, rows - 1) // Space f PgDn ^F
        case .char(0x62), .pageUp, .char(0x02): helpScroll -= max(1, rows - 1)              // b PgUp ^B
        case .char(0x64), .char(0x04): helpScroll += half                                   // d ^D
        case .char(0x75), .char(0x15): helpScroll -= half                                   // u ^U
        case .char(0x67), .home: helpScroll = 0                                             // g
        case .char(0x47), .end: helpScroll = maxScroll                                      // G
        case .char(0x71), .escape, .char(0x3F), .char(0x68), .f1: helpOpen = false          // q Esc ? h F1
        case .char(0x51): return .quit                                                      // Q
        case .char(0x0C): return .redraw
        case .mouse(_, _, .wheelDown): helpScroll += 3
        case .mouse(_, _, .wheelUp): helpScroll -= 3
        default: message = "help is open: q or Esc closes it"
        }
        helpScroll = max(0, min(helpScroll, maxScroll))
        return .none
    }

    /// Opens the "why" panel on the selected quote (quotes pane) or the current one.
    private func openWhy() {
        let q = focus == .quotes && !navigable.isEmpty ? navigable[max(0, min(quoteSelection, navigable.count - 1))] : currentQuote
        guard let q else { message = analysis.quotes.isEmpty ? "no quotes" : "no current quote: press n first"; return }
        whyQuote = q
    }

    /// In the "why" panel: n/N (] [) explain the next/previous quote; q Esc w close it, Q
    /// quits; any other key is only said to do nothing here.
    private func handleWhy(_ key: Key) -> Action {
        switch key {
        case .char(0x6E), .char(0x5D): jumpQuote(forward: true); whyQuote = currentQuote ?? whyQuote
        case .char(0x4E), .char(0x5B): jumpQuote(forward: false); whyQuote = currentQuote ?? whyQuote
        case .char(0x71), .escape, .char(0x77): whyQuote = nil                  // q Esc w
        case .char(0x51): return .quit
        case .char(0x0C): return .redraw
        case .mouse: break
        default: message = "why panel: n/N next/previous quote, q or Esc closes it"
        }
        return .none
    }

    private func handleMouse(x: Int, y: Int, _ m: MouseAction) -> Action {
        switch m {
        case .wheelUp, .wheelDown:
            let d = m == .wheelDown ? 3 : -3
            if let r = layout.sidebar, r.contains(x: x, y: y) {
                actorList.scroll = max(0, min(actorList.scroll + d, max(0, actorList.rows.count - (r.height - 1))))
            } else if let r = layout.quotes, r.contains(x: x, y: y) {
                quoteScroll = max(0, min(quoteScroll + d, max(0, navigable.count - layout.quoteEntriesShown)))
            } else {
                scroll(by: d)
            }
        case .click:
            if let r = layout.sidebar, r.contains(x: x, y: y), y > r.y {
                if actorList.select(row: actorList.scroll + (y - r.y - 1)), let a = actorList.selectedActor {
                    setFilter(a)
                    if let q = navigable.first { goToQuote(q) }
                }
            } else if let r = layout.quotes, r.contains(x: x, y: y), y > r.y {
                let i = quoteScroll + (y - r.y - 1) / layout.quoteEntryHeight
                if i >= 0 && i < navigable.count { quoteSelection = i; goToQuote(navigable[i]) }
            }
        }
        return .none
    }

    func setFocus(_ f: Focus) {
        focus = f
        relayout()
        if f == .actors { actorList.scrollToSelection(height: max(1, (layout.sidebar?.height ?? 2) - 1)) }
    }

    private func cycleFocus(forward: Bool) {
        var order: [Focus] = [.text, .actors]
        if Layout.compute(width: width, height: height, showSidebarOverlay: true, quotesWanted: quotesWanted,
                          quotesHidden: quotesHidden).quotes != nil {
            order.append(.quotes)
        }
        let i = order.firstIndex(of: focus) ?? 0
        setFocus(order[(i + (forward ? 1 : order.count - 1)) % order.count])
    }

    /// `l` shows the quotes pane (focused) or hides it, on a wide screen (where it starts
    /// shown beside the text) as below a narrow one.
    private func toggleQuotesPane() {
        if layout.quotes != nil && !layout.tooSmall {
            closeQuotesPane()
        } else {
            if width >= Layout.wideWidth { quotesHidden = false } else { quotesWanted = true }
            setFocus(.quotes)
            if layout.quotes == nil { message = "no room for the quotes pane"; quotesWanted = false; return }
            quoteSelection = currentQuoteOrdinal ?? quoteSelection
        }
    }

    private func closeQuotesPane() {
        if width >= Layout.wideWidth { quotesHidden = true } else { quotesWanted = false }
        setFocus(.text)
    }
}
