// Reading an article: from a file or standard input, as text.
import Foundation

struct Article {
    var text: String
    /// The name shown in the status line and reports.
    var displayName: String
    var warnings: [String] = []
}

enum ArticleLoader {
    struct Failure: Error {
        var message: String
    }

    static func load(path: String, force: Bool) throws -> Article {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(message: "\(path): no such file")
            }
            if isDirectory.boolValue { throw Failure(message: "\(path): is a directory") }
            guard let d = FileManager.default.contents(atPath: path) else {
                throw Failure(message: "\(path): cannot be read")
            }
            data = d
        }
        let name = path == "-" ? "<stdin>" : (path as NSString).lastPathComponent
        return Article(text: String(decoding: data, as: UTF8.self), displayName: name)
    }
}
