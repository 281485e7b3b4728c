import Testing
@testable import Model

/// Reported speech and its sources.
@Suite struct AttributionTests {
    @Test func cueThenClauseKeepsItsThat() throws {
        let v = quoteViews("Mayor Lena Ortiz said on Tuesday that the tunnel would close for repairs.\n")
        let q = try #require(v.first)
        #expect(q.kind == .indirect)
        #expect(q.rule == .cueThenClause)
        #expect(q.content == "that the tunnel would close for repairs")  // the annotators' unit opens with "that"
        #expect(q.speaker == "Mayor Lena Ortiz")
    }

    @Test func toldSkipsTheAddressee() throws {
        let v = quoteViews("Oskar Lind told reporters the vote would be delayed.\n")
        let q = try #require(v.first)
        #expect(q.content == "the vote would be delayed")
        #expect(q.cue == "told")
    }

    @Test func clauseThenCue() throws {
        let v = quoteViews("The budget will not balance this year, a city official said.\n")
        let q = try #require(v.first)
        #expect(q.rule == .clauseThenCue)
        #expect(q.content == "The budget will not balance this year")
        #expect(q.speaker == "a city official")
        #expect(q.actor == nil)
    }

    @Test func cueInsideClause() throws {
        let v = quoteViews("The new rules, she said, will cost farmers dearly.\n")
        let q = try #require(v.first)
        #expect(q.rule == .cueInsideClause)
        #expect(q.parts == ["The new rules", "will cost farmers dearly"])
    }

    @Test func accordingToBeforeAndAfter() throws {
        let lead = quoteViews("According to the harbor master, the ferry will not sail.\n")
        #expect(lead.first?.rule == .accordingTo)
        #expect(lead.first?.content == "the ferry will not sail")
        #expect(lead.first?.speaker == "the harbor master")
        let tail = quoteViews("The ferry will not sail before noon, according to two crew members.\n")
        #expect(tail.first?.content == "The ferry will not sail before noon")
        #expect(tail.first?.speaker == "two crew members")
    }

    @Test func participleTakesTheSpeakerOfItsSentence() throws {
        let v = quoteViews("“We are ready,” Dana Voss said, adding that the crew had trained for months.\n")
        let q = try #require(quote(v, containing: "crew had trained"))
        #expect(q.rule == .participleCue)
        #expect(q.speaker == "Dana Voss")
    }

    @Test func descriptiveSourceHasNoActor() throws {
        let v = quoteViews("Six officials familiar with the talks said the deal was close.\n")
        let q = try #require(v.first)
        #expect(q.speaker == "Six officials familiar with the talks")
        #expect(q.actor == nil)
    }

    @Test func pronounResolvesToThePersonInFocus() throws {
        let text = "Carla Benz arrived late. She said the roads were flooded.\n"
        let q = try #require(quoteViews(text).first)
        #expect(q.speaker == "She")
        #expect(q.actor?.contains("Benz") == true)
    }

    @Test func relativePronounIsTheSourceAndNamesItsActor() throws {
        let q = try #require(quoteViews("They met Ivo Stark, who said the mill would close.\n").first)
        #expect(q.speaker == "who")
        #expect(q.actor?.contains("Stark") == true)
    }

    @Test func stanceVerb() throws {
        let q = try #require(quoteViews("Senator Ruth Abel criticized the plan to sell the forest.\n").first)
        #expect(q.rule == .stanceVerb)
        #expect(q.content == "the plan to sell the forest")
    }

    @Test func intentionVerbTakesAnInfinitiveNotAnObject() throws {
        let q = try #require(quoteViews("Senator Ruth Abel sought to delay the sale of the forest.\n").first)
        #expect(q.rule == .stanceVerb)
        #expect(q.content == "to delay the sale of the forest")
        #expect(quoteViews("Senator Ruth Abel sought a recount in the county.\n").isEmpty)
    }

    @Test func mixedQuote() throws {
        let q = try #require(quoteViews("Paul Grey said the proposal was “dead on arrival” in the council.\n").first)
        #expect(q.kind == .mixed)
        #expect(q.content.contains("dead on arrival"))
    }

