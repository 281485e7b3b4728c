import Foundation
import Model
import Testing
@testable import Reader

@Suite struct LibraryIndexerTests {
    /// Drains until every file is in (or 60 s pass), as the interface does between keys.
    private func collect(_ indexer: LibraryIndexer) -> [(index: Int, entry: LibraryIndexer.Entry)] {
        var all: [(index: Int, entry: LibraryIndexer.Entry)] = []
        let deadline = Date().addingTimeInterval(60)
        while all.count < indexer.total && Date() < deadline {
            all += indexer.drain()
            if all.count < indexer.total { usleep(2_000) }
        }
        return all
    }

    @Test func everyFileEndsAnalysedOrFailedWithAOneLineReason() throws {
        let dir = try CLI.tempDirectory()
        var paths: [String] = []
        paths.append(try CLI.write("Bridge opens\n\n“It is done,” said Mayor Ann Okafor.\n", "a.txt", in: dir))
        paths.append(try CLI.write("""
            <html><head><title>Rail plan</title></head><body><article><h1>Rail plan approved</h1>
            <p>“We start in May,” said Tom Reyes, the city engineer, on Monday at the council meeting.</p>
            <p>The council voted seven to two for the plan after a long debate about costs and routes.</p>
            </article></body></html>
            """, "b.html", in: dir))
        paths.append(try CLI.write([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10, 0x00] + [UInt8](repeating: 0, count: 64), "c.txt", in: dir))
        paths.append(dir.appendingPathComponent("missing.txt").path)
        paths.append("/proc/self/mem")  // opens, but every read fails, even for root
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("d.txt"), withIntermediateDirectories: true)
        paths.append(dir.appendingPathComponent("d.txt").path)
        paths.append(try CLI.write("line one\nline\u{1B}[31m two\n", "e\nname.txt", in: dir))

        let indexer = LibraryIndexer(paths: paths, jobs: 2, force: false)
        #expect(indexer.done == 0)
        indexer.start()
        let entries = collect(indexer)
        #expect(indexer.done == paths.count)
        #expect(entries.map(\.index).sorted() == Array(paths.indices))  // each once
        #expect(indexer.drain().isEmpty)

        var byIndex: [Int: LibraryIndexer.Entry] = [:]
        for e in entries { byIndex[e.index] = e.entry }
        guard case .analysed(let a)? = byIndex[0] else { Issue.record("a.txt not analysed"); return }
        #expect(a.headline == "Bridge opens")
        #expect(a.topSpeakers() == ["Ann Okafor"])
        guard case .analysed(let b)? = byIndex[1] else { Issue.record("b.html not analysed"); return }
        #expect(b.headline.contains("Rail plan"))
        #expect(b.quotes.contains { $0.speaker.contains("Tom Reyes") })
        guard case .analysed(let e)? = byIndex[6] else { Issue.record("the oddly named file not analysed"); return }
        #expect(e.headline == "line one")
        for i in [2, 3, 4, 5] {
            guard case .failed(let reason)? = byIndex[i] else { Issue.record("\(paths[i]) not failed"); continue }
            #expect(!reason.contains("\n"))
            #expect(reason.hasPrefix(paths[i] + ": "))
        }
        if case .failed(let r)? = byIndex[2] { #expect(r.contains("not a text file")) }
        if case .failed(let r)? = byIndex[3] { #expect(r.hasSuffix("no such file or directory")) }
        if case .failed(let r)? = byIndex[5] { #expect(r.hasSuffix("is a directory")) }
    }

    @Test func aFailureNamingAFileWithABreakIsStillOneLine() {
        #expect(LibraryIndexer.oneLine("a\nb.txt: gone") == "a b.txt: gone")
        guard case .failed(let reason) = LibraryIndexer.summarize(path: "/nonexistent/x\ny.txt", force: false) else {
            Issue.record("not failed"); return
        }
        #expect(!reason.contains("\n"))
        #expect(reason.hasSuffix("no such file or directory"))
    }

    @Test func manyFilesAllArriveOnceAndStartTwiceDoesNothingMore() throws {
        let dir = try CLI.tempDirectory()
        let paths = try (0..<60).map { i in
            try CLI.write("Item \(i)\n\n“Number \(i) is here,” said Ann Okafor.\n", "f\(i).txt", in: dir)
        }
        let indexer = LibraryIndexer(paths: paths, jobs: 3, force: false)
        indexer.start()
        indexer.start()
        let entries = collect(indexer)
        usleep(20_000)
        #expect(indexer.drain().isEmpty)  // nothing twice
        #expect(entries.count == 60)
        #expect(Set(entries.map(\.index)) == Set(0..<60))
        var index = ArchiveActorIndex()
        for (i, e) in entries { if case .analysed(let s) = e { index.add(article: i, summary: s) } }
        let okafor = try #require(index.actor(key: "p:ann okafor"))
        #expect(index.articles(of: okafor, speaking: true) == Array(0..<60))
        #expect(index.quotes(of: okafor).map(\.article) == Array(0..<60))
    }

    @Test func cancelledBeforeStartAnalysesNothing() throws {
        let dir = try CLI.tempDirectory()
        let paths = try (0..<20).map { try CLI.write("Text \($0).\n", "f\($0).txt", in: dir) }
        let indexer = LibraryIndexer(paths: paths, jobs: 2, force: false)
        indexer.cancel()
        indexer.start()
        usleep(200_000)
        #expect(indexer.done == 0)
        #expect(indexer.drain().isEmpty)
    }
}
