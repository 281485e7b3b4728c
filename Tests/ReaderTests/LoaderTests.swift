import Foundation
import Testing
@testable import Reader

@Suite struct LoaderTests {
    private func temp(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func readsAFileAndNamesIt() throws {
        let path = try temp(Array("Hello, said Ann.".utf8))
        let article = try ArticleLoader.load(path: path, force: false)
        #expect(article.text == "Hello, said Ann.")
        #expect(article.displayName == (path as NSString).lastPathComponent)
        #expect(article.warnings.isEmpty)
    }

    @Test func failuresNameTheFileAndTheReason() {
        #expect(throws: ArticleLoader.Failure(message: "/nonexistent/x.txt: no such file or directory")) {
            try ArticleLoader.load(path: "/nonexistent/x.txt", force: false)
        }
        #expect(throws: ArticleLoader.Failure(message: "/: is a directory")) {
            try ArticleLoader.load(path: "/", force: false)
        }
    }

    @Test func binaryNeedsForce() throws {
        let path = try temp([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        #expect(throws: ArticleLoader.Failure.self) { try ArticleLoader.load(path: path, force: false) }
        let forced = try ArticleLoader.load(path: path, force: true)
        #expect(forced.text.unicodeScalars.count == 12)
    }

    @Test func decodingWarningIsPrefixedWithTheName() throws {
        let path = try temp([0x93, 0x41, 0x94])
        let article = try ArticleLoader.load(path: path, force: false)
        #expect(article.text == "“A”")
        #expect(article.warnings == ["\(path): not valid UTF-8; decoded as Windows-1252"])
    }

    @Test func readsLargeFilesWhole() throws {
        let bytes = [UInt8](repeating: 0x61, count: 3 << 20) + [0x0A]
        let article = try ArticleLoader.load(path: try temp(bytes), force: false)
        #expect(article.text.utf8.count == bytes.count)
    }
}

extension ArticleLoader.Failure: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.message == b.message }
}
