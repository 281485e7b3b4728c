import Testing
@testable import Model

@Suite struct ParagraphSplitterTests {
    func paragraphs(_ text: String) -> [String] {
        let d = Analyzer().analyze(text).document
        return d.paragraphs.map { d.string($0.span) }
    }

    @Test func onePerLine() {
        #expect(paragraphs("One paragraph here.\nAnother one here.\nA third.") ==
                ["One paragraph here.", "Another one here.", "A third."])
    }

    @Test func blankLineSeparatedSingleLines() {
        #expect(paragraphs("One paragraph here.\n\nAnother one here.\n\n\nA third.\n") ==
                ["One paragraph here.", "Another one here.", "A third."])
    }

    @Test func blankLineSeparatedHardWrapped() {
        let text = """
        The committee met on a cold morning to weigh the
        plan that the mayor had sent over the week before,
        and it argued for hours.

        Nobody expected the vote to be close, but by the
        evening the count was tied.
        """
        #expect(paragraphs(text).count == 2)
        #expect(paragraphs(text)[1] == "Nobody expected the vote to be close, but by the\nevening the count was tied.")
    }

    @Test func shortLinesInAOnePerLineFileStaySeparate() {
        // Blank lines, but the lines inside a block end their sentences: not hard-wrapped.
        let text = "Title of the piece.\n\nBy A Writer.\nMarch 3, 2020.\n\nThe body starts here and runs on for a while.\n"
        #expect(paragraphs(text).count == 4)
    }

    /// Line ends are found eight bytes at a time: every kind of line end, at every offset
    /// around the eight-byte words, gives the lines a byte-by-byte scan gives.
    @Test func lineSpansAtEveryAlignment() {
        func reference(_ bytes: [UInt8]) -> [Span] {
            var spans: [Span] = [], start = 0, i = 0
            while i < bytes.count {
                if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    spans.append(Span(start, i))
                    if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < bytes.count { spans.append(Span(start, bytes.count)) }
            return spans
        }
        var checked = 0
        for end in ["\n", "\r\n", "\r", "\n\n", "\r\r", "\n\r"] {
            for lead in 0..<17 {
                for gap in [0, 1, 7, 8, 9, 23] {
                    let text = String(repeating: "a", count: lead) + end + String(repeating: "é", count: gap) + end + "tail"
                    let bytes = Array(text.utf8)
                    #expect(ParagraphSplitter.lineSpans(bytes) == reference(bytes), "\(lead) \(gap)")
                    #expect(ParagraphSplitter.lineSpans(Array(bytes.dropLast(4))) == reference(Array(bytes.dropLast(4))))
                    checked += 1
                }
            }
        }
        #expect(checked == 6 * 17 * 6)
        #expect(ParagraphSplitter.lineSpans(Array("one line of more than eight bytes".utf8)) == [Span(0, 33)])
    }

    @Test func crlfAndLoneCR() {
        #expect(paragraphs("One.\r\nTwo.\rThree.") == ["One.", "Two.", "Three."])
    }

    @Test func headlineDetected() {
        let a = Analyzer().analyze("Council Rejects Budget Plan\n\nThe city council voted on Tuesday to reject the budget plan that the mayor proposed last month.\n")
        #expect(a.document.paragraphs[0].isHeadline)
        #expect(!a.document.paragraphs[1].isHeadline)
    }

    @Test func sentenceCaseHeadlineWithPeriodDetected() {
        let a = Analyzer().analyze("Council rejects the budget plan.\n\nThe city council voted on Tuesday to reject the budget plan that the mayor proposed last month, after a long debate.\n")
        #expect(a.document.paragraphs[0].isHeadline)
    }

    @Test func proseFirstParagraphIsNoHeadline() {
        let a = Analyzer().analyze("The city council voted on Tuesday to reject the budget plan that the mayor proposed last month after a long and bitter debate in the chamber.\nShort reply.\n")
        #expect(!a.document.paragraphs[0].isHeadline)
    }

    @Test func emptyAndBlankTexts() {
        #expect(paragraphs("").isEmpty)
        #expect(paragraphs("\n\n  \n").isEmpty)
    }
}

@Suite struct DatelineTests {
    func dateline(_ text: String) -> String? {
        let d = Analyzer().analyze(text).document
        let body = d.paragraphs.first { $0.dateline != nil }
        return body?.dateline.map { d.string($0) }
    }

    @Test func capitalisedPlaceAndDash() {
        #expect(dateline("Council Rejects Plan\n\nBRACKTON — The council voted on Tuesday to reject the plan.\n") == "BRACKTON —")
    }

    @Test func placeDateAndAgency() {
        #expect(dateline("NEW HAVEN, Dec. 2 (XNS) — The council voted to reject the plan.\n") == "NEW HAVEN, Dec. 2 (XNS) —")
        #expect(dateline("Brackton (XNS) – The council voted to reject the plan.\n") == "Brackton (XNS) –")
    }

    @Test func proseWithADashIsNoDateline() {
        #expect(dateline("The council — as expected — voted to reject the plan.\n") == nil)
        #expect(dateline("Council Rejects Plan\n\nMayor Lena Ortiz - who had backed it - left.\n") == nil)
    }
}
