// Keys → state changes, with the conventions of less, vim, tig and glow.
// The help overlay (Help.swift) lists exactly what is handled here.

/// What a key can change on screen: a status message stays until one of these changes.
struct ViewSignature: Equatable {
    var top: LinePos, focus: Focus, filter: Int?, hidden: Bool, highlight: Bool
    var search: String?, match: Int?, quote: Int?, quoteSelection: Int, quoteScroll: Int
    var actorRow: Int?, actorsByCount: Bool, actorScroll: Int
    var help: Bool, helpScroll: Int, why: Int?, prompt: String?, quotesWanted: Bool
}

extension ReaderState {
    var viewSignature: ViewSignature {
        ViewSignature(top: top, focus: focus, filter: filterActor, hidden: hideUnmarked, highlight: highlight,
                      search: search?.query, match: search?.current, quote: currentQuote,
                      quoteSelection: quoteSelection, quoteScroll: quoteScroll,
                      actorRow: actorList.selectedRow, actorsByCount: actorList.byCount, actorScroll: actorList.scroll,
                      help: helpOpen, helpScroll: helpScroll, why: whyQuote, prompt: prompt, quotesWanted: quotesWanted)
    }

    /// Handles one key. A status message ("copied", "no more quotes") stays until a key
    /// changes the view, or Esc dismisses it.
    func handle(_ key: Key) -> Action {
        let before = viewSignature
        let old = message
        message = nil
        let action = dispatch(key)
        if message == nil, old != nil, key != .escape, action == .none, viewSignature == before { message = old }
        return action
    }

    private func dispatch(_ key: Key) -> Action {
        if prompt != nil { return handlePrompt(key) }
        if helpOpen { return handleHelp(key) }
        if whyQuote != nil { return handleWhy(key) }
        if case .mouse(let x, let y, let m) = key { return handleMouse(x: x, y: y, m) }

        switch key {
        case .char(0x71):  // q: closes an overlay, else quits
            if focus == .actors && layout.sidebarIsOverlay { setFocus(.text); return .none }
            if focus == .quotes && !layout.tooSmall && layout.quotesBelow { quotesWanted = false; setFocus(.text); return .none }
            return .quit
        case .char(0x51): return .quit                                          // Q
        case .char(0x3F), .char(0x68), .f1: helpOpen = true; helpScroll = 0; return .none   // ? h F1
        case .char(0x0C): return .redraw                                        // ^L
        case .tab: cycleFocus(forward: true); return .none
        case .backTab: cycleFocus(forward: false); return .none
        case .escape:
            if search != nil { clearSearch(); return .none }
            if filterActor != nil { setFilter(nil); return .none }
            if focus != .text { setFocus(.text); return .none }
            return .none   // else it dismisses the status message
        case .char(0x78):                                                       // x
            if filterActor != nil { setFilter(nil) } else if search != nil { clearSearch() }
            return .none
        case .char(0x2F): prompt = ""; return .none                             // /
        case .char(0x74):                                                       // t
            highlight.toggle()
            message = highlight ? "quote highlighting on" : "quote highlighting off"
            return .none
        case .char(0x6C): toggleQuotesPane(); return .none                      // l
        case .char(0x77): openWhy(); return .none                               // w
        case .char(0x73): actorList.toggleOrder(); return .none                 // s
        case .char(0x48): toggleHide(); return .none                            // H
        case .char(0x79):                                                       // y
            guard let q = currentQuote else { message = "no current quote: press n first"; return .none }
            message = "copied quote to the clipboard"
            return .copy(clipboardText(q))
        case .char(0x6E): if search != nil { jumpMatch(forward: true) } else { jumpQuote(forward: true) }; return .none   // n
        case .char(0x4E): if search != nil { jumpMatch(forward: false) } else { jumpQuote(forward: false) }; return .none  // N
        case .char(0x5D): jumpQuote(forward: true); return .none                // ]
        case .char(0x5B): jumpQuote(forward: false); return .none               // [
        default: break
        }

        switch focus {
        case .actors: if handleActorKey(key) { return .none }
        case .quotes: if handleQuoteKey(key) { return .none }
        case .text: break
        }
        handleTextKey(key)
        return .none
    }

    private func handleTextKey(_ key: Key) {
        let page = max(1, bodyHeight - 1)
        let half = max(1, bodyHeight / 2)
        switch key {
        case .char(0x6A), .down, .enter: scroll(by: 1)                          // j
        case .char(0x6B), .up: scroll(by: -1)                                   // k
        case .char(0x20), .char(0x66), .pageDown, .char(0x06): scroll(by: page) // Space f PgDn ^F
        case .char(0x62), .pageUp, .char(0x02): scroll(by: -page)               // b PgUp ^B
        case .char(0x64), .char(0x04): scroll(by: half)                         // d ^D
        case .char(0x75), .char(0x15): scroll(by: -half)                        // u ^U
        case .char(0x67), .home: scrollToTop()                                  // g
        case .char(0x47), .end: scrollToEnd()                                   // G
        case .char(0x7D): nextParagraph()                                       // }
        case .char(0x7B): previousParagraph()                                   // {
        default: break
        }
    }

