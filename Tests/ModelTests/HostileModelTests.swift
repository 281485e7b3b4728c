// Hostile input to the Model (issue 14): texts that crashed it or made its output grow faster
// than the input. Sized for a debug build; the multi-megabyte cases run against the release
// binary in scripts/release-checks.sh.
import Testing
@testable import Model

@Suite struct HostileModelTests {
    /// One sentence with a long run of group words: naming it recursed once per word
    /// (`Finder.name` ↔ `Finder.classify`) and overflowed the stack at ~700 words in debug.
    @Test(arguments: ["Thai", "Democrats"])
    func longRunOfGroupWordsIsNamedWithoutRecursion(word: String) {
        let count = 3_000
        let text = "The talks with " + Array(repeating: word, count: count).joined(separator: " ") + " ended.\n"
        let a = Analyzer().analyze(text)
        let candidates = MentionFinder.find(in: a.document)
        #expect(candidates.count == count)
        #expect(candidates.allSatisfy { a.document.string($0.span) == word && $0.kind == .group })
    }

    /// "Former Former … President": the title test recursed once per modifier (35,000 overflowed
    /// the stack in debug) and was quadratic.
    @Test func longRunOfTitleModifiersIsNoDeepRecursion() {
        let text = "The " + String(repeating: "Former ", count: 35_000) + "President Ana Ruiz spoke.\n"
        let a = Analyzer().analyze(text)
        let names = MentionFinder.find(in: a.document).map { a.document.string($0.span) }
        #expect(names.last == "Ana Ruiz")
        #expect(names.allSatisfy { $0.utf8.count < 32 * 7 }, "every name is at most 32 words")
    }

    /// A run longer than a name can be is named in pieces of at most `maxNameTokens` words, each
    /// a name of its own; a name of ordinary length is untouched.
    @Test func longCapitalisedRunsAreNamedInBoundedPieces() {
        let words = (0..<100).map { "Zorvath\(String(UnicodeScalar(UInt8(97 + $0 % 26))))an" }
        let text = "We met " + words.joined(separator: " ") + " there.\n"
        let a = Analyzer().analyze(text)
        let candidates = MentionFinder.find(in: a.document)
        #expect(!candidates.isEmpty)
        #expect(candidates.allSatisfy { $0.nameTokens.count <= 32 })
        let b = Analyzer().analyze("We met Secretary of State for Foreign Affairs Alma Reyes there.\n")
        #expect(b.mentions.map { b.document.string($0.span) } == ["Alma Reyes"])
    }
}
