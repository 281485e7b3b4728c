// Key events as the screen model sees them (the backend turns ncurses input into these).

enum MouseAction: Equatable, Sendable {
    case wheelUp, wheelDown, click
}

enum Key: Equatable, Sendable {
    /// A typed character (printable, or a control code such as 4 for ^D).
    case char(UInt32)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, f1
    case mouse(x: Int, y: Int, MouseAction)

    static func ch(_ c: Character) -> Key { .char(c.unicodeScalars.first!.value) }
    static func ctrl(_ c: Character) -> Key { .char(c.unicodeScalars.first!.value & 0x1F) }

    /// Keys from a string, for tests: each character one key ("\n" Enter, "\t" Tab, "\u{1B}" Esc).
    static func sequence(_ s: String) -> [Key] {
        s.unicodeScalars.map { u in
            switch u.value {
            case 0x0A, 0x0D: return .enter
            case 0x09: return .tab
            case 0x1B: return .escape
            case 0x7F: return .backspace
            default: return .char(u.value)
            }
        }
    }
}

/// What the terminal side must do after a key.
enum Action: Equatable, Sendable {
    case none
    case quit
    /// Copy to the system clipboard (OSC 52).
    case copy(String)
    /// Clear and repaint every cell.
    case redraw
    /// Opened from the library: back to the list (q, or Esc with nothing to clear).
    case back
    /// Opened from the library: `:n` / `:p`, the next / previous article of the list.
    case nextArticle, previousArticle
}
