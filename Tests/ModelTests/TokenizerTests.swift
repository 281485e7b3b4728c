import Testing
@testable import Model

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [(String, TokenKind)] {
        let doc = Analyzer().analyze(text).document
        return doc.tokens.map { (doc.string($0.span), $0.kind) }
    }

    @Test func abbreviationsKeepTheirPeriod() {
        let t = tokens("Mr. Lee met Sen. Ford and Gov. Hale in the U.S. on Jan. 4.").map(\.0)
        #expect(t == ["Mr.", "Lee", "met", "Sen.", "Ford", "and", "Gov.", "Hale", "in", "the", "U.S.",
                      "on", "Jan.", "4", "."])
    }

    @Test func initialsKeepTheirPeriod() {
        #expect(tokens("Jane Q. Public spoke.").map(\.0) == ["Jane", "Q.", "Public", "spoke", "."])
    }

    @Test func possessivesAndContractionsAreOneWord() {
        let t = tokens("Lee's plan, Lee’s aide, don’t, can't.")
        #expect(t.map(\.0) == ["Lee's", "plan", ",", "Lee’s", "aide", ",", "don’t", ",", "can't", "."])
        #expect(!t.contains { $0.1 == .quote })
    }

    @Test func pluralPossessiveIsNotAQuote() {
        let t = tokens("The voters’ choice and the senators' vote.")
        #expect(t.map(\.0).contains("voters’"))
        #expect(t.map(\.0).contains("senators'"))
        #expect(!t.contains { $0.1 == .quote })
    }

    @Test func singleQuotationMarksAreQuotes() {
        let t = tokens("He called it ‘a farce’ and 'a joke' today.")
        let quotes = t.filter { $0.1 == .quote }.map(\.0)
        #expect(quotes == ["‘", "’", "'", "'"])
    }

    @Test func closingSingleQuoteAfterPluralIsAQuote() {
        let t = tokens("She said ‘ask the voters’ again.")
        #expect(t.filter { $0.1 == .quote }.map(\.0) == ["‘", "’"])
    }

    @Test func doubleQuotesStraightAndCurly() {
        let t = tokens("“Yes,” he said, \"no.\"")
        #expect(t.filter { $0.1 == .quote }.map(\.0) == ["“", "”", "\"", "\""])
    }

    @Test func elisionBeforeDigitsIsPartOfTheWord() {
        #expect(tokens("Back in the ’90s and '80s.").map(\.0) == ["Back", "in", "the", "’90s", "and", "'80s", "."])
    }

    @Test func hyphensAndDashes() {
        let t = tokens("A cease-fire — or a truce – is near - maybe -- soon.")
        #expect(t.map(\.0).contains("cease-fire"))
        #expect(t.filter { $0.1 == .dash }.map(\.0) == ["—", "–", "-", "--"])
    }

    @Test func numbers() {
        let t = tokens("It cost 3,000 dollars, or 2.5 percent, on 9/11.")
        #expect(t.filter { $0.1 == .number }.map(\.0) == ["3,000", "2.5", "9/11"])
    }

    @Test func missingSpaceAfterPeriodSplitsWords() {
        #expect(tokens("he said.Then he left").map(\.0) == ["he", "said", ".", "Then", "he", "left"])
    }

    @Test func lowercaseWordAtSentenceEndIsNotAnAbbreviation() {
        // "ill." is not "Ill." (Illinois): the period stays a token.
        #expect(tokens("He fell ill. Then he rested.").map(\.0).contains("."))
        #expect(tokens("He fell ill. Then he rested.").map(\.0).filter { $0 == "." }.count == 2)
    }

    @Test func nonASCIIWordsAndSpaces() {
        let t = tokens("José\u{00A0}Núñez said “¡hola!”")
        #expect(t.map(\.0).prefix(3) == ["José", "Núñez", "said"])
    }

    @Test func spansCoverTheText() {
        let text = "Odd \u{0007} bytes\u{FEFF} and “quotes” — fine."
        let doc = Analyzer().analyze(text).document
        for tok in doc.tokens {
            #expect(tok.span.start >= 0 && tok.span.end <= doc.bytes.count && tok.span.start < tok.span.end)
        }
        #expect(zip(doc.tokens, doc.tokens.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
    }
}
