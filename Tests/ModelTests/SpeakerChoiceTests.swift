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

    @Test(arguments: [
        ("Mayor Lena Ortiz said that the council would pass the budget and predicted that taxes would fall.", "that taxes would fall", "Mayor Lena Ortiz"),
        ("Oskar Lind put off deciding whether the board could meet but said the vote would wait until May.", "the vote would wait", "Oskar Lind"),
        ("As the crowd cheered, Dana Voss waved and said the campaign had only begun.", "the campaign had only begun", "Dana Voss"),
        ("The harbor master called Jo Bauer, a ferry captain, and warned that the storm would close the port.", "the storm would close", "The harbor master"),
    ])
    func aCoordinatedCueTakesTheSubjectOfItsClause(_ text: String, _ content: String, _ speaker: String) throws {
        let q = try #require(quote(quoteViews(text + "\n"), containing: content))
        #expect(q.speaker == speaker)
    }

    @Test func aRelativeWhoAfterACommaSpeaksForItsVerbs() throws {
        let v = quoteViews("The students admired Lena Ortiz, who taught for years and believes that schools need more money.\n")
        let q = try #require(quote(v, containing: "schools need more money"))
        #expect(q.speaker == "who")
        #expect(q.actor == "Lena Ortiz")
    }

    @Test(arguments: ["Eight years ago", "There", "Beyond the new figures"])
    func aLeadingPhraseNamingNoActorIsNoSubject(_ lead: String) throws {
        let v = quoteViews("\(lead), the harbor master backed the plan and said the ferry would sail again.\n")
        let q = try #require(quote(v, containing: "the ferry would sail"))
        #expect(q.speaker == "the harbor master")
    }

    @Test func aParticipleTakesTheSpeakerOfTheCueBeforeItInItsSentence() throws {
        let v = quoteViews("“The storm has passed,” Dana Voss said, adding that the ferry would sail. “It will be a long week for the crews,” Oskar Lind said.\n")
        let q = try #require(quote(v, containing: "the ferry would sail"))
        #expect(q.rule == .participleCue)
        #expect(q.speaker == "Dana Voss")
    }

    @Test func aSubjectIsNeverInsideAQuotationOpeningTheSentence() throws {
        // No earlier cue in the sentence claims the quotation: the subject search starts after it.
        let v = quoteViews("“Those boats never leave the harbor,” the captain grumbled on Monday and said the port was badly run.\n")
        let q = try #require(quote(v, containing: "the port was badly run"))
        #expect(q.speaker == "the captain")
    }

    @Test func aParticipleSkipsACueNestedInTheContentBeforeIt() throws {
        // "calls" is a cue inside the object of "criticized": the sentence's report is the outer one.
        let v = quoteViews("Lena Ortiz criticized the mayor's repeated calls to close the harbor, noting that the ferry feeds the town.\n")
        let q = try #require(quote(v, containing: "the ferry feeds the town"))
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test(arguments: ["Sen. Lena Ortiz (D-Ore.)", "Sen. Lena Ortiz, D-Ore.,"])
    func aPartyTagIsNoDateline(_ name: String) throws {
        let v = quoteViews("\(name) on Saturday criticized the harbor accord signed in Oslo, saying the fishermen were ignored.\n")
        let q = try #require(quote(v, containing: "the fishermen were ignored"))
        #expect(q.speaker?.hasPrefix("Sen. Lena Ortiz") == true)
    }

    @Test func aSignatureLineAfterAQuotationNamesItsSpeaker() throws {
        let text = "The harbor debate went on for hours.\n\n\"We will keep the ferry running through the winter, whatever it costs.\"\n\n- Lena Ortiz, harbor master.\n\nThe council voted the next day.\n"
        let q = try #require(quote(quoteViews(text), containing: "keep the ferry running"))
        #expect(q.rule == .quoteThenDash)
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func aQualifiedNameOpeningASentenceTakesTheNextQuotation() throws {
        let text = "\"The vote will be close,\" said Oskar Lind, a council member.\n\nHarbor Trust's Lena Ortiz disagreed. \"The ferry has the votes it needs and everyone knows it.\"\n"
        let q = try #require(quote(quoteViews(text), containing: "the votes it needs"))
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func aRestrictiveRelativeClauseBeforeTheCueYieldsToItsNoun() throws {
        let v = quoteViews("Two fishermen who work out of the old harbor said the new quota would ruin them.\n")
        let q = try #require(quote(v, containing: "the new quota would ruin them"))
        #expect(q.speaker == "Two fishermen")
    }

    @Test(arguments: ["began", "kept", "started"])
    func aVerbBeforeAGerundCueIsNoSpeaker(_ verb: String) throws {
        let v = quoteViews("At the hearing, Lena Ortiz \(verb) asking why the ferry schedule had been cut.\n")
        let q = try #require(quote(v, containing: "ferry schedule"))
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func aNameBeforeAnUnknownVerbAndAQuotationSpeaks() throws {
        let v = quoteViews("Oskar Lind had argued for an hour - then, near the end, Lena Ortiz quipped, “The ferry will outlive us all.”\n")
        let q = try #require(quote(v, containing: "outlive us all"))
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test func aPronounBeforeAnUnclassedWordAndTheCueIsTheSource() throws {
        let v = quoteViews("I always hoped the ferry would run again one day.\n")
        let q = try #require(quote(v, containing: "the ferry would run"))
        #expect(q.speaker == "I")
    }

    @Test func withNoOneInFocusTheNewSubjectTakesTheQuotation() throws {
        let text = "The ferry line closed in March.\n\nLena Ortiz kept up her campaign against the closure.\n\n“Nobody in this town was asked about it, not once, and we will remember that.”\n"
        let q = try #require(quote(quoteViews(text), containing: "Nobody in this town"))
        #expect(q.speaker == "Lena Ortiz")
    }

    @Test(arguments: ["Meanwhile, it", "On Tuesday they"])
    func aPronounOpeningTheClauseIsItsSubject(_ lead: String) throws {
        let v = quoteViews("\(lead) attacked the harbor board, saying the ferry plan was a waste of money.\n")
        let q = try #require(quote(v, containing: "the ferry plan was a waste"))
        #expect(q.speaker == String(lead.split(separator: " ").last!))
    }

    @Test func sheSkipsAPersonOfUnknownSexForOneNamedAsAWoman() throws {
        let text = "Ms. Lena Ortiz toured the harbor on Monday with the engineer Kaz Brandt. Later she said the ferry would return in May.\n"
        let q = try #require(quote(quoteViews(text), containing: "the ferry would return"))
        #expect(q.speaker == "she")
        #expect(q.actor == "Lena Ortiz")
    }
}
