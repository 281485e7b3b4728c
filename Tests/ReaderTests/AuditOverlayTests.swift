// The `S` overlay: its lines as pure code, and in tmux on the seed.
import Foundation
import Testing
@testable import Model
@testable import Reader

@Suite struct AuditOverlayTests {
    @Test func barsAreBlockCharactersInEighths() {
        #expect(AuditOverlay.bar(1, of: 1, width: 4) == "████")
        #expect(AuditOverlay.bar(1, of: 2, width: 4) == "██  ")
        #expect(AuditOverlay.bar(1, of: 16, width: 4) == "▎   ")
        #expect(AuditOverlay.bar(0, of: 5, width: 4) == "    ")
        #expect(AuditOverlay.bar(3, of: 0, width: 4) == "    ")
        for v in 0...40 { #expect(AuditOverlay.bar(v, of: 40).count == AuditOverlay.barWidth) }
    }

    @Test func linesCarryTheAuditsFigures() {
        let text = "Ann Lee said the school would close.\n\nMs. Lee said the board agreed.\n\nSources said it was over.\n\nRobert Kent, a teacher, said the roof leaked."
        let lines = AuditOverlay.lines(Analyzer().analyze(text))
        #expect(lines[0].hasPrefix("4 quotes"))
        #expect(lines.contains { $0.contains("anonymous sources") && $0.contains(" 1 ") && $0.contains("25%") && $0.contains("█") })
        #expect(lines.contains { $0.hasPrefix("  female") && $0.contains("67%") })
        #expect(lines.contains { $0.hasPrefix("  male") && $0.contains("33%") })
        #expect(lines.contains { $0.contains("Ann Lee") && $0.contains("female (honorific)") && $0.contains(" 2 ") })
        #expect(lines.contains { $0.contains("people quoted / mentioned: 2 of 2") })
        #expect(AuditOverlay.lines(Analyzer().analyze("No one spoke.")).last == "no quotes in this article")
    }

    @Test func whyNamesTheSourceTypeAndTheGenderEvidence() {
        let a = Analyzer().analyze("Ms. Ann Lee said the school would close.\n\nSources said it was over.")
        #expect(a.quotes.count == 2)
        #expect(AuditOverlay.sourceLine(a, a.quotes[0]) == "person · gender female (by honorific)")
        #expect(AuditOverlay.sourceLine(a, a.quotes[1]) == "anonymous")
    }

    @Test func keysScrollAndClose() {
        #expect(AuditOverlay.handle(.char(0x6A), scroll: 0, lineCount: 30, rows: 10).scroll == 1)
        #expect(AuditOverlay.handle(.char(0x47), scroll: 0, lineCount: 30, rows: 10).scroll == 20)
        #expect(AuditOverlay.handle(.char(0x6B), scroll: 0, lineCount: 30, rows: 10).scroll == 0)
        #expect(AuditOverlay.handle(.char(0x71), scroll: 3, lineCount: 30, rows: 10).scroll == nil)
        #expect(AuditOverlay.handle(.escape, scroll: 3, lineCount: 30, rows: 10).scroll == nil)
        #expect(AuditOverlay.handle(.char(0x51), scroll: 3, lineCount: 30, rows: 10).quit)
    }
}

@Suite(.serialized) struct AuditOverlayE2ETests {
    @Test func sOpensTheAuditAndQAndEscClose() throws {
        let t = try TmuxSession(args: [ReaderBinary.seed], width: 100, height: 40)
        _ = try t.waitFor("the seed") { $0.contains("Actors (") && $0.contains("? help") }
        t.send("S")
        let open = try t.waitFor("the audit overlay") { $0.contains("sources: who gets a voice") && $0.contains("by source type") }
        #expect(open.contains("28 quotes"))  // the seed: two expectations with no holder named (raising verbs) joined, one stance fragment nested in one
        #expect(open.contains("█"))
        #expect(open.contains("named persons"))
        t.send("q")
        _ = try t.waitFor("closed with q") { !$0.contains("sources: who gets a voice") && $0.contains("? help") }
        t.send("S")
        _ = try t.waitFor(text: "sources: who gets a voice")
        t.send("Escape")
        _ = try t.waitFor("closed with Esc") { !$0.contains("sources: who gets a voice") }
        t.send("q")
        #expect(try t.exitStatus() == 0)
        try t.expectRestored()
    }
}
