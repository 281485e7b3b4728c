// The ncurses backend: the only file that imports CNcursesw. It draws a Grid (only the rows
// that changed), turns ncurses input into Keys, and restores the terminal on every exit path.
import CNcursesw
import Foundation

enum Terminal {
    static func isInteractive() -> Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return isatty(STDOUT_FILENO) != 0 && !term.isEmpty && term != "dumb"
    }

    /// NO_COLOR set and non-empty turns colour off (https://no-color.org).
    static func noColorRequested(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(env["NO_COLOR"] ?? "").isEmpty
    }
}

/// Signals noted by async-signal-safe handlers and read by the main loop.
nonisolated(unsafe) private var pendingExitSignal: sig_atomic_t = 0
nonisolated(unsafe) private var pendingContinue: sig_atomic_t = 0

/// What teardown needs, kept in globals so atexit and crash handlers (C callbacks) reach it.
nonisolated(unsafe) private var cursesActive = false
nonisolated(unsafe) private var mouseActive = false
/// Heap storage of termios' real size: a Swift global of an imported C struct can be laid out
/// smaller than the C library writes (AddressSanitizer saw 57 bytes against 60).
nonisolated(unsafe) private let savedTermios: UnsafeMutablePointer<termios> = {
    // Room to spare beyond Swift's idea of the size: the C library decides what it writes.
    let bytes = max(256, MemoryLayout<termios>.stride)
    let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
    raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
    return raw.bindMemory(to: termios.self, capacity: 1)
}()
nonisolated(unsafe) private var haveSavedTermios = false
nonisolated(unsafe) private var ttyFD: Int32 = STDOUT_FILENO
nonisolated(unsafe) private var teardownRegistered = false

/// Restores the terminal: idempotent, safe to call from atexit and after a signal.
func terminalTeardown() {
    guard cursesActive else { return }
    cursesActive = false
    if mouseActive {
        mouseActive = false
        _ = mousemask(0, nil)
    }
    _ = curs_set(1)
    _ = endwin()
    if haveSavedTermios { _ = tcsetattr(ttyFD, TCSANOW, savedTermios) }
}

/// Last resort on a crash: leave the alternate screen, show the cursor, restore the tty
/// modes (only async-signal-safe calls), then die of the same signal.
private func crashHandler(_ sig: Int32) {
    if cursesActive {
        let reset = "\u{1B}[?1000l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        reset.utf8CString.withUnsafeBufferPointer { p in _ = write(ttyFD, p.baseAddress, p.count - 1) }
        if haveSavedTermios { _ = tcsetattr(ttyFD, TCSANOW, savedTermios) }
    }
    signal(sig, SIG_DFL)
    raise(sig)
}

/// The C library's wcwidth (glibc declares it only under _XOPEN_SOURCE, which Swift's Glibc
/// module leaves out).
@_silgen_name("wcwidth")
private func libcWcwidth(_ c: wchar_t) -> Int32

// ncurses' mouse masks are function-like macros Swift cannot import (mouse version 2: 5 bits a button).
private let button1Pressed: UInt = 0o2, button1Clicked: UInt = 0o4
private let button4Pressed: UInt = 0o2 << 15, button5Pressed: UInt = 0o2 << 20

final class CursesBackend {
    private var screen: OpaquePointer?
    private var inFile: UnsafeMutablePointer<FILE>?
    private var outFile: UnsafeMutablePointer<FILE>?
    private var drawn: Grid?
    private var colorPairs: [Int32: Int16] = [:]
    let colour: Bool
    /// Colours for the background: the one asked for, else the one detected.
    private(set) var palette: Palette = .dark8
    private let mouse: Bool

    struct Failure: Error { var message: String }

