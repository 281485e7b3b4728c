// `reader sources` and `reader export`: the seed's audit checked against its own --json, the
// table, JSON and CSV forms, directories and --files-from, CSV and brat round trips.
import Foundation
import Testing
@testable import Reader

@Suite struct SourcesCommandTests {
    /// Per speaker (actor name, or the source phrase): quotes, counted from `reader --json`.
    func speakerCounts(_ json: [String: Any]) -> [String: Int] {
        let actors = json["actors"] as? [[String: Any]] ?? []
        var names: [String: String] = [:]
        for a in actors { names[a["id"] as! String] = a["name"] as? String }
        var out: [String: Int] = [:]
        for q in json["quotes"] as? [[String: Any]] ?? [] {
            guard let s = q["speaker"] as? [String: Any] else { out["(no source)", default: 0] += 1; continue }
            let name = (s["actor"] as? String).flatMap { names[$0] }
                ?? (s["text"] as! String).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            out[name, default: 0] += 1
        }
        return out
    }

    @Test func theSeedsAuditListsEachSpeakerWithItsQuotes() throws {
        let seed = ReaderBinary.seed
        let json = try CLI.jsonObject(try CLI.run(["--json", seed]))
        let expected = speakerCounts(json)
        let r = try CLI.run(["sources", "--json", seed])
        #expect(r.status == 0)
        let audit = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        let speakers = audit["speakers"] as! [[String: Any]]
        var got: [String: Int] = [:]
        for s in speakers { got[s["name"] as! String, default: 0] += s["quotes"] as! Int }
        #expect(got == expected)
        #expect((audit["total"] as! [String: Any])["quotes"] as? Int == (json["quotes"] as! [Any]).count)
        // Sorted by quotes; the seed's most quoted speaker is the president.
        let counts = speakers.map { $0["quotes"] as! Int }
        #expect(counts == counts.sorted(by: >))
        #expect(speakers.first?["name"] as? String == "Trump")
        #expect(speakers.first?["gender"] as? String == "male")
        // The table shows the same rows.
        let table = try CLI.run(["sources", seed])
        #expect(table.status == 0)
        for (name, n) in expected where name.count < 30 {
            #expect(table.out.split(separator: "\n").contains { $0.hasPrefix(name + " ") && $0.contains(" \(n) ") }, "\(name)")
        }
        #expect(table.out.contains("people quoted / mentioned:"))
    }

    @Test func severalFilesAndADirectoryGetATotal() throws {
        let dir = try CLI.tempDirectory()
        _ = try CLI.write("Ann Lee said the school would close.\n\nSources said the board agreed.", "a.txt", in: dir)
        _ = try CLI.write("Ann Lee said the fight was not over.", "b.txt", in: dir)
        _ = try CLI.write("T1\tSource 0 3\tAnn\n", "a.ann", in: dir)  // not an article: skipped
        let r = try CLI.run(["sources", "--json", dir.path])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 3)
        #expect(lines[2]["file"] is NSNull)
        #expect(lines[2]["articles"] as? Int == 2)
        let speakers = lines[2]["speakers"] as! [[String: Any]]
        #expect(speakers.first?["name"] as? String == "Ann Lee")
        #expect(speakers.first?["quotes"] as? Int == 2)
        #expect(speakers.first?["gender"] as? String == "female")
        let list = try CLI.write(dir.appendingPathComponent("b.txt").path + "\n", "list", in: dir)
        let fromList = try CLI.run(["sources", "--csv", "--files-from", list])
        #expect(fromList.status == 0)
        let rows = try #require(CSV.parse(fromList.out))
        #expect(rows.first == SourcesReport.csvHeader)
        #expect(rows.dropFirst().allSatisfy { $0.count == SourcesReport.csvHeader.count && $0[0].hasSuffix("b.txt") })
        #expect(rows.filter { $0[1] == "speaker" }.map { [$0[2], $0[3], $0[4], $0[5], $0[6]] } == [["Ann Lee", "person", "female", "first-name", "1"]])
        #expect(rows.last?[1] == "total")
    }

    @Test func aMissingFileFailsButTheOthersAreAudited() throws {
        let dir = try CLI.tempDirectory()
        let a = try CLI.write("Ann Lee said it was late.", "a.txt", in: dir)
        let r = try CLI.run(["sources", a, dir.appendingPathComponent("nope.txt").path])
        #expect(r.status == 1)
        #expect(r.out.contains("Ann Lee"))
        #expect(r.stderr.contains("nope.txt: no such file or directory"))
        #expect(try CLI.run(["sources"]).status == 64)
        #expect(try CLI.run(["sources", "--json", "--csv", a]).status == 64)
    }
}

