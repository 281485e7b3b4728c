// `reader bench --ui FILE`: times the screen model without a terminal: open to first
// painted grid (read + analyse + lay out + render), then keystroke latency (handle the key
// and render the whole grid again) for scrolling, next quote, filter by actor and resize.
import Foundation
import Model

enum UIBench {
    /// Prints, for each file, the open time and the keystroke latencies (median and worst).
    static func run(paths: [String]) throws {
        for path in paths {
            try bench(path: path)
        }
        print("peak RSS: \(peakRSSMegabytes()) MB")
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    /// This thread's CPU time: unlike the wall clock it leaves out time the scheduler gave
    /// to other processes, so on a loaded machine it shows the work a key really does.
    static func cpuNow() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    static func ms(_ ns: UInt64) -> String { String(format: "%.3f ms", Double(ns) / 1e6) }

    static func bench(path: String) throws {
        let t0 = now()
        let article: Article
        do {
            article = try ArticleLoader.load(path: path, force: false)
        } catch let e as ArticleLoader.Failure {
            throw ValidationFailure(message: e.message)
        }
        let t1 = now()
        let analysis = Analyzer().analyze(article.text)
        let t2 = now()
        let state = ReaderState(analysis: analysis, name: article.displayName, colour: true, width: 200, height: 50)
        let grid = Screen.render(state)
        let t3 = now()
        precondition(grid.width == 200)
        let doc = analysis.document
        print("\(article.displayName): \(doc.bytes.count) bytes, \(doc.paragraphs.count) paragraphs, "
              + "\(analysis.quotes.count) quotes, \(analysis.actors.count) actors")
        print("  open to first paint: \(ms(t3 - t0))  (read \(ms(t1 - t0)), analyse \(ms(t2 - t1)), screen \(ms(t3 - t2)))")

        var results: [(String, [UInt64], [UInt64])] = []
        func measure(_ name: String, _ count: Int, _ step: (Int) -> Void) {
            var samples: [UInt64] = [], cpu: [UInt64] = []
            samples.reserveCapacity(count)
            cpu.reserveCapacity(count)
            for i in 0..<count {
                let a = now(), c = cpuNow()
                step(i)
                _ = Screen.render(state)
                cpu.append(cpuNow() - c)
                samples.append(now() - a)
            }
            results.append((name, samples, cpu))
        }
        measure("scroll (j)", 500) { _ in _ = state.handle(.char(0x6A)) }
        measure("page down (Space)", 300) { _ in _ = state.handle(.char(0x20)) }
        measure("next quote (n)", 300) { _ in _ = state.handle(.char(0x6E)) }
        measure("previous quote (N)", 100) { _ in _ = state.handle(.char(0x4E)) }
        let actorCount = analysis.actors.count
        measure("filter by actor (Enter)", min(100, max(1, actorCount * 2))) { i in
            if i % 2 == 0 {
                state.setFocus(.actors)
                state.actorList.move(i / 2 % max(1, actorCount))
                _ = state.handle(.enter)
            } else {
                _ = state.handle(.escape)
                state.setFocus(.text)
            }
        }
        let sizes = [(120, 40), (80, 24), (200, 50), (160, 45)]
        measure("resize", 100) { i in
            let (w, h) = sizes[i % sizes.count]
            state.resize(width: w, height: h)
        }
        measure("end (G) / top (g)", 50) { i in _ = state.handle(.char(i % 2 == 0 ? 0x47 : 0x67)) }
        if actorCount > 0 {
            state.setFocus(.actors)
            _ = state.handle(.enter)
            state.setFocus(.text)
            measure("hide unmarked (H)", 50) { _ in _ = state.handle(.char(0x48)) }
            _ = state.handle(.escape)
        }
        measure("quotes pane (l, j, Enter)", 150) { i in
            _ = state.handle(i % 3 == 0 ? .char(0x6C) : i % 3 == 1 ? .char(0x6A) : .enter)
            if state.focus == .quotes && i % 3 == 2 { state.setFocus(.text) }
        }
        measure("why panel (w)", 100) { i in _ = state.handle(i % 2 == 0 ? .char(0x77) : .char(0x6E)) }
        _ = state.handle(.escape)
        // A search scans the text once per query; n/N then move between its matches.
        for word in ["said", "zürich", "The", "according to"] {
            measure("search /\(word)", 3) { _ in state.startSearch(word) }
        }
        measure("next match (n)", 200) { _ in _ = state.handle(.char(0x6E)) }
        _ = state.handle(.escape)
        func line(_ name: String, _ samples: [UInt64], _ cpu: [UInt64]) -> String {
            let sorted = samples.sorted(), c = cpu.sorted()
            let median = sorted[sorted.count / 2]
            let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
            return "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) median \(ms(median))  p99 \(ms(p99))  worst \(ms(sorted.last!))"
                + "  | cpu median \(ms(c[c.count / 2]))  worst \(ms(c.last!))  (\(samples.count) keys)"
        }
        for (name, samples, cpu) in results where !name.hasPrefix("search") {
            print("  keystroke " + line(name, samples, cpu))
        }
        let keys = results.filter { !$0.0.hasPrefix("search") }
        print("  keystroke " + line("all", keys.flatMap { $0.1 }, keys.flatMap { $0.2 }))
        for (name, samples, cpu) in results where name.hasPrefix("search") {
            print("  " + line(name, samples, cpu))
        }
    }

    struct ValidationFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func peakRSSMegabytes() -> Int {
        ProcessStats.peakResidentBytes() / (1024 * 1024)
    }
}
