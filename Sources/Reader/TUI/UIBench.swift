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

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    private static func ms(_ ns: UInt64) -> String { String(format: "%.3f ms", Double(ns) / 1e6) }

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

        var results: [(String, [UInt64])] = []
        func measure(_ name: String, _ count: Int, _ step: (Int) -> Void) {
            var samples: [UInt64] = []
            samples.reserveCapacity(count)
            for i in 0..<count {
                let a = now()
                step(i)
                _ = Screen.render(state)
                samples.append(now() - a)
            }
            results.append((name, samples))
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
        for (name, samples) in results {
            let sorted = samples.sorted()
            let median = sorted[sorted.count / 2]
            let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
            print("  keystroke \(name.padding(toLength: 24, withPad: " ", startingAt: 0)) median \(ms(median))  p99 \(ms(p99))  worst \(ms(sorted.last!))  (\(samples.count) keys)")
        }
        let all = results.flatMap { $0.1 }.sorted()
        print("  keystroke all: median \(ms(all[all.count / 2]))  p99 \(ms(all[min(all.count - 1, all.count * 99 / 100)]))  worst \(ms(all.last!))  (\(all.count) keys)")
    }

    struct ValidationFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func peakRSSMegabytes() -> Int {
        ProcessStats.peakResidentBytes() / (1024 * 1024)
    }
}