    /// Keys for the actor sidebar; false when the key is not the sidebar's.
    private func handleActorKey(_ key: Key) -> Bool {
        let h = max(1, (layout.sidebar?.height ?? 2) - 1)
        switch key {
        case .char(0x6A), .down: actorList.move(1)
        case .char(0x6B), .up: actorList.move(-1)
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
    private func handleQuoteKey(_ key: Key) -> Bool {
        let count = analysis.quotes.count
        let h = layout.quoteEntriesShown
        switch key {
        case .char(0x6A), .down: quoteSelection += 1
        case .char(0x6B), .up: quoteSelection -= 1
        case .pageDown, .char(0x20), .char(0x06): quoteSelection += h - 1
        case .pageUp, .char(0x62), .char(0x02): quoteSelection -= h - 1
        case .char(0x67), .home: quoteSelection = 0
        case .char(0x47), .end: quoteSelection = count - 1
        case .enter:
            guard count > 0 else { message = "no quotes"; return true }
            quoteSelection = max(0, min(quoteSelection, count - 1))
            goToQuote(quoteSelection)
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
            if p.isEmpty { clearSearch() } else { startSearch(p) }
        case .backspace, .char(0x08):
            if p.isEmpty { prompt = nil } else { p.removeLast(); prompt = p }
        case .char(let v) where v >= 0x20 && v != 0x7F && Sanitize.display(v) == v:
            if p.unicodeScalars.count < 200, let u = Unicode.Scalar(v) { p.unicodeScalars.append(u); prompt = p }
        default: break
        }
        return .none
    }

    private func handleHelp(_ key: Key) -> Action {
        let rows = Screen.helpRows(height: height)
        let maxScroll = max(0, Help.lines.count - rows)
        switch key {
        case .char(0x6A), .down: helpScroll += 1
        case .char(0x6B), .up: helpScroll -= 1
        case .char(0x20), .char(0x66), .pageDown: helpScroll += max(1, rows - 1)    // Space f PgDn
        case .char(0x62), .pageUp: helpScroll -= max(1, rows - 1)                   // b PgUp
        case .char(0x67), .home: helpScroll = 0                                     // g
        case .char(0x47), .end: helpScroll = maxScroll                              // G
        case .char(0x51): return .quit
        case .char(0x0C): return .redraw
        default: helpOpen = false
        }
        helpScroll = max(0, min(helpScroll, maxScroll))
        return .none
    }

    /// Opens the "why" panel on the selected quote (quotes pane) or the current one.
    private func openWhy() {
        let q = focus == .quotes && !analysis.quotes.isEmpty ? max(0, min(quoteSelection, analysis.quotes.count - 1)) : currentQuote
        guard let q else { message = analysis.quotes.isEmpty ? "no quotes" : "no current quote: press n first"; return }
        whyQuote = q
    }

    /// In the "why" panel: n/N (] [) explain the next/previous quote; other keys close it.
    private func handleWhy(_ key: Key) -> Action {
        switch key {
        case .char(0x6E), .char(0x5D): jumpQuote(forward: true); whyQuote = currentQuote ?? whyQuote
        case .char(0x4E), .char(0x5B): jumpQuote(forward: false); whyQuote = currentQuote ?? whyQuote
        case .char(0x51): return .quit
        case .char(0x0C): return .redraw
        default: whyQuote = nil
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
                quoteScroll = max(0, min(quoteScroll + d, max(0, analysis.quotes.count - layout.quoteEntriesShown)))
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
                if i >= 0 && i < analysis.quotes.count { quoteSelection = i; goToQuote(i) }
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
        if Layout.compute(width: width, height: height, showSidebarOverlay: true, quotesWanted: quotesWanted).quotes != nil {
            order.append(.quotes)
        }
        let i = order.firstIndex(of: focus) ?? 0
        setFocus(order[(i + (forward ? 1 : order.count - 1)) % order.count])
    }

    private func toggleQuotesPane() {
        if width >= Layout.wideWidth {
            setFocus(focus == .quotes ? .text : .quotes)   // always shown when wide: `l` focuses it
        } else {
            quotesWanted.toggle()
            setFocus(quotesWanted ? .quotes : .text)
        }
        if focus == .quotes { quoteSelection = currentQuote ?? quoteSelection }
    }
}
