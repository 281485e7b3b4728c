// Reading an article: from a file, standard input ("-") or a web address, as text; a web page
// (by extension or content) is reduced to its article first. Failures become one clear message
// naming the file; the file is opened read-only and nothing is ever written.
import Foundation

struct Article {
    var text: String
    /// The name shown in the status line and reports.
    var displayName: String
    /// Notes for stderr or the status line (e.g. "decoded as Windows-1252"), already prefixed with the name.
    var warnings: [String] = []
    /// Set for a web page: its title, byline, date, site and address.
    var page: WebArticle? = nil
}

enum ArticleLoader {
    struct Failure: Error, CustomStringConvertible {
        /// One line: "NAME: reason".
        var message: String
        var description: String { message }
    }

    /// Larger inputs are refused rather than read without end (e.g. /dev/zero).
    static let maximumBytes = 256 << 20

    static func load(path: String, force: Bool) throws -> Article {
        if WebFetcher.isURL(path) {
            let fetched = try WebFetcher.fetch(path)
            let name = Sanitizer.visible(path)
            return WebPageSupport.article(from: fetched.bytes, name: name, displayName: name,
                                          charset: fetched.charset, url: fetched.url)
        }
        let name = path == "-" ? "<stdin>" : Sanitizer.visible(path)
        let bytes = try readBytes(path: path, name: name)
        return try article(from: bytes, name: name, force: force)
    }

    /// Decodes bytes already read; refuses binary data unless `force`.
    static func article(from bytes: [UInt8], name: String, force: Bool) throws -> Article {
        let displayName = name.hasPrefix("<") ? name : (name as NSString).lastPathComponent
        if WebPageSupport.isWebPage(bytes, name: name) {
            return WebPageSupport.article(from: bytes, name: name, displayName: displayName)
        }
        if !force, let reason = TextDecoding.binaryReason(bytes) {
            throw Failure(message: "\(name): not a text file (\(reason)); use --force to open it anyway")
        }
        let decoded = TextDecoding.decode(bytes)
        return Article(text: decoded.text, displayName: displayName,
                       warnings: decoded.warning.map { ["\(name): \($0)"] } ?? [])
    }

    /// All bytes of the file, or of standard input for "-".
    static func readBytes(path: String, name: String) throws -> [UInt8] {
        if path == "-" { return try readAll(fd: STDIN_FILENO, name: name) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(message: "\(name): \(reason(errno))") }
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure(message: "\(name): is a directory") }
        // O_NONBLOCK so that opening a FIFO nobody writes to does not wait forever; reads then
        // block as usual (a FIFO without a writer reads as empty).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(message: "\(name): \(reason(errno))") }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return try readAll(fd: fd, name: name, sizeHint: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
    }

    private static func readAll(fd: Int32, name: String, sizeHint: Int = 0) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(sizeHint, maximumBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "\(name): \(reason(errno))")
            }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maximumBytes {
                throw Failure(message: "\(name): larger than \(maximumBytes >> 20) MiB")
            }
        }
        return bytes
    }

    /// The system's reason, lower-cased as in "no such file or directory".
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