    init(mouse: Bool, theme: ThemeChoice? = nil) throws {
        // The locale decides whether ncurses speaks UTF-8; fall back to C.UTF-8.
        if setlocale(LC_ALL, "") == nil || !CursesBackend.localeIsUTF8() {
            if setlocale(LC_ALL, "C.UTF-8") == nil { _ = setlocale(LC_ALL, "C.utf8") }
        }
        // Keys come from the terminal even when the article arrived on stdin.
        var inFD = STDIN_FILENO
        if isatty(STDIN_FILENO) == 0 {
            inFD = open("/dev/tty", O_RDWR)
            guard inFD >= 0 else { throw Failure(message: "standard input is not a terminal and /dev/tty cannot be opened") }
        }
        inFile = fdopen(inFD, "r")
        outFile = fdopen(dup(STDOUT_FILENO), "w")
        ttyFD = STDOUT_FILENO
        if tcgetattr(ttyFD, savedTermios) == 0 { haveSavedTermios = true }
        let env = ProcessInfo.processInfo.environment
        let background = theme ?? ThemeChoice.fromColorFGBG(env["COLORFGBG"])
            ?? CursesBackend.askBackground(inFD: inFD, outFD: STDOUT_FILENO) ?? .dark
        set_escdelay(25)
        guard let scr = newterm(nil, outFile, inFile) else {
            throw Failure(message: "cannot start the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? ""))")
        }
        screen = scr
        _ = set_term(scr)
        cursesActive = true
        if !teardownRegistered {
            teardownRegistered = true
            atexit { terminalTeardown() }
        }
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(sig) { s in pendingExitSignal = s }
        }
        // A launcher may have left these blocked; the reader must still hear them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&wanted, sig) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        signal(SIGCONT) { _ in pendingContinue = 1 }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { s in crashHandler(s) }
        }
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(stdscr, true)
        _ = curs_set(0)
        wtimeout(stdscr, 200)   // poll the signal flags while idle
        colour = !Terminal.noColorRequested() && has_colors()
        if colour {
            _ = start_color()
            _ = use_default_colors()
            palette = Palette.choose(background, colours: Int(COLORS))
        }
        self.mouse = mouse
        if mouse {
            _ = mousemask(mmask_t(button1Pressed | button1Clicked | button4Pressed | button5Pressed), nil)
            _ = mouseinterval(0)
            mouseActive = true
        }
    }

    /// Asks the terminal for its background colour (OSC 11) and waits at most `timeout` ms
    /// for the answer; nil when none comes (most terminals answer within a few ms, or never).
    static func askBackground(inFD: Int32, outFD: Int32, timeout: Int32 = 120) -> ThemeChoice? {
        guard isatty(inFD) != 0, isatty(outFD) != 0 else { return nil }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term == "linux" || term.hasPrefix("vt") { return nil }   // consoles that never answer
        let bytes = max(256, MemoryLayout<termios>.stride)
        let old = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        defer { old.deallocate(); raw.deallocate() }
        old.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        let oldT = old.bindMemory(to: termios.self, capacity: 1)
        guard tcgetattr(inFD, oldT) == 0 else { return nil }
        raw.copyMemory(from: old, byteCount: bytes)
        let rawT = raw.bindMemory(to: termios.self, capacity: 1)
        rawT.pointee.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(inFD, TCSANOW, rawT) == 0 else { return nil }
        defer { _ = tcsetattr(inFD, TCSANOW, oldT) }
        let query = Array("\u{1B}]11;?\u{07}".utf8)
        guard query.withUnsafeBytes({ write(outFD, $0.baseAddress, $0.count) }) == query.count else { return nil }
        var reply: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 64)
        var deadline = timeout
        while deadline > 0 && reply.count < 128 {
            var pfd = pollfd(fd: inFD, events: Int16(POLLIN), revents: 0)
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard poll(&pfd, 1, deadline) > 0 else { break }
            let n = read(inFD, &buf, buf.count)
            guard n > 0 else { break }
            reply += buf[0..<n]
            if reply.last == 0x07 || reply.suffix(2) == [0x1B, 0x5C] { break }   // BEL or ST ends it
            deadline -= Int32((DispatchTime.now().uptimeNanoseconds - t0) / 1_000_000)
        }
        return ThemeChoice.fromOSC11(String(decoding: reply, as: UTF8.self))
    }

    private static func localeIsUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    var size: (width: Int, height: Int) { (Int(getmaxx(stdscr)), Int(getmaxy(stdscr))) }

    /// A signal that asked the reader to exit (SIGINT, SIGTERM, SIGHUP, SIGQUIT), if any.
    var exitSignal: Int32? { pendingExitSignal == 0 ? nil : pendingExitSignal }

    /// True once after a resume from ^Z (the screen must be repainted in full).
    func takeContinue() -> Bool {
        guard pendingContinue != 0 else { return false }
        pendingContinue = 0
        return true
    }

    func finish() { terminalTeardown() }

    /// Forces the next draw to repaint every cell.
    func invalidate() {
        drawn = nil
        _ = clearok(curscr, true)
    }

    // MARK: drawing

    func draw(_ grid: Grid) {
        let fresh = drawn == nil || drawn!.width != grid.width || drawn!.height != grid.height
        if fresh { _ = werase(stdscr) }
        for y in 0..<grid.height {
            if !fresh, let d = drawn, d.row(y) == grid.row(y) { continue }
            drawRow(grid, y)
        }
        drawn = grid
        _ = wnoutrefresh(stdscr)
        _ = doupdate()
    }

    private func drawRow(_ grid: Grid, _ y: Int) {
        var x = 0
        // ncurses writes the bottom-right cell without scrolling (scrollok is off); the
        // cursor cannot advance past it, so that call reports ERR, which is expected.
        let lastX = grid.width
        var buf: [wchar_t] = []
        while x < lastX {
            let style = grid[x, y].style
            buf.removeAll(keepingCapacity: true)
            let startX = x
            while x < lastX && grid[x, y].style == style {
                let c = grid[x, y]
                if !c.isContinuation {
                    // A wide character in the last drawable column would wrap: draw a blank.
                    let cells = CellWidth.of(c.text)
                    if x + 1 < lastX || cells < 2 {
                        if c.text.utf8.count == 1 {
                            buf.append(wchar_t(c.text.utf8.first!))   // ASCII: the C library agrees
                        } else {
                            for v in CellWidth.forTerminal(c.text, cells: cells, cWidth: cWidth) { buf.append(wchar_t(bitPattern: v)) }
                        }
                    } else {
                        buf.append(0x20)
                    }
                }
                x += 1
            }
            setStyle(style)
            buf.append(0)
            _ = buf.withUnsafeBufferPointer { p in mvwaddwstr(stdscr, Int32(y), Int32(startX), p.baseAddress) }
        }
        _ = wattr_set(stdscr, 0, 0, nil)
    }

    /// The C library's wcwidth (what ncurses goes by), remembered per scalar.
    private var bmpWidths = [Int8](repeating: -2, count: 0x10000)
    private var astralWidths: [UInt32: Int] = [:]

    private func cWidth(_ v: UInt32) -> Int {
        if v < 0x10000 {
            let w = bmpWidths[Int(v)]
            if w != -2 { return Int(w) }
            let c = Int(libcWcwidth(wchar_t(bitPattern: v)))
            bmpWidths[Int(v)] = Int8(max(-1, min(2, c)))
            return c
        }
        if let w = astralWidths[v] { return w }
        let c = Int(libcWcwidth(wchar_t(bitPattern: v)))
        astralWidths[v] = c
        return c
    }

    private func setStyle(_ s: Style) {
        var attrs: UInt32 = 0
        if s.attrs.contains(.bold) { attrs |= 1 << 21 }
        if s.attrs.contains(.underline) { attrs |= 1 << 17 }
        if s.attrs.contains(.reverse) { attrs |= 1 << 18 }
        if s.attrs.contains(.dim) { attrs |= 1 << 20 }
        if s.attrs.contains(.italic) { attrs |= 1 << 31 }
        var pair: Int16 = 0
        if colour && (s.fg != .none || s.bg != .none) { pair = colorPair(s.fg, s.bg) }
        _ = wattr_set(stdscr, attr_t(attrs), pair, nil)
    }

    private func colorPair(_ fg: Color, _ bg: Color) -> Int16 {
        let key = Int32(fg.index + 1) << 16 | Int32(bg.index + 1)
        if let p = colorPairs[key] { return p }
        guard colorPairs.count + 1 < Int(COLOR_PAIRS) else { return 0 }
        let p = Int16(colorPairs.count + 1)
        _ = init_pair(p, fg.index, bg.index)
        colorPairs[key] = p
        return p
    }

    /// After an ESC: true when an OSC reply follows ("ESC ] 11 ; rgb:… BEL", a terminal's
    /// answer to the background query that came after its timeout), which is then read and
    /// dropped, so its characters never run as keys. Anything else is put back.
    private func swallowLateReply() -> Bool {
        wtimeout(stdscr, 0)
        defer { wtimeout(stdscr, pollMilliseconds) }
        var wch: wint_t = 0
        guard wget_wch(stdscr, &wch) == OK else { return false }
        guard wch == 0x5D else { _ = unget_wch(wchar_t(bitPattern: UInt32(wch))); return false }
        var previous: wint_t = 0
        for _ in 0..<256 {
            wtimeout(stdscr, 20)
            guard wget_wch(stdscr, &wch) == OK else { break }
            if wch == 0x07 || (previous == 0x1B && wch == 0x5C) { break }
            previous = wch
        }
        return true
    }

    /// How long `readKey` waits for a key before returning nil (the loop's wake-up period:
    /// 200 ms idle, shorter while a library is being analysed so its progress shows).
    var pollMilliseconds: Int32 = 200 {
        didSet { wtimeout(stdscr, pollMilliseconds) }
    }

    /// OSC 52: asks the terminal to put `text` on the clipboard.
    func copyToClipboard(_ text: String) {
        let b64 = Data(text.utf8).base64EncodedString()
        let seq = "\u{1B}]52;c;\(b64)\u{07}"
        if let f = outFile {
            fflush(f)
            _ = seq.withCString { fputs($0, f) }
            fflush(f)
        }
    }

    // MARK: input

    /// The next key, or nil after the poll timeout (or an interrupted read). `.resize` is
    /// reported as nil with `resized` set.
    func readKey() -> (key: Key?, resized: Bool) {
        var wch: wint_t = 0
        let r = wget_wch(stdscr, &wch)
        if r == ERR { return (nil, false) }
        if r == KEY_CODE_YES {
            switch Int32(wch) {
            case KEY_RESIZE: return (nil, true)
            case KEY_UP: return (.up, false)
            case KEY_DOWN: return (.down, false)
            case KEY_LEFT: return (.left, false)
            case KEY_RIGHT: return (.right, false)
            case KEY_NPAGE: return (.pageDown, false)
            case KEY_PPAGE: return (.pageUp, false)
            case KEY_HOME, KEY_BEG: return (.home, false)
            case KEY_END, KEY_LL: return (.end, false)
            case KEY_ENTER: return (.enter, false)
            case KEY_BTAB: return (.backTab, false)
            case KEY_BACKSPACE, KEY_DC: return (.backspace, false)
            case KEY_F0 + 1: return (.f1, false)
            case KEY_MOUSE:
                var ev = MEVENT()
                guard mouse, getmouse(&ev) == OK else { return (nil, false) }
                let b = UInt(ev.bstate)
                let x = Int(ev.x), y = Int(ev.y)
                if b & button4Pressed != 0 { return (.mouse(x: x, y: y, .wheelUp), false) }
                if b & button5Pressed != 0 { return (.mouse(x: x, y: y, .wheelDown), false) }
                if b & (button1Pressed | button1Clicked) != 0 { return (.mouse(x: x, y: y, .click), false) }
                return (nil, false)
            default: return (nil, false)
            }
        }
        switch UInt32(wch) {
        case 0x0A, 0x0D: return (.enter, false)
        case 0x09: return (.tab, false)
        case 0x1B: return swallowLateReply() ? (nil, false) : (.escape, false)
        case 0x7F, 0x08: return (.backspace, false)
        default: return (.char(UInt32(wch)), false)
        }
    }
}
