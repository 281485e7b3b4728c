// `reader bench --library-ui PATH...`: times the library's screen model without a terminal,
// as a person meets it: start to first painted list (walk + rows + render, no file read),
// keystrokes (handle the key and render the whole grid) while the archive is analysed in the
// background on `jobs` threads and after, the cost of taking in summaries and of a refresh
// (sort, sidebar, filter), the time to the last summary, and the peak memory.
import Dispatch
import Foundation
import Model

enum LibraryBench {
    // The clocks and the format of UIBench (the article screen's benchmark).
    private static func now() -> UInt64 { UIBench.now() }
    private static func cpuNow() -> UInt64 { UIBench.cpuNow() }
    private static func ms(_ ns: UInt64) -> String { UIBench.ms(ns) }

    /// The keys tried, in a cycle: moves, paging, sort, search, focus, actor filter and back.
    static let keyCycle: [Key] = [.char(0x6A), .char(0x6A), .pageDown, .char(0x6B), .char(0x47), .char(0x67),
                                  .char(0x73), .char(0x6A), .char(0x73), .char(0x73), .char(0x6E),
                                  .tab, .char(0x6A), .enter, .char(0x6A), .char(0x6D), .char(0x6D), .escape, .escape]

    static func run(arguments: [String], jobs: Int) {
        let t0 = now()
        let paths: [String]
        do { paths = try AuditInputs.paths(arguments, filesFrom: nil) } catch let e as AuditInputs.Failure {
            Diagnostics.fail(e.message)
        } catch { Diagnostics.fail("\(error)") }
        let t1 = now()
        let state = LibraryState(paths: paths, colour: true, width: 200, height: 50)
        let t2 = now()
        let first = LibraryScreen.render(state)
        let t3 = now()
        precondition(first.width == 200)
        print("library: \(paths.count) files, \(jobs) job\(jobs == 1 ? "" : "s")")
        print("  start to first paint: \(ms(t3 - t0))  (paths \(ms(t1 - t0)), rows \(ms(t2 - t1)), screen \(ms(t3 - t2)))")
        fflush(stdout)

        // Search once so n has matches; the search itself is timed apart.
        let indexer = LibraryIndexer(paths: paths, jobs: jobs, force: false)
        let started = now()
        indexer.start()
        var during: [UInt64] = [], duringCPU: [UInt64] = [], absorb: [UInt64] = [], refresh: [UInt64] = []
        var k = 0
        var lastRefresh = now()
        while state.finished < state.total {
            let entries = indexer.drain()
            if !entries.isEmpty {
                let a = now(); state.absorb(entries); absorb.append(now() - a)
            }
            if state.dirty && now() - lastRefresh > 300_000_000 {
                let r = now(); state.refresh(); refresh.append(now() - r)
                lastRefresh = now()
            }
            let a = now(), c = cpuNow()
            _ = state.handle(keyCycle[k % keyCycle.count])
            _ = LibraryScreen.render(state)
            during.append(now() - a)
            duringCPU.append(cpuNow() - c)
            k += 1
            usleep(20_000)   // a fast typist: 50 keys a second
        }
        let analysed = now() - started
        let r = now(); state.refresh(); refresh.append(now() - r)
        print("  analysed \(state.finished) (\(state.failed) unreadable) in \(ms(analysed)) while keys were typed")
        var after: [UInt64] = [], afterCPU: [UInt64] = []
        var byKey: [Int: [UInt64]] = [:]
        for i in 0..<(keyCycle.count * 100) {
            let a = now(), c = cpuNow()
            _ = state.handle(keyCycle[i % keyCycle.count])
            _ = LibraryScreen.render(state)
            after.append(now() - a)
            afterCPU.append(cpuNow() - c)
            byKey[i % keyCycle.count, default: []].append(cpuNow() - c)
        }

        var search: [UInt64] = []
        for word in ["trump", "clinton", ".txt", "zzzz"] {
            let a = now(); state.startSearch(word); _ = LibraryScreen.render(state); search.append(now() - a)
        }
        print("  " + line("keys during analysis", during))
        print("  " + line("  cpu time", duringCPU))
        print("  " + line("keys after analysis", after))
        print("  " + line("  cpu time", afterCPU))
        print("  " + line("take in summaries", absorb))
        print("  " + line("refresh (sort, actors)", refresh))
        print("  " + line("search /word", search))
        let slowest = byKey.sorted { $0.value.sorted()[50] > $1.value.sorted()[50] }.prefix(4)
        for (k, samples) in slowest { print("  " + line("  cpu, key \(keyCycle[k])", samples)) }
        print("  archive actors: \(state.index.actors.count)")
        print("peak RSS: \(ProcessStats.peakResidentBytes() / (1024 * 1024)) MB")
    }

    static func line(_ name: String, _ samples: [UInt64]) -> String {
        guard !samples.isEmpty else { return name + ": none" }
        let s = samples.sorted()
        let p99 = s[min(s.count - 1, s.count * 99 / 100)]
        return "\(name.padding(toLength: 24, withPad: " ", startingAt: 0)) median \(ms(s[s.count / 2]))  p99 \(ms(p99))  worst \(ms(s.last!))  (\(s.count))"
    }
}
