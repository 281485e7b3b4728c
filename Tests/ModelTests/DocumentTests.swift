import Testing
@testable import Model

@Suite struct DocumentTests {
    @Test func paragraphsOnePerLine() {
        let a = Analyzer().analyze("First line.\nSecond line.\n")
        #expect(a.document.paragraphs.count == 2)
        #expect(a.document.string(a.document.paragraphs[1].span) == "Second line.")
    }

    @Test func paragraphsBlankLineSeparated() {
        let a = Analyzer().analyze("One wrapped\nparagraph here.\n\nAnother one.\n")
        #expect(a.document.paragraphs.count == 2)
        #expect(a.document.string(a.document.paragraphs[0].span) == "One wrapped\nparagraph here.")
    }

    @Test func jsonOffsetsAreCodePoints() {
        let text = "Ünïcode “quoted words here,” he said."
        let a = Analyzer().analyze(text)
        let json = JSONExport.json(a, file: "x.txt")
        // "“" is code point 8; the content starts right after it.
        #expect(json.contains("\"content\": {\"start\": 9, \"end\": 27, \"text\": \"quoted words here,\"}"))
    }
}
