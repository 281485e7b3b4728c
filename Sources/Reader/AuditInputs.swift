// The articles a batch command reads: file arguments, directories walked here (sorted, text and
// web-page files only, hidden entries skipped), and `--files-from LIST` ('-' for stdin: one path
// a line). Then each article analysed on `jobs` threads, results kept in input order.
import ArgumentParser
import Foundation
import Model

enum AuditInputs {
    /// Extensions an article walked from a directory may have.
    static let articleExtensions: Set<String> = Set(["txt", "text", "md"]).union(WebPageSupport.extensions)

    struct Failure: Error { var message: String }

    /// Every path to read, in order: arguments first (directories expanded), then the list's.
    static func paths(_ arguments: [String], filesFrom: String?) throws -> [String] {
        var out: [String] = []
        var all = arguments
        if let list = filesFrom {
            let bytes: [UInt8]
            do { bytes = try ArticleLoader.readBytes(path: list, name: list == "-" ? "<stdin>" : Sanitizer.visible(list)) }
            catch let e as ArticleLoader.Failure { throw Failure(message: e.message) }
            all += String(decoding: bytes, as: UTF8.self).split(separator: "\n").map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }.filter { !$0.isEmpty }
        }
        for path in all {
            var isDir: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                out += walk(path)
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// `paths` for a command, failing with the one-line message.
    static func batchPaths(_ arguments: [String], filesFrom: String?) throws -> [String] {
        do { return try paths(arguments, filesFrom: filesFrom) } catch let e as Failure { Diagnostics.fail(e.message) }
    }

    /// Article files under a directory, sorted by path (DirectoryWalk.swift: readdir, no stat per file).
    static func walk(_ dir: String) -> [String] { DirectoryWalk.files(under: dir, extensions: articleExtensions) }

    /// Each article loaded and analysed on `jobs` threads; `body` sees them in input order
    /// (a failure as its message), on the calling thread's lock, as soon as all before are done.
    static func analyse(_ paths: [String], jobs: Int, force: Bool,
                        _ body: @escaping (Int, Result<(Article, Analysis), ArticleLoader.Failure>) -> Void) {
        let ordered = InOrder<Result<(Article, Analysis), ArticleLoader.Failure>>(body)
        Parallel.forEach(count: paths.count, jobs: jobs) { i in
            let r: Result<(Article, Analysis), ArticleLoader.Failure>
            do {
                let a = try ArticleLoader.load(path: paths[i], force: force)
                r = .success((a, Analyzer().analyze(a.text)))
            } catch {
                r = .failure(error as? ArticleLoader.Failure ?? ArticleLoader.Failure(message: "\(paths[i]): \(error)"))
            }
            ordered.finish(i, r)
        }
    }
}

/// Hands results to a consumer in index order, whatever order they finish in.
final class InOrder<T>: @unchecked Sendable {
    private var pending: [Int: T] = [:]
    private var next = 0
    private let lock = NSLock()
    private let body: (Int, T) -> Void

    init(_ body: @escaping (Int, T) -> Void) { self.body = body }

    func finish(_ index: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        pending[index] = value
        while let v = pending.removeValue(forKey: next) {
            body(next, v)
            next += 1
        }
    }
}

/// Parsing the command line when it names many files. swift-argument-parser's array argument
/// costs time quadratic in the number of values (16,000 files: 10 s before any work), so the
/// file arguments past the first are taken out of argv by a linear pre-scan, the rest is parsed
/// as usual, and the full list is handed to the command, which is then validated again.
enum ManyFileArguments {
    /// Per subcommand that takes files: its options that take a value (the next word).
    static let valueOptions: [String: Set<String>] = [
        "open": ["--jobs", "--theme", "--files-from"],
        "sources": ["--files-from", "--jobs"],
        "export": ["--files-from", "--brat", "--jobs"],
    ]

    static func parseAsRoot(_ args: [String]) throws -> ParsableCommand {
        var sub = "open", i = 0
        if let first = args.first, valueOptions[first] != nil { sub = first; i = 1 }
        else if let first = args.first, !first.hasPrefix("-"), ReaderCommand.configuration.subcommands
            .contains(where: { $0._commandName == first }) || first == "help" { return try ReaderCommand.parseAsRoot(args) }
        var kept = Array(args[..<i]), files: [String] = [], afterDashDash = false
        while i < args.count {
            let a = args[i]
            if afterDashDash || a == "-" || !a.hasPrefix("-") {
                files.append(a)
            } else if a == "--" {
                afterDashDash = true
            } else {
                kept.append(a)
                if valueOptions[sub]!.contains(a), i + 1 < args.count { i += 1; kept.append(args[i]) }
            }
            i += 1
        }
        guard files.count > 1 else { return try ReaderCommand.parseAsRoot(args) }
        // Any error, help or version request: the parser's own pass over everything says it
        // exactly as it always has (slow only on that path).
        do {
            switch try ReaderCommand.parseAsRoot(kept + ["--", files[0]]) {
            case var c as Open: c.options.files = files; try c.validate(); return c
            case var c as SourcesCommand: c.inputs.files = files; try c.validate(); return c
            case var c as ExportCommand: c.inputs.files = files; try c.validate(); return c
            default: break
            }
        } catch {}
        return try ReaderCommand.parseAsRoot(args)
    }
}
