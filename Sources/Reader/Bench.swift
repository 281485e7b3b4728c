// `reader bench PATH...`: analysis speed, measured in one process. Every file is read once;
// then one warm-up and `--repeat` timed runs over all of them, single-threaded unless `--jobs`.
import ArgumentParser
import Dispatch
import Foundation
import Model

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis speed on files or directories of .txt and web pages (.html).",
        discussion: """
            Prints a line per run (files, words, seconds, words/s), the peak resident memory, and last \
            'words/s: N', the median. Words are whitespace-separated tokens of the files.
            """)

    @Argument(help: "Files, or directories searched recursively for .txt and .html files.")
    var paths: [String] = []

    @Option(name: .long, help: "Timed runs after one warm-up.")
    var `repeat`: Int = 5

    @Option(name: .long, help: "Files analysed at once (default 1, the figure of record; with --library, the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Time the library's indexing: list the paths, analyse them in the background as 'reader DIR' does, merge the archive's actors (LibraryIndexBench.swift).")
    var library = false

    @Flag(name: .long, help: "Time the screen model instead: open, first paint and keystrokes, without a terminal.")
    var ui = false

    @Flag(name: .customLong("library-ui"), help: "Time the library's screen model: first paint, keys during and after the background analysis (LibraryBench.swift).")
    var libraryUI = false

    @Flag(name: .long, help: "Time generated hostile texts instead (no paths): words/s per family at each scale, and the growth ratio.")
    var adversarial = false

    @Option(name: .long, help: "With --adversarial: only this family (repeatable).")
    var family: [String] = []

    @Option(name: .long, help: "With --adversarial: the scales, in units of --base-kb.")
    var scales: String = "1,4,16"

    @Option(name: .long, help: "With --adversarial: the size of scale 1, in KB.")
    var baseKb: Int = 250

    func validate() throws {
        if self.repeat < 1 { throw ValidationError("--repeat must be at least 1") }
        if paths.isEmpty && !adversarial { throw ValidationError("give files or directories, or --adversarial") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if library && (ui || libraryUI || adversarial) { throw ValidationError("--library goes with none of --ui, --library-ui, --adversarial") }
    }

    func run() throws {
        StandardOutput.prepare()
        if adversarial {
            AdversarialBench.run(families: family, scales: scales.split(separator: ",").compactMap { Int($0) },
                                 baseBytes: baseKb * 1000, runs: min(self.repeat, 3))
            return
        }
        if library {
            LibraryIndexBench.run(arguments: paths, jobs: jobs ?? ProcessStats.cores)
            return
        }
        let jobs = self.jobs ?? 1
        if libraryUI { LibraryBench.run(arguments: paths, jobs: jobs); return }
        let files: [String]
        do { files = try Self.expand(paths) } catch let failure as ArticleLoader.Failure { Diagnostics.fail(failure.message) }
        if files.isEmpty { Diagnostics.fail("no .txt or .html files in \(paths.map(Sanitizer.visible).joined(separator: " "))") }
        if ui {
            try UIBench.run(paths: files)
            return
        }
        var texts: [String] = []
        var pages: [Int: [UInt8]] = [:]  // web pages are extracted again in every timed run
        var words = 0
        for path in files {
            do {
                let bytes = try ArticleLoader.readBytes(path: path, name: Sanitizer.visible(path))
                let article = try ArticleLoader.article(from: bytes, name: Sanitizer.visible(path), force: false)
                if article.page != nil { pages[texts.count] = bytes }
                words += Self.countWords(article.page != nil ? Array(article.text.utf8) : bytes)
                texts.append(article.text)
            } catch let failure as ArticleLoader.Failure {
                Diagnostics.fail(failure.message)
            }
        }
        StandardOutput.write("bench: \(texts.count) files, \(words) words, \(jobs) job\(jobs == 1 ? "" : "s"), "
                             + "\(self.repeat) runs after 1 warm-up\n")
        var rates: [Double] = [], pageRates: [Double] = [], cpuPageRates: [Double] = []
        for run in 0...self.repeat {
            let cpuStart = Self.processCPUSeconds()
            let seconds = Self.analyseAll(texts, pages: pages, jobs: jobs)
            let cpu = Self.processCPUSeconds() - cpuStart
            if run == 0 { continue }
            let rate = Double(words) / seconds
            rates.append(rate)
            pageRates.append(Double(texts.count) / seconds)
            cpuPageRates.append(Double(texts.count) / max(cpu, 1e-9))
            StandardOutput.write("run \(run): files \(texts.count)  words \(words)  seconds \(String(format: "%.4f", seconds))"
                                 + "  words/s \(Int(rate))" + (pages.isEmpty ? "" : "  pages/s \(Int(pageRates.last!))") + "\n")
        }
        StandardOutput.write("peak resident memory: \(ProcessStats.megabytes(ProcessStats.peakResidentBytes()))\n")
        if !pages.isEmpty {
            // Web pages: each run extracts the article from the HTML and analyses it.
            // Per CPU-second too: on a shared machine the wall clock counts other programs' turns.
            StandardOutput.write("pages/s: \(Int(Self.median(pageRates))) (\(pages.count) web pages extracted and analysed; "
                                 + "\(Int(Self.median(cpuPageRates))) per CPU-second)\n")
        }
        StandardOutput.write("words/s: \(Int(Self.median(rates)))\n")
    }

    /// Seconds to analyse every text once, on `jobs` threads.
    static func analyseAll(_ texts: [String], pages: [Int: [UInt8]] = [:], jobs: Int) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        Parallel.forEach(count: texts.count, jobs: jobs) {
            let text = pages[$0].map { WebPageSupport.article(from: $0, name: "", displayName: "").text } ?? texts[$0]
            blackHole(Analyzer().analyze(text))
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Keeps the optimiser from dropping an analysis whose result is unused.
    @inline(never)
    static func blackHole(_ analysis: Analysis) {
        if analysis.quotes.count == Int.min { print("") }
    }

    static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext == "txt" || WebPageSupport.extensions.contains(ext)
    }

    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Whitespace-separated tokens, with whitespace as Python's str.split() has it (ASCII
    /// whitespace, U+001C–U+001F, NEL, no-break and other Unicode spaces, line separators),
    /// so counts match the issue's figure for the dev set (67,609 words).
    static func countWords(_ bytes: [UInt8]) -> Int {
        var count = 0, inWord = false, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var width = 1, space = false
            if b < 0x80 {
                space = b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)
            } else if b == 0xC2, i + 1 < n {
                width = 2; space = bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0
            } else if b >= 0xE1 && b <= 0xE3, i + 2 < n {
                width = 3
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                switch (b, b1) {
                case (0xE1, 0x9A): space = b2 == 0x80                        // U+1680
                case (0xE2, 0x80): space = b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF  // U+2000–200A, 2028, 2029, 202F
                case (0xE2, 0x81): space = b2 == 0x9F                        // U+205F
                case (0xE3, 0x80): space = b2 == 0x80                        // U+3000
                default: space = false
                }
            }
            if !space && !inWord { count += 1 }
            inWord = !space
            i += width
        }
        return count
    }

    /// Files as given; directories replaced by their .txt and web page files, recursively, sorted by path.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ArticleLoader.Failure(message: "\(Sanitizer.visible(path)): no such file or directory")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            var found: [String] = []
            if let walker = FileManager.default.enumerator(atPath: path) {
                for case let relative as String in walker where Self.isArticleFile(relative) {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var dir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
                }
            }
            files += found.sorted()
        }
        return files
    }
}

