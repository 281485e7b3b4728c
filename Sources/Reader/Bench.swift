// `reader bench PATH...`: analysis speed, measured in one process.
import ArgumentParser
import Foundation
import Model

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure analysis speed on files or directories of .txt.")

    @Argument(help: "Files, or directories searched recursively for .txt files.")
    var paths: [String]

    @Option(name: .long, help: "Timed runs after one warm-up.")
    var `repeat`: Int = 5

    func run() throws {
        var texts: [String] = []
        for path in paths {
            texts.append(try ArticleLoader.load(path: path, force: false).text)
        }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
        var rates: [Double] = []
        for run in 0...self.repeat {
            let start = DispatchTime.now().uptimeNanoseconds
            for t in texts { _ = Analyzer().analyze(t) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if run == 0 { continue }
            rates.append(Double(words) / seconds)
            print("run \(run): files \(texts.count)  words \(words)  seconds \(String(format: "%.3f", seconds))  words/s \(Int(Double(words) / seconds))")
        }
        print("words/s: \(Int(rates.sorted()[rates.count / 2]))")
    }
}
