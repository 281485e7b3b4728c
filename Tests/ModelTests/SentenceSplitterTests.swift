import Testing
@testable import Model

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] { Analyzer().analyze(text).document.sentenceTexts }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Lee and Sen. Ford met on Jan. 4 in Washington. They talked.") ==
                ["Mr. Lee and Sen. Ford met on Jan. 4 in Washington.", "They talked."])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("Jane Q. Public and J. R. Doe agreed. Nobody else did.") ==
                ["Jane Q. Public and J. R. Doe agreed.", "Nobody else did."])
    }

    @Test func abbreviationMayEndASentenceBeforeAFunctionWord() {
        #expect(sentences("She moved to the U.S. The move was hard.") == ["She moved to the U.S.", "The move was hard."])
        #expect(sentences("The U.S. Senate voted.") == ["The U.S. Senate voted."])
    }

    @Test func sentenceEndsInsideQuotes() {
        #expect(sentences("He said, “We will win.” Then he left.") == ["He said, “We will win.”", "Then he left."])
        #expect(sentences("He said, \"We will win.\" Then he left.") == ["He said, \"We will win.\"", "Then he left."])
    }

    @Test func questionInsideQuotesBeforeLowercaseContinues() {
        #expect(sentences("“Why now?” she asked. Nobody knew.") == ["“Why now?” she asked.", "Nobody knew."])
    }

    @Test func lowercaseAfterPeriodContinues() {
        #expect(sentences("It rose 2 p.m. on average. Then it fell.") == ["It rose 2 p.m. on average.", "Then it fell."])
    }

    @Test func sentencesStayInsideParagraphs() {
        let a = Analyzer().analyze("First one without a period\nSecond line. Two.\n")
        #expect(a.document.sentenceTexts == ["First one without a period", "Second line.", "Two."])
        #expect(a.document.paragraphs[1].sentences == 1..<3)
    }
}

fileprivate extension Document {
    var sentenceTexts: [String] { sentences.map { string($0.span) } }
}
