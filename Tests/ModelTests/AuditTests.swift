import Testing
@testable import Model

/// An article written for these tests: known speakers, gender evidence of each kind, an
/// anonymous phrase, a bare "Sources", a descriptive aide, an organisation, a person only mentioned.
let auditArticle = """
City council votes on new bridge

Mayor Jane Holloway said on Monday that the bridge would open next spring.

"We have waited long enough," Ms. Holloway said.

Robert Kent, the council's treasurer, said the cost had doubled. He said the city could not pay for it alone.

Officials familiar with the negotiations said the state would cover half of the cost.

A city hall aide said the vote was close.

Sources said the governor had been told.

The Transit Authority said it would review the plan.

Jordan Pike, a local shop owner, said traffic would get worse.

Kent's neighbour, Alex Morgan, was at the meeting but did not speak.
"""

@Suite struct SourceTypeTests {
    @Test(arguments: [
        ("officials familiar with the discussions", SourceType.anonymous),
        ("a person who spoke on condition of anonymity", .anonymous),
        ("sources", .anonymous),
        ("a source close to the campaign", .anonymous),
        ("an official who was not authorized to speak publicly", .anonymous),
        ("two people", .anonymous),
        ("a White House official", .descriptive),
        ("aides", .descriptive),
        ("the company's spokesman", .descriptive),
        ("a senior adviser", .descriptive),
        ("he", .unresolved),
        ("This development", .unresolved),
        ("", .unresolved),
    ])
    func phraseTypes(phrase: String, type: SourceType) {
        #expect(SourceTypes.type(ofPhrase: phrase) == type, "\(phrase)")
    }

    @Test func everyLexiconPhraseMakesAnAnonymousSource() {
        for phrase in SourceTypeLexicon.phrases(SourceTypeLexicon.anonymityPhrases) {
            #expect(SourceTypes.type(ofPhrase: "the analyst " + phrase.joined(separator: " ") + " the matter") == .anonymous, "\(phrase)")
        }
    }

    @Test func actorsGiveNamedTypesAndNoSpeakerGivesNone() {
        let a = Analyzer().analyze(auditArticle)
        let types = a.quotes.map { SourceTypes.type(of: $0, in: a) }
        #expect(types.filter { $0 == .person }.count == 5)
        #expect(types.filter { $0 == .organization }.count == 1)
        var unattributed = a.quotes[0]
        unattributed.speaker = nil
        #expect(SourceTypes.type(of: unattributed, in: a) == .none)
    }
}

@Suite struct GenderEvidenceTests {
    func calls(_ text: String) -> [String: GenderCall] {
        let a = Analyzer().analyze(text)
        let c = GenderEvidence.calls(a)
        var out: [String: GenderCall] = [:]
        for (i, actor) in a.actors.enumerated() where actor.kind == .person { out[actor.name] = c[i] }
        return out
    }

    @Test func eachKindOfEvidenceIsNamed() {
        let c = calls(auditArticle)
        #expect(c["Jane Holloway"] == GenderCall(gender: .female, by: .honorific))
        #expect(c["Robert Kent"] == GenderCall(gender: .male, by: .pronoun))
        #expect(c["Alex Morgan"] == GenderCall(gender: .male, by: .firstName))
        // Jordan is given to both sexes: no guess.
        #expect(c["Jordan Pike"] == GenderCall.unknown)
    }

    @Test func firstNamesThatAreAlsoWordsHaveTheirSex() {
        let c = calls("John Smith said the plan works. Mike Brand said it does not.\n")
        #expect(c["John Smith"] == GenderCall(gender: .male, by: .firstName))
        #expect(c["Mike Brand"] == GenderCall(gender: .male, by: .firstName))
    }

    @Test func aSurnameAloneIsNoFirstName() {
        let c = calls("Kennedy said the plan was sound.")
        #expect(c.values.allSatisfy { $0 == .unknown })
    }

    @Test func disagreeingEvidenceStaysUnknown() {
        #expect(GenderEvidence.decide([(2, .honorific), (1, .pronoun), (0, .firstName)])
                == GenderCall(gender: .unknown, by: .conflicting))
        #expect(GenderEvidence.decide([(0, .honorific), (1, .pronoun), (1, .firstName)])
                == GenderCall(gender: .male, by: .pronoun))
        #expect(GenderEvidence.decide([(0, .honorific), (0, .pronoun), (0, .firstName)]) == .unknown)
    }
}

@Suite struct SourceAuditTests {
    @Test func countsOfTheWrittenArticle() {
        let audit = SourceAudit(Analyzer().analyze(auditArticle))
        #expect(audit.total == Tally(quotes: 9, words: 50))  // "that the bridge would open …" keeps its "that"
        #expect(audit.direct == Tally(quotes: 1, words: 5))
        #expect(audit.reported.quotes == 8)
        #expect(audit.byType[.person]?.quotes == 5)
        #expect(audit.byType[.anonymous] == Tally(quotes: 2, words: 13))
        #expect(audit.byType[.descriptive] == Tally(quotes: 1, words: 4))
        #expect(audit.byType[.organization]?.quotes == 1)
        let top = audit.speakers.map { "\($0.name) \($0.all.quotes) \($0.all.words)" }
        #expect(Array(top.prefix(2)) == ["Jane Holloway 2 12", "Robert Kent 2 12"])  // a tie: by name
        #expect(audit.speakers.first { $0.name == "Jane Holloway" }?.direct.quotes == 1)
        #expect(audit.quotedPersons.count == 3)
        #expect(audit.mentionedPersons.count == 4)
        #expect(audit.persons(.male) == (quoted: 1, mentioned: 2))
        #expect(audit.byGender[.female] == Tally(quotes: 2, words: 12))
    }

    @Test func quotedWordsCountWordsAndNumbersInsideTheContent() {
        let a = Analyzer().analyze("Ann Lee said the 3 new buses, all electric, arrive soon.")
        #expect(a.quotes.count == 1)
        #expect(SourceAudit.words(in: a.quotes[0], a.document) == 8)
    }

    @Test func mergingAddsUpAndKeepsOneRowPerSpeaker() {
        let one = SourceAudit(Analyzer().analyze(auditArticle))
        let other = SourceAudit(Analyzer().analyze("Jane Holloway said the vote was fair.\n\nSources said it was not."))
        let total = SourceAudit.merged([one, other])
        #expect(total.articles == 2)
        #expect(total.total.quotes == one.total.quotes + other.total.quotes)
        #expect(total.speakers.count == one.speakers.count)
        #expect(total.speakers.first?.name == "Jane Holloway")
        #expect(total.speakers.first?.all.quotes == 3)
        #expect(total.speakers.first?.gender?.gender == .female)
        #expect(total.byType[.anonymous]?.quotes == 3)
    }

    @Test func conflictingGendersAcrossArticlesBecomeUnknown() {
        #expect(SourceAudit.mergedGender(GenderCall(gender: .male, by: .pronoun), GenderCall(gender: .female, by: .honorific))
                == GenderCall(gender: .unknown, by: .conflicting))
        #expect(SourceAudit.mergedGender(GenderCall.unknown, GenderCall(gender: .female, by: .honorific))?.gender == .female)
    }
}
