// Colours for a dark or a light terminal background. With 256 colours every text colour
// reaches at least 4.5:1 (WCAG) against its background in the xterm-256 palette (a test
// computes each ratio); with 8 colours the terminal's own basic colours are used, chosen for
// the background. Which background: --theme, else READER_THEME, else COLORFGBG, else the
// terminal's answer to an OSC 11 query, else dark.
import ArgumentParser

enum ThemeChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case light, dark

    /// READER_THEME=light|dark, when set to one of those.
    static func fromEnvironment(_ env: [String: String]) -> ThemeChoice? {
        env["READER_THEME"].flatMap { ThemeChoice(rawValue: $0.lowercased()) }
    }

    /// COLORFGBG ("15;0", "0;default;15": foreground;[…;]background, as rxvt and others set
    /// it): backgrounds 7 and 9–15 are light, the other indices dark.
    static func fromColorFGBG(_ value: String?) -> ThemeChoice? {
        guard let v = value, let last = v.split(separator: ";").last, let bg = Int(last) else { return nil }
        return bg == 7 || (9...15).contains(bg) ? .light : .dark
    }

    /// An OSC 11 answer ("ESC ] 11 ; rgb:RRRR/GGGG/BBBB" then BEL or ST): light when the
    /// background's relative luminance is above the middle grey's.
    static func fromOSC11(_ reply: String) -> ThemeChoice? {
        guard let r = reply.range(of: "rgb:") else { return nil }
        let fields = reply[r.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard fields.count == 3 else { return nil }
        var channels: [Double] = []
        for f in fields {
            guard !f.isEmpty, f.count <= 4, let n = Int(f, radix: 16) else { return nil }
            channels.append(Double(n) / Double((1 << (4 * f.count)) - 1))
        }
        return Contrast.luminance(channels[0], channels[1], channels[2]) > 0.18 ? .light : .dark
    }
}

/// The colours of one theme. `text` roles are drawn on the terminal's background; `match*`
/// are backgrounds under black text; the status line has its own background.
struct Palette: Equatable, Sendable {
    var direct: Color, reported: Color, mixed: Color
    var speaker: Color, cue: Color, mark: Color, chrome: Color
    var match: Color, currentMatch: Color
    var statusFg: Color, statusBg: Color
    /// The background the text colours were chosen for (for the contrast test).
    var background: ThemeChoice

    static let dark256 = Palette(direct: Color(114), reported: Color(117), mixed: Color(213),
                                 speaker: Color(221), cue: Color(215), mark: Color(221), chrome: Color(245),
                                 match: Color(229), currentMatch: Color(208),
                                 statusFg: Color(16), statusBg: Color(252), background: .dark)
    static let light256 = Palette(direct: Color(22), reported: Color(25), mixed: Color(127),
                                  speaker: Color(94), cue: Color(124), mark: Color(94), chrome: Color(243),
                                  match: Color(229), currentMatch: Color(214),
                                  statusFg: Color(231), statusBg: Color(238), background: .light)
    /// 8 colours: hues the terminal defines itself (no ratio can be promised).
    static let dark8 = Palette(direct: .green, reported: .cyan, mixed: .magenta, speaker: .yellow, cue: .yellow,
                               mark: .yellow, chrome: .blue, match: .yellow, currentMatch: .cyan,
                               statusFg: .black, statusBg: .white, background: .dark)
    static let light8 = Palette(direct: .blue, reported: .red, mixed: .magenta, speaker: .none, cue: .none,
                                mark: .blue, chrome: .blue, match: .yellow, currentMatch: .cyan,
                                statusFg: .white, statusBg: .black, background: .light)

    static func choose(_ theme: ThemeChoice, colours: Int) -> Palette {
        switch (theme, colours >= 256) {
        case (.dark, true): return dark256
        case (.light, true): return light256
        case (.dark, false): return dark8
        case (.light, false): return light8
        }
    }

    /// The colours drawn as text on the terminal's background.
    var textColours: [(role: String, colour: Color)] {
        [("direct", direct), ("reported", reported), ("mixed", mixed), ("speaker", speaker), ("cue", cue),
         ("mark", mark)]
    }
}

/// WCAG 2 relative luminance and contrast ratio, with the xterm-256 palette's RGB values.
enum Contrast {
    static func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    static func luminance(_ r: Double, _ g: Double, _ b: Double) -> Double {
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    static func ratio(_ a: Double, _ b: Double) -> Double { (max(a, b) + 0.05) / (min(a, b) + 0.05) }

    /// RGB (0–255) of an xterm-256 index from 16 up (the cube and the greys); the first 16
    /// are the terminal's own and are given as xterm's defaults.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                                        (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
                                        (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if index < 16 { return basic[max(0, index)] }
        if index >= 232 { let v = 8 + 10 * (index - 232); return (v, v, v) }
        let levels = [0, 95, 135, 175, 215, 255]
        let i = index - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }

    static func luminance(index: Int) -> Double {
        let (r, g, b) = rgb(index)
        return luminance(Double(r) / 255, Double(g) / 255, Double(b) / 255)
    }

    static let black = 0.0, white = 1.0
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
