// Keys of the library → state changes, with the reader's less/vim conventions.
// The library's help (LibraryHelp.swift) lists exactly what is handled here.

enum LibraryAction: Equatable, Sendable {
    case none
    case quit
    case redraw
    /// Open article row `row`, at the quote starting at UTF-8 `offset` when given.
    case open(row: Int, offset: Int?)
}

extension LibraryState {
    func handle(_ key: Key) -> LibraryAction {
        let old = message
        message = nil
        let action = dispatch(key)
        // A message ("sorted by date") stays while a count is typed; any other key replaces it.
        if message == nil, keepsMessage(key) { message = old }
        return action
    }

    /// Keys that leave the view as it was (so the message shown stays): none of the moving ones.
    private func keepsMessage(_ key: Key) -> Bool {
        if case .char(let v) = key, v >= 0x30 && v <= 0x39 { return true }
        return false
    }

    private func dispatch(_ key: Key) -> LibraryAction {
        if prompt != nil { handlePrompt(key); return .none }
        if helpOpen { count = nil; return handleHelp(key) }
        if case .mouse(let x, let y, let m) = key { count = nil; handleMouse(x: x, y: y, m); return .none }
        if case .char(let v) = key, (v >= 0x31 && v <= 0x39) || (v == 0x30 && count != nil) {
            count = min(ReaderState.maxCount, (count ?? 0) * 10 + Int(v - 0x30))
            return .none
        }
        let n = count
        count = nil
        let times = max(1, n ?? 1)
        switch key {
        case .char(0x71):                                                          // q: as in the reader,
            if focus == .actors && layout.sidebarIsOverlay { setFocus(.list); return .none }   // closes the overlay
            return .quit
        case .char(0x51): return .quit                                             // Q
        case .char(0x3F), .char(0x68), .f1: helpOpen = true; helpScroll = 0; return .none   // ? h F1
        case .char(0x0C): return .redraw                                           // ^L
        case .tab: cycleFocus(forward: true); return .none
        case .backTab: cycleFocus(forward: false); return .none
        case .escape:
            if n != nil { return .none }
            if query != nil { clearSearch(); return .none }
            if filterActor != nil { setFilter(nil); return .none }
            if focus != .list { setFocus(.list) }
            return .none
        case .char(0x78):                                                          // x
            if filterActor != nil { setFilter(nil) } else { clearSearch() }
            return .none
        case .char(0x2F): prompt = ""; return .none                                // /
        case .char(0x6E), .char(0x4E):                                             // n N
            for _ in 0..<min(times, max(1, matches.count)) { jumpMatch(forward: key == .char(0x6E)) }
            return .none
        case .char(0x73): cycleSort(); return .none                                // s
        case .char(0x72): reverseSort(); return .none                              // r
        case .char(0x6D): toggleMentions(); return .none                           // m
        default: break
        }
        switch focus {
        case .list: return handleListKey(key, times: times, count: n)
        case .actors: handleActorKey(key, times: times, count: n); return .none
        case .quotes: return handleQuoteKey(key, times: times, count: n)
        }
    }

    /// The moves every list shares; nil when `key` is not one. `position` is the selection,
    /// `count` the list's length, `page` its height.
    static func moved(_ key: Key, position: Int, length: Int, page: Int, times: Int, count: Int?) -> Int? {
        let half = max(1, page / 2), full = max(1, page - 1)
        switch key {
        case .char(0x6A), .down: return position + times                                   // j
        case .char(0x6B), .up: return position - times                                     // k
        case .char(0x20), .char(0x66), .pageDown, .char(0x06): return position + full * times  // Space f PgDn ^F
        case .char(0x62), .pageUp, .char(0x02): return position - full * times             // b PgUp ^B
        case .char(0x64), .char(0x04): return position + half * times                      // d ^D
        case .char(0x75), .char(0x15): return position - half * times                      // u ^U
        case .char(0x67), .home: return (count ?? 1) - 1                                   // g: first, 5g: fifth
        case .char(0x47), .end: return count.map { $0 - 1 } ?? length - 1                  // G: last
        default: return nil
        }
    }