    @Test func nounUsesOfCuesAreNotQuotes() {
        #expect(quoteViews("Following a phone call on Monday the talks resumed in the capital.\n").isEmpty)
        #expect(quoteViews("His reports on the flood were read widely.\n").isEmpty)
    }

    @Test(arguments: [", said he.", "said", "“", "according to", "He said:", "\"x,\" said", ", adding that",
                      "A: b c d", "and says", "“a” ― B", "''", "Mr. said that", "who said", "” he said “"])
    func fragmentsAtTheTextsEdgesDoNotCrash(_ text: String) {
        let a = Analyzer().analyze(text)
        for q in a.quotes {
            for part in q.parts { #expect(part.start >= 0 && part.end <= a.document.bytes.count && part.start <= part.end) }
        }
    }
}

/// Speakers that are noun phrases (SpeakerCheck): a rule's speaker phrase as given, checked alone.
@Suite struct SpeakerCheckTests {
    /// The speaker SpeakerCheck makes of `speaker` (the first occurrence in `text`) for a quote of
    /// `content` with cue `cue`; nil when it drops it.
    func checked(_ text: String, speaker: String, content: String, cue: String?, rule: QuoteRule = .cueThenClause) -> String? {
        let a = Analyzer().analyze(text)
        func span(_ s: String) -> Span {
            let r = text.range(of: s)!
            return Span(text.utf8.distance(from: text.startIndex, to: r.lowerBound),
                        text.utf8.distance(from: text.startIndex, to: r.upperBound))
        }
        let q = Quote(kind: .indirect, paragraph: 0, parts: [span(content)], cue: cue.map(span), speaker: Speaker(span: span(speaker)), rule: rule)
        let index = MentionIndex(a, quotes: [q])
        return SpeakerCheck.checked(span(speaker), of: q, index: index).map { a.document.string($0) }
    }

    @Test func aVerbInsideThePhraseEndsIt() {
        #expect(checked("The GOP nominee isn't sure the plan works.\n", speaker: "The GOP nominee isn't",
                        content: "the plan works", cue: nil) == "The GOP nominee")
        #expect(checked("The port authority struggled on Monday to say when the ships would dock.\n",
                        speaker: "The port authority struggled on Monday to", content: "when the ships would dock", cue: "say")
                == "The port authority")
    }

    @Test func aVerbPhraseYieldsToTheSubjectBeforeIt() {
        let text = "Rita Marsh, the county clerk, released a statement saying the count was final.\n"
        #expect(checked(text, speaker: "released a statement", content: "the count was final", cue: "saying") == "Rita Marsh")
    }

    @Test func aVerbPhraseWithNoSubjectIsDropped() {
        let text = "Among the clerks interviewed this week said the count was final.\n"
        #expect(checked(text, speaker: "interviewed this week", content: "the count was final", cue: "said") == nil)
    }

    @Test func aTimePhraseYieldsToTheSubjectAfterIt() throws {
        let text = "Hours after the vote, Governor Ada Lin walked out, saying the result would stand.\n"
        let s = try #require(checked(text, speaker: "Hours", content: "the result would stand", cue: "saying", rule: .participleCue))
        #expect(s.contains("Ada Lin"))
        let week = try #require(checked("This week the mayor, Ida Marsh, said the bridge was safe.\n", speaker: "This week",
                                        content: "the bridge was safe", cue: "said"))
        #expect(week.contains("Ida Marsh"))
    }

    @Test func aDatelineIsNoSpeaker() throws {
        let text = "PORTLAND — Mayor Jo Reed walked out of the meeting, saying the deal was dead.\n"
        let s = try #require(checked(text, speaker: "PORTLAND", content: "the deal was dead", cue: "saying", rule: .participleCue))
        #expect(s.contains("Jo Reed"))
        // An acronym naming an actor stays.
        #expect(checked("NATO said the drills would go ahead.\n", speaker: "NATO", content: "the drills would go ahead",
                        cue: "said") == "NATO")
    }

    @Test func aLoneFunctionWordIsNoSpeaker() throws {
        let list = "Ann Cole, Ben Ruiz and Cal Ward all said the law was unfair.\n"
        #expect(checked(list, speaker: "all", content: "the law was unfair", cue: "said") == "Cal Ward")
        let gruff = "The famously gruff senator walked out, saying the bill was dead.\n"
        #expect(checked(gruff, speaker: "The", content: "the bill was dead", cue: "saying", rule: .participleCue)
                == "The famously gruff senator")
        // A quantifier standing for people is a speaker.
        #expect(checked("Many said the law was unfair.\n", speaker: "Many", content: "the law was unfair", cue: "said") == "Many")
    }

    @Test func leadingPrepositionsAndHedgesAreCut() {
        #expect(checked("About half of voters said the tax was too high.\n", speaker: "About half of voters",
                        content: "the tax was too high", cue: "said") == "About half of voters")
        #expect(checked("Even some allies said the tax was too high.\n", speaker: "Even some allies",
                        content: "the tax was too high", cue: "said") == "some allies")
    }

    @Test func anInvertedSubjectAfterAnAuxiliaryIsKept() {
        let text = "Not once has the council said the tax was fair.\n"
        #expect(checked(text, speaker: "has the council", content: "the tax was fair", cue: "said") == "the council")
    }

    @Test func theOwnerOfANominalCueIsItsSource() {
        let text = "The newsletter seized on Mayor Lee's claim that the park would close.\n"
        #expect(checked(text, speaker: "The newsletter seized on Mayor Lee's", content: "the park would close",
                        cue: "claim")?.contains("Lee") == true)
    }

    @Test func aSpeakerColonIsLeftAlone() {
        #expect(checked("HALE: We will win.\n", speaker: "HALE", content: "We will win.", cue: nil, rule: .speakerColon) == "HALE")
    }
}

