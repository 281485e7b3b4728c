// `reader bench --ui FILE`: times the screen model (open, keystrokes) without a terminal.
// Placeholder until the screen model lands.

enum UIBench {
    /// Prints open time, first-paint time and keystroke latencies for each file.
    static func run(paths: [String]) throws {
        print("ui bench: not built yet")
    }
}
