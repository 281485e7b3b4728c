import Testing
@testable import Model

/// Which phrase speaks: the speaker choices of issue 12 (titled names after an inverted cue, …).
@Suite struct SpeakerChoiceTests {
    @Test(arguments: ["former harbor master Lena Ortiz", "retired surgeon Oskar Lind", "campaign manager Dana Voss"])
    func anInvertedCueTakesATitledName(_ name: String) throws {
        let v = quoteViews("“The ferry will not sail before the storm passes,” said \(name), a longtime resident.\n")
        let q = try #require(v.first)
        #expect(q.rule == .quoteThenCue)
        #expect(q.speaker?.hasPrefix(name) == true)
    }

    @Test func anInvertedCueBeforeALowerCaseClauseTakesNoPhrase() {
        // "said quickly" / "said later": no name follows the lower-case words.
        let v = quoteViews("“The ferry will not sail before the storm passes,” said later that the port was shut.\n")
        #expect(v.allSatisfy { $0.speaker?.hasPrefix("later") != true })
    }
}