    private func handleListKey(_ key: Key, times: Int, count n: Int?) -> LibraryAction {
        if let p = Self.moved(key, position: selection, length: visible.count, page: listHeight, times: times, count: n) {
            moveTo(p)
            return .none
        }
        if key == .enter {
            guard let r = selectedRow else { message = "no articles"; return .none }
            if let why = rows[r].failure { message = "cannot open: \(why)"; return .none }
            return .open(row: r, offset: nil)
        }
        message = ReaderState.notAKey(key)
        return .none
    }

    private func handleActorKey(_ key: Key, times: Int, count n: Int?) {
        if let p = Self.moved(key, position: actorSelection, length: actorOrder.count, page: actorListHeight, times: times, count: n) {
            moveActorTo(p)
            return
        }
        if key == .enter {
            guard let a = selectedActor else { message = isAnalysing ? "no actors yet: still analysing" : "no actors"; return }
            setFilter(a)
            setFocus(quotes.isEmpty ? .list : .quotes)
            if focus == .quotes { select(row: quotes[quoteSelection].row) }
            return
        }
        message = ReaderState.notAKey(key)
    }

    private func handleQuoteKey(_ key: Key, times: Int, count n: Int?) -> LibraryAction {
        if let p = Self.moved(key, position: quoteSelection, length: quotes.count, page: quoteListHeight, times: times, count: n) {
            moveQuoteTo(p)
            if quoteSelection < quotes.count { select(row: quotes[quoteSelection].row) }
            return .none
        }
        if key == .enter {
            guard quoteSelection < quotes.count, let q = summaryQuote(quotes[quoteSelection]) else { message = "no quotes"; return .none }
            select(row: quotes[quoteSelection].row)
            return .open(row: quotes[quoteSelection].row, offset: q.offset)
        }
        message = ReaderState.notAKey(key)
        return .none
    }

    /// With --mouse: the wheel moves the selection of the pane under it, a click selects a
    /// row (articles, actors or quotes; Enter then opens or filters).
    private func handleMouse(x: Int, y: Int, _ m: MouseAction) {
        let d = m == .wheelDown ? 3 : m == .wheelUp ? -3 : 0
        if let r = layout.sidebar, r.contains(x: x, y: y) {
            if d != 0 { moveActor(d) } else if y > r.y { setFocus(.actors); moveActorTo(actorScroll + y - r.y - 1) }
        } else if let r = layout.quotes, r.contains(x: x, y: y) {
            if d != 0 { moveQuote(d) } else if y > r.y { setFocus(.quotes); moveQuoteTo(quoteScroll + y - r.y - 1) }
        } else if layout.list.contains(x: x, y: y) {
            if d != 0 { move(d) } else if y > layout.list.y { setFocus(.list); moveTo(scroll + y - layout.list.y - 1) }
        }
    }

    private func handlePrompt(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape: prompt = nil
        case .enter: prompt = nil; if p.isEmpty { clearSearch() } else { startSearch(p) }
        case .backspace, .char(0x08): if p.isEmpty { prompt = nil } else { p.removeLast(); prompt = p }
        case .char(let v) where v >= 0x20 && v != 0x7F && Sanitize.display(v) == v:
            if p.unicodeScalars.count < 200, let u = Unicode.Scalar(v) { p.unicodeScalars.append(u); prompt = p }
        default: break
        }
    }

    private func handleHelp(_ key: Key) -> LibraryAction {
        let rows = LibraryScreen.helpRows(height: height)
        let maxScroll = max(0, LibraryHelp.lines.count - rows)
        switch key {
        case .char(0x71), .escape, .char(0x3F), .char(0x68), .f1: helpOpen = false      // q Esc ? h F1
        case .char(0x51): return .quit
        case .char(0x0C): return .redraw
        default:
            if let p = Self.moved(key, position: helpScroll, length: maxScroll + 1, page: rows, times: 1, count: nil) {
                helpScroll = p
            } else {
                message = "help is open: q or Esc closes it"
            }
        }
        helpScroll = max(0, min(helpScroll, maxScroll))
        return .none
    }
}