@Suite struct ExportTests {
    static let hostile = "Ann \"Annie\" Lee, a mayor said: \"We will, of course,\nbuild it\" and \u{1B}[31mmore.\n\nDr. Sami Haddad said «تم الاتفاق» was final, \"no\r\ndoubt\".\n\nOfficials familiar with the plan said costs, \"rose\" by 10%."

    @Test func csvFieldsRoundTripThroughTheParser() {
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", "\u{1B}[31m", "עברית, שלום", "", " lead", "\"", ",,"]
        let text = CSV.record(fields) + CSV.record(["x"])
        #expect(CSV.parse(text) == [fields, ["x"]])
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("plain") == "plain")
    }

    @Test func csvExportReadsBackInPythonUnchanged() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Self.hostile, "hostile, \"odd\".txt", in: dir)
        let r = try CLI.run(["export", "--csv", path])
        #expect(r.status == 0)
        let rows = try #require(CSV.parse(r.out))
        #expect(rows.first == ExportRows.header)
        let json = try CLI.jsonObject(try CLI.run(["--json", path]))
        let quotes = json["quotes"] as! [[String: Any]]
        #expect(rows.count == quotes.count + 1)
        #expect(quotes.count >= 2)
        // Offsets are code points: the content text is the text between them (single-part quotes).
        let scalars = Array(Self.hostile.unicodeScalars)
        for row in rows.dropFirst() where !row[11].contains(" … ") {
            let s = Int(row[12])!, e = Int(row[13])!
            var t = String.UnicodeScalarView(); t.append(contentsOf: scalars[s..<e])
            #expect(String(t) == row[11])
            #expect(row[0] == path)
            #expect(row[19] == "high" || row[19] == "low")
        }
        // Python's csv module reads the same records.
        let csvPath = try CLI.write(r.out, "out.csv", in: dir)
        let py = try CLI.shell("python3 -c 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline=\"\", encoding=\"utf-8\")))))' '\(csvPath)'")
        #expect(py.status == 0, "\(py.stderr)")
        let fromPython = try JSONSerialization.jsonObject(with: Data(py.out.utf8)) as? [[String]]
        #expect(fromPython == rows)
    }

    @Test func bratSpansAndLinksReadBack() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Self.hostile, "story.txt", in: dir)
        let out = dir.appendingPathComponent("brat")
        let r = try CLI.run(["export", "--brat", out.path, path])
        #expect(r.status == 0, "\(r.stderr)")
        let txt = try String(contentsOf: out.appendingPathComponent("story.txt"), encoding: .utf8)
        #expect(txt == Self.hostile)
        let ann = try String(contentsOf: out.appendingPathComponent("story.ann"), encoding: .utf8)
        let scalars = Array(txt.unicodeScalars)
        var types: [String: String] = [:]
        var events = 0
        for line in ann.split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if line.hasPrefix("T") {
                #expect(cols.count == 3)
                let head = cols[1].split(separator: " ", maxSplits: 1)
                types[cols[0]] = String(head[0])
                var pieces: [String] = []
                for range in head[1].split(separator: ";") {
                    let se = range.split(separator: " ").map { Int($0)! }
                    var t = String.UnicodeScalarView(); t.append(contentsOf: scalars[se[0]..<se[1]])
                    pieces.append(String(t))
                }
                #expect(pieces.joined(separator: " ") == cols[2], "\(line)")
                #expect(!cols[2].contains("\n"))
            } else {
                #expect(line.hasPrefix("E"))
                events += 1
                let args = cols[1].split(separator: " ").map { $0.split(separator: ":").map(String.init) }
                #expect(args.first?[0] == "Attribution")
                for a in args { #expect(types[a[1]] == a[0], "\(line)") }
                #expect(args.contains { $0[0] == "Content" })
            }
        }
        let json = try CLI.jsonObject(try CLI.run(["--json", path]))
        #expect(events == (json["quotes"] as! [Any]).count)
        #expect(events >= 2)
    }

    @Test func exportNeedsExactlyOneFormat() throws {
        #expect(try CLI.run(["export", ReaderBinary.seed]).status == 64)
        #expect(try CLI.run(["export", "--csv", "--brat", "/tmp/x", ReaderBinary.seed]).status == 64)
    }
}

@Suite struct SourcesTableCellTests {
    @Test func cellsPadByTerminalColumns() {
        // Two wide characters take four columns: padded to 10 columns with six spaces.
        let wide = SourcesReport.cell("習近", 10)
        #expect(wide == "習近      ")
        #expect(CellWidth.of(wide) == 10)
        // A combining accent takes no column.
        #expect(CellWidth.of(SourcesReport.cell("Jose\u{301}", 8)) == 8)
        // Cut to width with an ellipsis, never over it, even when a wide character straddles the edge.
        let cut = SourcesReport.cell("習近平習近平習近平", 6)
        #expect(cut == "習近… ")
        #expect(CellWidth.of(cut) == 6)
        #expect(SourcesReport.cell("42", 5, right: true) == "   42")
    }
}