/// `reader bench --adversarial`: each hostile family at each scale, decoded and analysed as
/// `reader` would; the median of `runs` timings. The growth ratio is the time per word at the
/// largest scale over that at the smallest: 1 is linear, 16 quadratic.
enum AdversarialBench {
    static func run(families names: [String], scales: [Int], baseBytes: Int, runs: Int) {
        let families = BenchFamilies.all.filter { names.isEmpty || names.contains($0.name) }
        if families.isEmpty {
            Diagnostics.fail("no such family; families: " + BenchFamilies.all.map(\.name).joined(separator: " "))
        }
        let scales = scales.isEmpty ? [1] : scales
        var header = "family".padding(toLength: 30, withPad: " ", startingAt: 0)
        for scale in scales { header += "  " + "words/s \(scale)x".leftPadded(14) }
        header += "  " + "MB/s \(scales.last!)x".leftPadded(10) + "  " + "ratio".leftPadded(6) + "  target"
        StandardOutput.write(header + "\n")
        var failing = 0
        for family in families {
            var line = family.name.padding(toLength: 30, withPad: " ", startingAt: 0)
            var rates: [Double] = [], byteRates: [Double] = [], mbps = 0.0
            for scale in scales {
                let bytes = family.make(baseBytes * scale)
                let words = max(1, Bench.countWords(bytes))
                var times: [Double] = []
                for _ in 0..<runs {
                    let start = DispatchTime.now().uptimeNanoseconds
                    Bench.blackHole(Analyzer().analyze(TextDecoding.decode(bytes).text))
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                let seconds = max(Bench.median(times), 1e-9)
                rates.append(Double(words) / seconds)
                mbps = Double(bytes.count) / seconds / 1e6
                byteRates.append(mbps)
                line += "  " + String(Int(rates.last!)).leftPadded(14)
            }
            // Per byte, which is per word for every family but the one of a single huge token.
            let ratio = byteRates.first! / byteRates.last!
            // ≥ 1,000,000 words/s at the largest scale (≥ 20 MB/s for texts of few words), and
            // no more than 1.5 times slower per word than at the smallest.
            let ok = (rates.last! >= 1_000_000 || mbps >= 20) && ratio <= 1.5
            if !ok { failing += 1 }
            line += "  " + String(format: "%.1f", mbps).leftPadded(10) + "  " + String(format: "%.2f", ratio).leftPadded(6)
            line += ok ? "  ok" : "  MISSED"
            StandardOutput.write(line + "\n")
        }
        StandardOutput.write("peak resident memory: \(ProcessStats.megabytes(ProcessStats.peakResidentBytes()))\n")
        StandardOutput.write("families: \(families.count), missing the target: \(failing)\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
