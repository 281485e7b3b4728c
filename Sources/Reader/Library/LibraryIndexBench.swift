// `reader bench --library DIR|PATHS…`: the library's indexing as `reader DIR` meets it (its
// screen is timed by `--library-ui`, LibraryBench.swift). The paths are listed (directories walked) as the library does before its first paint; then the
// indexer analyses them on `--jobs` threads while this thread, like the interface, collects
// finished summaries every few milliseconds into the archive's actor index. Prints the time to
// the path list, the time until every article is analysed, articles/s and words/s, the merged
// actors with the index's own time (and on made-up summaries of as many articles with many more
// distinct names), what the summaries weigh, and the peak resident memory.
import Dispatch
import Foundation
import Model

enum LibraryIndexBench {
    /// How often the collecting thread looks for finished articles (an interface's frame).
    static let pollMicroseconds: UInt32 = 5_000

    static func run(arguments: [String], jobs: Int) {
        let start = now()
        let paths: [String]
        do { paths = try AuditInputs.paths(arguments, filesFrom: nil) } catch let e as AuditInputs.Failure {
            Diagnostics.fail(e.message)
        } catch {
            Diagnostics.fail("\(error)")
        }
        if paths.isEmpty { Diagnostics.fail("no articles found (directories are searched for .txt and .html files)") }
        let listed = now()
        StandardOutput.write("library: \(paths.count) paths listed in \(seconds(listed - start)) s, \(jobs) job\(jobs == 1 ? "" : "s")\n")

        let indexer = LibraryIndexer(paths: paths, jobs: jobs, force: false)
        let cpuStart = Bench.processCPUSeconds()
        indexer.start()
        var index = ArchiveActorIndex()
        var summaries: [ArticleSummary] = []
        summaries.reserveCapacity(paths.count)
        var summaryArticles: [Int] = []
        var failed = 0, words = 0, collected = 0
        var indexNanoseconds: UInt64 = 0, batches = 0
        var firstFailure: String?
        while collected < paths.count {
            usleep(pollMicroseconds)
            let batch = indexer.drain()
            if batch.isEmpty { continue }
            let t = threadCPU()
            for (i, entry) in batch {
                switch entry {
                case .analysed(let summary):
                    index.add(article: i, summary: summary)
                    summaries.append(summary)
                    summaryArticles.append(i)
                    words += summary.words
                case .failed(let reason):
                    failed += 1
                    if firstFailure == nil { firstFailure = reason }
                }
            }
            _ = index.actors.count  // the interface shows the actors after each batch
            indexNanoseconds += threadCPU() - t
            collected += batch.count
            batches += 1
        }
        let analysed = now()
        let cpu = Bench.processCPUSeconds() - cpuStart
        let wall = Double(analysed - listed) / 1e9
        StandardOutput.write("analysed: \(paths.count - failed) articles, \(failed) failed, in \(seconds(analysed - listed)) s after the list "
                             + "(\(seconds(analysed - start)) s from start; \(String(format: "%.2f", cpu)) CPU-s)\n")
        if let reason = firstFailure { StandardOutput.write("first failure: \(Sanitizer.visible(reason))\n") }
        StandardOutput.write("articles/s: \(Int(Double(paths.count) / wall))  words/s: \(Int(Double(words) / wall)) "
                             + "(\(words) word tokens)\n")

        // The same index built in one go, as when every summary is already there.
        let scratchStart = threadCPU()
        var fresh = ArchiveActorIndex()
        for (k, summary) in summaries.enumerated() { fresh.add(article: summaryArticles[k], summary: summary) }
        let actorCount = fresh.actors.count
        let scratch = threadCPU() - scratchStart
        let entries = summaries.reduce(0) { $0 + $1.actors.count }
        let quotes = summaries.reduce(0) { $0 + $1.quotes.count }
        StandardOutput.write("archive actors: \(actorCount) from \(entries) article actors, \(quotes) quotes; index \(seconds(indexNanoseconds)) CPU-s "
                             + "over \(batches) batches as they arrived, \(seconds(scratch)) CPU-s from scratch\n")
        let weight = SummaryWeight(summaries)
        StandardOutput.write("summaries: \(ProcessStats.megabytes(weight.total)) (quotes \(ProcessStats.megabytes(weight.quotes)), "
                             + "actors \(ProcessStats.megabytes(weight.actors)), headlines \(ProcessStats.megabytes(weight.headlines)))\n")
        StandardOutput.write("peak resident memory: \(ProcessStats.megabytes(ProcessStats.peakResidentBytes()))\n")
        StandardOutput.write(syntheticIndexLine(articles: paths.count, actorsPerArticle: 40, names: 10 * paths.count) + "\n")
    }