/// A speaker carried over to a cue-less quotation, and a new subject in between.
@Suite struct CarriedSpeakerTests {
    @Test func aNewSubjectTakesTheQuotation() throws {
        let text = "Ada Lin said the plan was sound. “It will work,” she said. Tom Brant, the treasurer, shook his head. “It will fail within a year.”\n"
        let q = try #require(quote(quoteViews(text), containing: "fail within"))
        #expect(q.actor?.contains("Brant") == true)
    }

    @Test func withoutANewSubjectTheSpeakerCarriesOver() throws {
        let text = "Ada Lin said the plan was sound. “It will work,” she said. The room was quiet. “It will pay for itself.”\n"
        let q = try #require(quote(quoteViews(text), containing: "pay for itself"))
        #expect(q.actor?.contains("Ada Lin") == true)
    }

    @Test func theFocusNamedAgainKeepsTheQuotation() throws {
        let text = "Ada Lin said the plan was sound. “It will work,” she said. Tom Brant listened. Lin smiled. “It will pay for itself.”\n"
        let q = try #require(quote(quoteViews(text), containing: "pay for itself"))
        #expect(q.actor?.contains("Ada Lin") == true)
    }
}

/// A line label before a colon is no speaker.
@Suite struct SpeakerColonLabelTests {
    @Test func labelsAndPlacesBeforeAColonAreNoSpeakers() {
        let text = "UPDATE: The count was revised on Friday.\n\nOhio: Turnout rose in every county.\n\nHALE: We will win this seat.\n"
        let rules = quoteViews(text).filter { $0.rule == .speakerColon }
        #expect(rules.contains { $0.speaker == "HALE" })
        #expect(!rules.contains { $0.speaker == "UPDATE" || $0.speaker == "Ohio" })
    }
}

extension SpeakerCheckTests {
    @Test func anExpletiveWithIsIsNoSpeaker() {
        let text = "Rita Marsh smiled. There’s a reason, saying the count was final.\n"
        #expect(checked(text, speaker: "There’s", content: "the count was final", cue: "saying", rule: .participleCue) != "There’s")
    }
}

extension SpeakerCheckTests {
    @Test func anAdjectiveInLyStaysInThePhrase() {
        #expect(checked("According to early figures from the survey, traffic fell.\n", speaker: "early figures from the survey",
                        content: "traffic fell", cue: "According to", rule: .accordingTo) == "early figures from the survey")
        #expect(checked("Just recently the harbor board said traffic fell.\n", speaker: "recently the harbor board",
                        content: "traffic fell", cue: "said") == "the harbor board")
    }
}
