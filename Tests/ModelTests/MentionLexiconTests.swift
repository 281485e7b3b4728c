import Testing
@testable import Model

@Suite struct MentionLexiconTests {
    func flags(_ word: String) -> WordFlags { Lexicon.flags(LexiconHash.hash(Substring(word))) }

    /// The tokenizer's small abbreviation table gives the whole word table's abbreviation flags,
    /// for every listed abbreviation, title, honorific and place alias, and for ordinary words.
    @Test func abbreviationTableAnswersAsTheWordTable() {
        let lists = [NameLexicons.abbreviations, NameLexicons.sentenceEndingAbbreviations, NameLexicons.titles,
                     NameLexicons.honorifics, NameLexicons.calendar, NameLexicons.placeAliases]
        var words = lists.joined(separator: " ").split(whereSeparator: { " \n=".contains($0) }).map(String.init)
        words += ["said", "the", "Note", "window", "Margaret", "U.S", "a.m", "x", "Calif"]
        let both: WordFlags = [.abbreviation, .lowercaseAbbreviation]
        var abbreviations = 0
        for word in words {
            // As the tokenizer asks: the word before the period, then the period.
            let stem = word.hasSuffix(".") ? String(word.dropLast()) : word
            let h = LexiconHash.mix(LexiconHash.hash(Substring(stem)), 0x2E)
            #expect(Lexicon.words.abbreviationFlags(h) == Lexicon.flags(h).intersection(both), "\(word)")
            if Lexicon.flags(h).contains(.abbreviation) { abbreviations += 1 }
        }
        #expect(abbreviations > 50)
        #expect(Lexicon.words.abbreviationFlags(LexiconHash.hash("vs.")).isSuperset(of: both))
        #expect(Lexicon.words.abbreviationFlags(LexiconHash.hash("said.")).isEmpty)
    }

    @Test func generatedTableHoldsCommonWordsAndFirstNames() {
        #expect(flags("note").contains(.commonWord))
        #expect(flags("Note").contains(.commonWord), "lookups ignore ASCII case")
        #expect(flags("window").contains(.commonWord))
        #expect(!flags("Kremlin").contains(.commonWord))
        #expect(flags("Margaret").isSuperset(of: [.firstName, .female]))
        #expect(!flags("Margaret").contains(.male))
        #expect(flags("Harold").isSuperset(of: [.firstName, .male]))
        #expect(!flags("Harold").contains(.commonWord))
        #expect(flags("Qwxzv") == [])
    }

    @Test func handWrittenAndGeneratedFlagsCombine() {
        // "the" is a stop word (hand-written) and a common word (generated).
        #expect(flags("the").isSuperset(of: [.stop, .commonWord]))
        #expect(flags("Sen.").isSuperset(of: [.title, .abbreviation]))
        // A first name the Census lists lack comes from the hand-written list.
        #expect(flags("Volodymyr").contains(.firstName))
    }

    @Test func hexDecodingReadsEightDigitsInOrder() {
        func word(_ s: String) -> UInt64 {
            var v: UInt64 = 0
            for (i, b) in s.utf8.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
            return v
        }
        #expect(WordTableOfFlags.hex8(word("0123abcd")) == 0x0123_abcd)
        #expect(WordTableOfFlags.hex8(word("ffffffff")) == 0xffff_ffff)
        #expect(WordTableOfFlags.hex8(word("90000009")) == 0x9000_0009)
    }

    @Test func tableIsSortedAndEveryBucketFindsItsEntries() {
        let keys = Lexicon.words.keys
        #expect(keys.count > 60_000)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        // Each entry is found by its own hash (any low 4 bits).
        for k in keys.prefix(300) + keys.suffix(300) + keys[30_000..<30_300] {
            #expect(Lexicon.words[k | 0xF] != [])
        }
    }
}

@Suite struct KindCueLexiconTests {
    func cue(_ word: String) -> KindCue { Lexicon.kindCue(LexiconHash.hash(Substring(word))) }

    @Test func cueWordsAreFoundInAnyCase() {
        #expect(cue("shares").contains(.bodyNoun))
        #expect(cue("CEO").contains(.bodyNoun))
        #expect(cue("spokesman").contains(.weakBodyNoun))
        #expect(cue("mayor").contains(.placeOf))
        #expect(cue("founder").contains(.bodyOf))
        #expect(cue("stake").contains(.bodyIn))
        #expect(cue("campaign").contains(.personNoun))
        #expect(cue("reported").contains(.resultVerb) && cue("profit").contains(.financeNoun))
        #expect(cue("Corp").contains(.companySuffix) && cue("com").contains(.webDomain))
        #expect(cue("newspaper").contains(.bodyKind) && cue("village").contains(.placeKind))
        #expect(cue("table") == [])
    }

    @Test func surnameHeadsAreHeadWords() {
        let hill = Lexicon.flags(LexiconHash.hash(Substring("Hill")))
        #expect(hill.isSuperset(of: [.surnameHead, .placeHead]))
        #expect(Lexicon.flags(LexiconHash.hash(Substring("Post"))).isSuperset(of: [.surnameHead, .orgHead]))
        #expect(!Lexicon.flags(LexiconHash.hash(Substring("County"))).contains(.surnameHead))
    }
}
