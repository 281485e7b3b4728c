// Hostile input (issue 6), run through the built binary: every case exits as it should, says
// what is wrong in one stderr line, and never prints a control character from the text.
import Foundation
import Testing

/// Bytes that must never reach stdout from article text: C0 controls other than the report's
/// own newlines, DEL, and (as UTF-8) C1 controls and bidi overrides.
private func rawControls(in output: Data) -> [String] {
    var found: [String] = []
    for b in output where (b < 0x20 && b != 0x0A) || b == 0x7F { found.append(String(format: "0x%02X", b)) }
    let text = String(decoding: output, as: UTF8.self)
    for s in text.unicodeScalars where (0x80...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
        || (0x2066...0x2069).contains(s.value) {
        found.append(String(format: "U+%04X", s.value))
    }
    return found
}

@Suite struct HostileTests {
    // MARK: binary files

    static let elfHeader: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)
    static let pngHeader: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    static let zipHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0] + Array("article.txt".utf8)

    @Test(arguments: [("elf", elfHeader), ("png", pngHeader), ("zip", zipHeader)])
    func binaryFilesAreRefusedUnlessForced(name: String, header: [UInt8]) throws {
        let dir = try CLI.tempDirectory()
        // A header, then bytes of every value, as a real file of that kind would have.
        let path = try CLI.write(header + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, "file.\(name)", in: dir)
        let refused = try CLI.run([path])
        #expect(refused.status == 1)
        #expect(refused.stderrLines.count == 1)
        #expect(refused.stderr.hasPrefix("reader: \(path): not a text file"))
        #expect(refused.stdout.isEmpty)
        let json = try CLI.run(["--json", path])
        #expect(json.status == 1)
        let forced = try CLI.run(["--force", path])
        #expect(forced.status == 0)
        #expect(rawControls(in: forced.stdout).isEmpty)
    }

    @Test func theReaderExecutableItselfIsNotText() throws {
        let r = try CLI.run([try CLI.binary.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a text file (ELF executable)"))
    }

    // MARK: encodings

    @Test func windows1252IsDecodedWithOneWarning() throws {
        let dir = try CLI.tempDirectory()
        // “Café au lait,” said Zoë Brown. — in Windows-1252: curly quotes 0x93/0x94, é 0xE9, ë 0xEB.
        let bytes: [UInt8] = [0x93] + Array("Caf".utf8) + [0xE9] + Array(" au lait,".utf8) + [0x94]
            + Array(" said Zo".utf8) + [0xEB] + Array(" Brown.\n".utf8)
        let path = try CLI.write(bytes, "cp1252.txt", in: dir)
        let r = try CLI.run(["--json", path])
        #expect(r.status == 0)
        #expect(r.stderrLines == ["reader: \(path): not valid UTF-8; decoded as Windows-1252"])
        let json = try CLI.jsonObject(r)
        let decoded = "“Café au lait,” said Zoë Brown."
        let paragraphs = json["paragraphs"] as? [[String: Int]]
        #expect(paragraphs?.first?["start"] == 0)
        #expect(paragraphs?.first?["end"] == decoded.unicodeScalars.count)
        let report = try CLI.run([path])
        #expect(report.out.contains("Café au lait"))
        #expect(report.out.contains("Zoë Brown"))
        #expect(report.stderrLines.count == 1)
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write([0xEF, 0xBB, 0xBF] + Array("Zoë Brown spoke.\n".utf8), "bom.txt", in: dir)
        let r = try CLI.run(["--json", path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let paragraphs = try CLI.jsonObject(r)["paragraphs"] as? [[String: Int]]
        #expect(paragraphs?.first == ["start": 0, "end": 16])
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let dir = try CLI.tempDirectory()
        let text = "“Peace now,” said Zoë Brown. 😀\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        let path = try CLI.write(bytes, "utf16.txt", in: dir)
        let utf8Path = try CLI.write(text, "utf8.txt", in: dir)
        let r = try CLI.run(["--json", path]), reference = try CLI.run(["--json", utf8Path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        // Same analysis, same code point offsets as the same text in UTF-8.
        #expect(r.out.replacingOccurrences(of: "utf16.txt", with: "utf8.txt") == reference.out)
    }

    // MARK: odd but valid text

    static let oddTexts: [(String, [UInt8])] = [
        ("crlf", Array("First paragraph, said Ann Lee.\r\nSecond one.\r\n".utf8)),
        ("lone-cr", Array("First paragraph.\rSecond one, said Ann Lee.\r".utf8)),
        ("tabs", Array("\tIndented\twith\ttabs, said Ann Lee.\n".utf8)),
        ("form-feed", Array("Page one.\u{0C}\nPage two, said Ann Lee.\n".utf8)),
        ("nul", Array("Nul\u{0}bytes \u{0}here, said Ann Lee.\n".utf8)),
        ("zero-width-bidi", Array("Zero\u{200B}width \u{200D}joiner \u{202E}reversed\u{202C} \u{2066}isolate\u{2069}, said Ann Lee.\n".utf8)),
        ("combining", Array("Cafe\u{301} n\u{303}o Zoe\u{308} said “a\u{20DD}” once.\n".utf8)),
        ("emoji-zwj", Array("Family 👨‍👩‍👧‍👦 and flag 🏳️‍🌈, said Ann Lee, “👍🏽 fine.”\n".utf8)),
        ("long-line", Array((String(repeating: "plain words, no marks here at all. ", count: 290) + "“Quoted,” said Ann Lee.\n").utf8)),
        ("empty", []),
        ("blank-lines", Array(String(repeating: "\n  \n\t\n\r\n", count: 500).utf8)),
        ("unbalanced-quotes", Array("He said “never closed.\n“Nested ‘inner “deep” ’ marks,” she said.\n” stray » « \" ' end\n".utf8)),
    ]

    @Test(arguments: oddTexts.map(\.0))
    func oddTextIsAnalysedWithoutError(name: String) throws {
        let bytes = Self.oddTexts.first { $0.0 == name }!.1
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(bytes, "\(name).txt", in: dir)
        let json = try CLI.run(["--json", path])
        #expect(json.status == 0)
        #expect(json.stderr.isEmpty)
        let object = try CLI.jsonObject(json)
        let textLength = String(decoding: bytes, as: UTF8.self).unicodeScalars.count
        for p in object["paragraphs"] as? [[String: Int]] ?? [] {
            #expect(0 <= p["start"]! && p["start"]! <= p["end"]! && p["end"]! <= textLength)
        }
        let report = try CLI.run([path])
        #expect(report.status == 0)
        #expect(report.stderr.isEmpty)
        #expect(rawControls(in: report.stdout).isEmpty, "\(rawControls(in: report.stdout))")
    }

    @Test func tenThousandColumnLineKeepsItsLength() throws {
        let line = String(repeating: "abcdefghi ", count: 1000)
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(line + "\n", "wide.txt", in: dir)
        let r = try CLI.run(["--json", path])
        #expect(r.status == 0)
        let paragraphs = try CLI.jsonObject(r)["paragraphs"] as? [[String: Int]]
        #expect(paragraphs == [["start": 0, "end": 9999]])
    }

    /// One megabyte in one line (the 20 MB case runs against the release binary in
    /// scripts/release-checks.sh: a debug build takes minutes and gigabytes over it).
    @Test func oneMegabyteWithoutANewline() throws {
        // Mostly lower-case prose (names are few), so the JSON stays small enough to parse quickly.
        let sentence = String(repeating: "the talks went on for hours and nobody said much about the plan at all. ", count: 9)
            + "Ann Lee met Bob Ray in Paris on Tuesday, according to the Daily Record. "
        var text = ""
        while text.utf8.count < 1_000_000 { text += sentence }
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(text, "huge.txt", in: dir)
        let r = try CLI.run(["--json", path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let paragraphs = try CLI.jsonObject(r)["paragraphs"] as? [[String: Int]]
        #expect(paragraphs?.count == 1)
        #expect(paragraphs?.first?["end"] == text.unicodeScalars.count - 1)  // the trailing space is trimmed
        let report = try CLI.run([path])
        #expect(report.status == 0)
        #expect(report.stdout.count > 1_000_000)
    }

    @Test func manyQuotesNoQuotesAndNoActors() throws {
        let dir = try CLI.tempDirectory()
        let many = String(repeating: "“Yes,” she said.\n", count: 5000)
        let r = try CLI.run(["--json", try CLI.write(many, "many.txt", in: dir)])
        #expect(r.status == 0)
        #expect((try CLI.jsonObject(r)["quotes"] as? [Any])?.count == 5000)
        let none = try CLI.run([try CLI.write("nothing here at all, in lower case.\n", "none.txt", in: dir)])
        #expect(none.status == 0)
        #expect(none.out.contains("Actors: none"))
        #expect(none.out.contains("Quotes: none"))
    }

    /// Found by the fuzzer (Fuzz/findings/crash-b76974b8): Windows-1252 text where "Dr&" made a
    /// person of "&" alone, and the actor pass crashed on a name with no word.
    static let fuzzCrash: [UInt8] = [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x48, 0x41, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x8A, 0x3D, 0x61, 0x74, 0x65, 0x2E, 0x20, 0x44, 0x72, 0x26, 0x20, 0x20, 0x52, 0x2E, 0x20, 0x44, 0x72, 0x26, 0x20, 0x20, 0x52, 0x2E, 0x64, 0x65, 0x9A, 0x8A, 0x9D, 0x20, 0x01, 0x00, 0x00, 0x80, 0x20, 0x52, 0x2E, 0x64, 0x65, 0x9A, 0x8A, 0x9D, 0x2E, 0x20, 0x4A, 0x2E, 0x20, 0x52, 0x2E, 0x20, 0x53, 0x2E, 0xFF, 0x00, 0x0D, 0x48, 0x81, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x72, 0x68, 0x74, 0x20, 0x69, 0x4A, 0x4A, 0x00, 0x00, 0x00, 0x2E, 0x20, 0x4A, 0xC9, 0x20, 0x52, 0x2E, 0x20, 0x53, 0x2E, 0x00]

    @Test func fuzzFoundCrashIsFixed() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Self.fuzzCrash, "crash.txt", in: dir)
        let r = try CLI.run(["--json", "--force", path])
        #expect(r.status == 0)
        #expect(r.stdout.count > 0)
    }

    // MARK: escape sequences in the text

    @Test func escapeSequencesNeverReachStdout() throws {
        let hostile = "Title \u{1B}]0;pwned\u{07} and \u{1B}]2;again\u{1B}\\ here.\n"
            + "Clear \u{1B}[2J\u{1B}[H screen and \u{1B}]52;c;cHduZWQ=\u{07} clipboard.\n"
            + "Bell \u{07}\u{07} C1 \u{85}\u{9B}31m and \u{9D}0;x\u{9C} override \u{202E}txet\u{202C}.\n"
            + "“Quote \u{1B}[31mred\u{1B}[0m,” said Ann \u{1B}[1mLee.\n"
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(hostile, "escapes.txt", in: dir)
        for env: [String: String?] in [["TERM": "dumb"], ["TERM": nil], ["TERM": "xterm"]] {
            let r = try CLI.run([path], env: env)
            #expect(r.status == 0)
            #expect(rawControls(in: r.stdout).isEmpty, "\(rawControls(in: r.stdout))")
            #expect(r.out.contains("␛]0;pwned␇"))
            #expect(r.out.contains("<U+202E>"))
        }
        let json = try CLI.run(["--json", path])
        #expect(json.status == 0)
        #expect(rawControls(in: json.stdout).isEmpty)
    }

    // MARK: pipes and side effects

    @Test func closedPipeExitsQuietly() throws {
        let dir = try CLI.tempDirectory()
        // Far more than a pipe buffer (64 KiB) of report, and of JSON Lines for many files.
        let path = try CLI.write(String(repeating: "“Line,” she said.\n", count: 20_000), "long.txt", in: dir)
        for args in ["'\(path)'", "--json" + String(repeating: " '\(path)'", count: 40)] {
            let r = try CLI.shell("set -o pipefail; \"$READER\" \(args) | head -1 >/dev/null; echo \"status ${PIPESTATUS[0]}\"")
            #expect(r.stderr.isEmpty, "\(r.stderr)")
            #expect(r.out == "status 0\n")
        }
    }

    @Test func aFIFOWithoutAWriterDoesNotHang() throws {
        let dir = try CLI.tempDirectory()
        let path = dir.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(path, 0o600) == 0)
        let r = try CLI.shell("timeout 10 \"$READER\" --json '\(path)'; echo \"status $?\"")
        #expect(r.out.hasSuffix("status 0\n"))  // 124 would mean timeout killed it
        #expect(r.out.contains("\"paragraphs\": []"))
    }

    @Test func theReaderWritesNothing() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write("“Fine,” said Ann Lee.\n", "a.txt", in: dir)
        let before = try FileManager.default.attributesOfItem(atPath: path)
        for args in [[path], ["--json", path], ["bench", "--repeat", "1", dir.path], ["--json", path, path]] {
            #expect(try CLI.run(args, cwd: dir).status == 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.txt"])
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "“Fine,” said Ann Lee.\n")
    }
}