    /// The index on an archive as large as the one measured but of many distinct names (copies of
    /// a small corpus repeat the same few hundred): made-up summaries of 40 actors drawn from ten
    /// names per article, a quarter of them lone surnames, added in shuffled order.
    static func syntheticIndexLine(articles: Int, actorsPerArticle: Int, names: Int) -> String {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var summaries: [ArticleSummary] = []
        summaries.reserveCapacity(articles)
        for _ in 0..<articles {
            var actors: [SummaryActor] = []
            for _ in 0..<actorsPerArticle {
                // Zipf-like: a few names in many articles, most in few.
                let n = min(names - 1, Int(Double(names) * pow(Double(next(1_000_000)) / 1_000_000, 3)))
                let name = n % 4 == 0 ? "Family\(n / 4)" : "Given\(n % 300) Family\(n / 4)"
                actors.append(SummaryActor(name: name, kind: n % 7 == 0 ? .organization : .person, mentions: 2, quotes: 1))
            }
            let quotes = actors.indices.map { SummaryQuote(actor: $0, speaker: "", excerpt: "", offset: $0, lowConfidence: false) }
            summaries.append(ArticleSummary(headline: "", date: nil, words: 0, actors: actors, quotes: quotes))
        }
        let order = (0..<articles).map { ($0, next(Int.max)) }.sorted { $0.1 < $1.1 }.map(\.0)
        let start = now(), cpuStart = threadCPU()
        var index = ArchiveActorIndex()
        for a in order { index.add(article: a, summary: summaries[a]) }
        let count = index.actors.count
        let seconds = Self.seconds(now() - start), cpu = Self.seconds(threadCPU() - cpuStart)
        withExtendedLifetime(index) {}
        return "synthetic archive: \(articles) articles × \(actorsPerArticle) actors of \(names) names, shuffled: "
            + "index \(seconds) s (\(cpu) CPU-s), \(count) actors"
    }

    /// This thread's CPU time in nanoseconds: on a shared machine the wall clock counts others' turns.
    private static func threadCPU() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    private static func seconds(_ ns: UInt64) -> String { String(format: "%.3f", Double(ns) / 1e9) }
}

/// What the summaries hold, in bytes: the structures plus the heap text of strings too long to
/// be stored inline (over 15 UTF-8 bytes); allocator overhead left out.
struct SummaryWeight {
    var headlines = 0, actors = 0, quotes = 0
    var total: Int { headlines + actors + quotes }

    init(_ summaries: [ArticleSummary]) {
        func heap(_ s: String) -> Int { s.utf8.count > 15 ? s.utf8.count + 32 : 0 }
        for s in summaries {
            headlines += MemoryLayout<ArticleSummary>.stride + heap(s.headline) + (s.date.map(heap) ?? 0)
            actors += s.actors.count * MemoryLayout<SummaryActor>.stride + s.actors.reduce(0) { $0 + heap($1.name) }
            quotes += s.quotes.count * MemoryLayout<SummaryQuote>.stride
                + s.quotes.reduce(0) { $0 + heap($1.speaker) + heap($1.excerpt) }
        }
    }
}
