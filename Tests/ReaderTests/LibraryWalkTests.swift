// Walking a directory for the library (and --json, sources, export) with readdir: article
// extensions only, hidden entries skipped, subdirectories descended, a link to a file taken,
// a link to a directory not followed, sorted by path.
import Foundation
import Testing
@testable import Reader

@Suite struct LibraryWalkTests {
    @Test func walksWithoutStatingEveryFile() throws {
        let dir = try CLI.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        let hidden = dir.appendingPathComponent(".hidden")
        let other = try CLI.tempDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        for d in [sub, hidden] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        let b = try CLI.write("b", "b.TXT", in: dir)
        let a = try CLI.write("a", "a.html", in: dir)
        let n = try CLI.write("n", "n.md", in: sub)
        _ = try CLI.write("x", "x.ann", in: dir)
        _ = try CLI.write("h", ".h.txt", in: dir)
        _ = try CLI.write("h", "in-hidden.txt", in: hidden)
        _ = try CLI.write("o", "o.txt", in: other)
        let target = try CLI.write("t", "target.txt", in: other)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("linked-dir").path, withDestinationPath: other.path)
        let found = AuditInputs.walk(dir.path)
        #expect(found == [a, b, dir.appendingPathComponent("link.txt").path, n].sorted())
        #expect(AuditInputs.walk(dir.path + "/") == found)
        #expect(AuditInputs.walk(dir.appendingPathComponent("missing").path).isEmpty)
    }
}
