// `reader --jsonl [FILE…]`: a stream filter. Each input line is one article, a JSON object with
// "text" (or "html", a web page) and optional "id", "url", "title", "date"; each output line is
// its analysis with those four copied through, in input order. A bad line (malformed JSON, no
// text, over 64 MiB) gets {"line": N, "error": "…"} in its place and the stream goes on; the exit
// status is then 1. Memory stays flat whatever the input's size: a bounded window of lines is in
// flight between the reader (this thread) and `jobs` analysis threads, and each line is written
// as soon as it and all before it are done.
import Dispatch
import Foundation
import Model

enum JSONLines {
    static let maximumLineBytes = 64 << 20
    /// Keys copied from the input object to the output, in this order.
    static let passThrough = ["id", "url", "title", "date"]

    /// Reads every path ('-' is standard input) in turn; returns false when any line failed.
    static func run(paths: [String], jobs: Int, force: Bool) -> Bool {
        let window = DispatchSemaphore(value: max(4, jobs * 8))
        var failed = false
        let writer = InOrder<[UInt8]> { _, bytes in
            StandardOutput.write(bytes)
            window.signal()
        }
        let work = WorkQueue()
        let failures = Counter()
        var workers: [Thread] = []
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<max(1, jobs) {
            let t = Thread {
                while let item = work.take() {
                    let (bytes, ok) = analyse(item.line, number: item.number, file: item.file)
                    if !ok { failures.increment() }
                    writer.finish(item.index, bytes)
                }
                done.signal()
            }
            t.stackSize = 8 << 20
            workers.append(t)
            t.start()
        }
        var index = 0
        for path in paths {
            let fd: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
            let file = path == "-" ? nil : path
            if fd < 0 {
                Diagnostics.warn("\(path): \(String(cString: strerror(errno)))")
                failed = true
                continue
            }
            var reader = LineReader(fd: fd, limit: maximumLineBytes)
            var number = 0
            while let line = reader.next() {
                number += 1
                window.wait()
                work.put(WorkItem(index: index, number: number, file: file, line: line))
                index += 1
            }
            if let error = reader.error { Diagnostics.warn("\(path): \(error)"); failed = true }
            if fd != STDIN_FILENO { close(fd) }
        }
        work.close()
        for _ in workers { done.wait() }
        return !failed && failures.value == 0
    }

    /// The output line for one input line (newline included), and whether it was an article.
    static func analyse(_ line: LineReader.Line, number: Int, file: String?) -> ([UInt8], Bool) {
        func failure(_ message: String) -> ([UInt8], Bool) {
            Diagnostics.warn("\(file.map { $0 + ": " } ?? "")line \(number): \(message)")
            var out = "{\"line\": \(number)"
            if let file { out += ", \"file\": \(JSONExport.quoted(file))" }
            return (Array((out + ", \"error\": \(JSONExport.quoted(message))}\n").utf8), false)
        }
        guard case .text(let bytes) = line else { return failure("line longer than \(maximumLineBytes >> 20) MiB") }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return failure("empty line: no article") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: []) else {
            return failure("malformed JSON")
        }
        guard let dict = object as? [String: Any] else { return failure("not a JSON object") }
        var article: Article
        if let text = dict["text"] {
            guard let s = text as? String else { return failure("\"text\" is not a string") }
            article = Article(text: s, displayName: "line \(number)")
        } else if let html = dict["html"] {
            guard let s = html as? String else { return failure("\"html\" is not a string") }
            article = WebPageSupport.article(from: Array(s.utf8), name: "line \(number)", displayName: "line \(number)",
                                             charset: "utf-8", url: dict["url"] as? String)
        } else {
            return failure("no \"text\" or \"html\" in this object")
        }
        let analysis = Analyzer().analyze(article.text)
        var json = JSONExport.jsonBytes(analysis, file: "")
        if let page = article.page { WebPageSupport.appendTextAndMeta(&json, text: article.text, page: page) }
        // The file name means nothing here: its field gives way to the copied ones.
        let prefix = Array("{\"file\": \"\", ".utf8)
        guard json.starts(with: prefix) else { return failure("internal: unexpected JSON export") }
        var out: [UInt8] = [0x7B]
        out.reserveCapacity(json.count + 256)
        for key in passThrough {
            guard let value = dict[key], let encoded = encode(value) else { continue }
            out += Array("\"\(key)\": ".utf8) + encoded + Array(", ".utf8)
        }
        out += json[prefix.count...]
        out.append(0x0A)
        return (out, true)
    }

    /// A value copied through: a string escaped as the rest of the output, anything else as JSON.
    static func encode(_ value: Any) -> [UInt8]? {
        if let s = value as? String { return Array(JSONExport.quoted(s).utf8) }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        else { return nil }
        return Array(data)
    }

    struct WorkItem {
        var index: Int
        var number: Int
        var file: String?
        var line: LineReader.Line
    }

    /// Lines handed from the reading thread to the analysis threads.
    final class WorkQueue: @unchecked Sendable {
        private var items: [WorkItem] = []
        private var head = 0
        private var closed = false
        private let condition = NSCondition()

        func put(_ item: WorkItem) {
            condition.lock(); defer { condition.unlock() }
            items.append(item)
            condition.signal()
        }

        func close() {
            condition.lock(); defer { condition.unlock() }
            closed = true
            condition.broadcast()
        }

        func take() -> WorkItem? {
            condition.lock(); defer { condition.unlock() }
            while head == items.count && !closed { condition.wait() }
            guard head < items.count else { return nil }
            let item = items[head]
            head += 1
            if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }  // keep the queue short
            return item
        }
    }

    final class Counter: @unchecked Sendable {
        private var n = 0
        private let lock = NSLock()
        func increment() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }
}

/// Lines of a file descriptor, read in 1 MiB blocks; a line longer than `limit` is skipped to
/// its end (never held) and reported as `.tooLong`.
struct LineReader {
    enum Line { case text([UInt8]), tooLong }

    let fd: Int32
    let limit: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0, end = 0
    private var eof = false
    private(set) var error: String?

    init(fd: Int32, limit: Int) {
        self.fd = fd
        self.limit = limit
    }

    mutating func next() -> Line? {
        var line: [UInt8] = []
        var tooLong = false, sawAny = false
        while true {
            if start == end {
                if eof { break }
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    error = String(cString: strerror(errno)); eof = true; break
                }
                if n == 0 { eof = true; break }
                start = 0; end = n
            }
            sawAny = true
            var i = start
            let newline: Int? = buffer.withUnsafeBufferPointer { b in
                while i < end { if b[i] == 0x0A { return i }; i += 1 }
                return nil
            }
            let stop = newline ?? end
            if !tooLong {
                if line.count + (stop - start) > limit { tooLong = true; line = [] } else { line += buffer[start..<stop] }
            }
            if let nl = newline {
                start = nl + 1
                return tooLong ? .tooLong : .text(line)
            }
            start = end
        }
        guard sawAny else { return nil }
        return tooLong ? .tooLong : .text(line)
    }
}
