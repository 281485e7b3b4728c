import Testing
@testable import Model

@Suite struct ActorResolverTests {
    @Test func personVariantsMerge() {
        let text = """
        President Dana Whitfield spoke on Monday. Whitfield's aides were silent.
        Dana J. Whitfield later added a note. Mr. Whitfield then left, and Whitfield’s car drove off.
        """
        let a = Analyzer().analyze(text)
        #expect(a.actorLabels == ["person:Dana J. Whitfield"])
        #expect(a.mentionTexts(a.actors[0]) == ["Dana Whitfield", "Whitfield", "Dana J. Whitfield", "Mr. Whitfield", "Whitfield"])
    }

    @Test func loneSurnameJoinsThePrincipalOrTheOneTheHonorificFits() {
        let a = Analyzer().analyze("Tom Parr met his sister Ann Parr. Later Parr spoke. Then Mrs. Parr left, and Mr. Parr waved.")
        let tom = a.actor(named: "Tom Parr"), ann = a.actor(named: "Ann Parr")
        #expect(tom != nil && ann != nil)
        #expect(a.mentionTexts(tom!) == ["Tom Parr", "Parr", "Mr. Parr"])
        #expect(a.mentionTexts(ann!) == ["Ann Parr", "Mrs. Parr"])
    }

    @Test func firstNameAloneJoinsThePerson() {
        let a = Analyzer().analyze("Rosalind Okafor won. Everyone cheered for Rosalind.")
        #expect(a.actorLabels == ["person:Rosalind Okafor"])
        #expect(a.actors[0].mentions.count == 2)
    }

    @Test func organizationAliasesMerge() {
        let a = Analyzer().analyze("The European Union acted. Officials in the E.U. agreed, and the EU said so.")
        #expect(a.actorLabels == ["organization:European Union"])
        #expect(a.actors[0].mentions.count == 3)
    }

    @Test func placeAliasesMerge() {
        let a = Analyzer().analyze("The United States agreed. America's allies and the U.S. Navy watched, as did the U.S.")
        let us = a.actor(named: "United States")
        #expect(us?.kind == .place)
        #expect(us.map { a.mentionTexts($0) } == ["United States", "America", "U.S."])
    }

    @Test func acronymJoinsTheBodyItSpells() {
        let a = Analyzer().analyze("The Northern Water Authority raised rates. Critics of the NWA objected.")
        #expect(a.actorLabels == ["organization:Northern Water Authority"])
        #expect(a.actors[0].mentions.count == 2)
    }

    @Test func dottedAcronymJoinsTheBodyItSpells() {
        let a = Analyzer().analyze("The Northern Water Authority raised rates. Critics of the N.W.A. objected.")
        #expect(a.actorLabels == ["organization:Northern Water Authority"])
        #expect(a.actors[0].mentions.count == 2)
    }

    @Test func acronymOfANameWithAccentsJoinsTheBodyItSpells() {
        let a = Analyzer().analyze("The Société Nationale Agency raised rates. Critics of the SNA objected.")
        #expect(a.actorLabels == ["organization:Société Nationale Agency"])
        #expect(a.actors[0].mentions.count == 2)
    }

    @Test func kinds() {
        let a = Analyzer().analyze("Reuters reported that Lena Ortiz of the Lakeside Teachers Association visited Kenya and spoke to Kenyans.")
        #expect(a.actorLabels == ["organization:Reuters", "person:Lena Ortiz", "organization:Lakeside Teachers Association",
                                  "place:Kenya", "group:Kenyans"])
    }

    @Test func groupsLinkToTheirPlaceOrParty() {
        let a = Analyzer().analyze("Russian officials met in Russia. Democrats and the Democratic Party disagreed.")
        let russians = a.actor(named: "Russians"), russia = a.actor(named: "Russia")
        #expect(russians?.kind == .group && russia?.kind == .place)
        #expect(russians?.link.map { a.actors[$0].name } == "Russia")
        #expect(a.actor(named: "Democrats")?.link.map { a.actors[$0].name } == "Democratic Party")
    }

    @Test func groupWithoutItsPlaceInTheTextHasNoLink() {
        let a = Analyzer().analyze("Several Canadian officials objected.")
        #expect(a.actor(named: "Canadians")?.link == nil)
    }

    @Test func campaignIsAMentionOfItsCandidate() {
        // "the Whitfield campaign": the campaign's mention is the candidate's.
        let a = Analyzer().analyze("Dana Whitfield ran hard. The Whitfield campaign said it was confident.")
        #expect(a.actorLabels == ["person:Dana Whitfield"])
        #expect(a.actors[0].mentions.count == 2)
    }

    @Test func everyMentionBelongsToOneActorInTextOrder() {
        let a = Analyzer().analyze("Dana Whitfield met NATO leaders in Paris. Whitfield and the French agreed with NATO.")
        var seen = Set<Int>()
        for (i, actor) in a.actors.enumerated() {
            for m in actor.mentions {
                #expect(a.mentions[m].actor == i)
                #expect(seen.insert(m).inserted)
            }
        }
        #expect(seen.count == a.mentions.count)
        #expect(zip(a.mentions, a.mentions.dropFirst()).allSatisfy { $0.span.start < $1.span.start })
    }
}

fileprivate extension Analysis {
    /// Each actor as "kind:name".
    var actorLabels: [String] { actors.map { "\($0.kind.rawValue):\($0.name)" } }
    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }
    /// The texts of an actor's mentions, in order.
    func mentionTexts(_ actor: Actor) -> [String] { actor.mentions.map { document.string(mentions[$0].span) } }
}

@Suite struct ActorKindTests {
    func labels(_ text: String) -> [String] {
        Analyzer().analyze(text).actors.map { "\($0.kind.rawValue):\($0.name)" }
    }

    @Test func compassAndPlaceHeads() {
        #expect(labels("They drove from North Denver to Brackton Beach.") == ["place:North Denver", "place:Brackton Beach"])
    }

    @Test func adjectivesOfNamesAreNoActors() {
        let a = Analyzer().analyze("The plan had a Zorvanian flavour, and its tone was almost Blethish in the end.")
        #expect(a.actorLabels.isEmpty)
    }

    @Test func loneUnknownWordNeedsEvidenceToBeAPerson() {
        // Once, with nothing to say it is a person: no actor.
        #expect(Analyzer().analyze("The mood in the room recalled Quenby and the old days.").actorLabels.isEmpty)
        // A verb of saying after it, a possessive, a second mention or an inner capital keeps it.
        #expect(Analyzer().analyze("The count was fair, Quenby said on Monday.").actorLabels == ["person:Quenby"])
        #expect(Analyzer().analyze("The vote was close, according to Quenby.").actorLabels == ["person:Quenby"])
        #expect(Analyzer().analyze("The vote was close, and Quenby's aides cheered.").actorLabels == ["person:Quenby"])
        #expect(Analyzer().analyze("The vote went to Quenby. Later the crowd met Quenby again.").actorLabels == ["person:Quenby"])
        #expect(Analyzer().analyze("The vote was close, and the crowd met McQuenby.").actorLabels == ["person:McQuenby"])
    }

    @Test func stateAbbreviationIsAPlace() {
        let a = Analyzer().analyze("The rally was held in Gary, Ind., on a cold day.")
        #expect(a.actorLabels.contains("place:Indiana"))
        #expect(!a.actorLabels.contains("person:Ind"))
    }

    @Test func bodyWithAndWithoutItsCountryIsOneActor() {
        let a = Analyzer().analyze("""
        The U.S. State Department spoke first. A State Department aide agreed, and the State Department's memo followed.
        The Ohio Supreme Court ruled, and then the Supreme Court weighed in.
        """)
        let treasury = a.actors.filter { $0.name.hasSuffix("State Department") }
        #expect(treasury.count == 1)
        #expect(treasury.first?.mentions.count == 3)
        // A state's body stays its own.
        #expect(a.actorLabels.contains("organization:Ohio Supreme Court"))
        #expect(a.actorLabels.contains("organization:Supreme Court"))
    }

    @Test func pluralSurnameIsAFamilyLinkedToThePerson() {
        let a = Analyzer().analyze("Marta Velde and Olaf Velde arrived. The Veldes waved, and the Veldes' friends cheered.")
        guard let family = a.actors.firstIndex(where: { $0.name == "Veldes" }) else {
            Issue.record("no family actor"); return
        }
        #expect(a.actors[family].kind == .group)
        #expect(a.actors[family].mentions.count == 2)
        #expect(a.actors[family].link.map { a.actors[$0].name } == "Marta Velde")
    }

    @Test func datelinePlaceIsAPlaceNamedInMixedCase() {
        let a = Analyzer().analyze("""
        Rally Draws a Crowd

        BRANVILLE, Ore. — The crowd in Branville grew all day.
        """)
        let place = a.actors.first { $0.name.lowercased() == "branville" }
        #expect(place?.kind == .place)
        #expect(place?.name == "Branville")
        #expect(place?.mentions.count == 2)
    }
}

/// A name nothing classifies is a person by default; the words around its mentions may say otherwise.
@Suite struct ActorKindEvidenceTests {
    func kind(of name: String, in text: String) -> ActorKind? {
        Analyzer().analyze(text).actors.first { $0.name == name }?.kind
    }

    @Test func withoutEvidenceAnUnknownNameStaysAPerson() {
        #expect(kind(of: "Brambleworth", in: "The talks ended early, and later Brambleworth left the room. Brambleworth said little.") == .person)
    }

    @Test func companyEvidence() {
        #expect(kind(of: "Brambleworth", in: "Shares of Brambleworth rose 4 percent on Monday.") == .organization)
        #expect(kind(of: "Kestrin", in: "The market was calm, but Kestrin shares fell sharply.") == .organization)
        #expect(kind(of: "Quillmar", in: "The plan was dropped, and Quillmar's chief executive, Dana Kwell, said so.") == .organization)
        #expect(kind(of: "Vostrik", in: "In the spring, Vostrik reported a quarterly profit of $2 million.") == .organization)
        #expect(kind(of: "Pellomar Daily", in: "The story broke when the news site Pellomar Daily ran it.") == .organization)
        #expect(kind(of: "Drossel Shamrock", in: "He bought a plane from a Texas company, Drossel Shamrock, in 1990.") == .organization)
        #expect(kind(of: "Tchelvo", in: "He left for home, according to Tchelvo.com, on Friday.") == .organization)
        #expect(kind(of: "Harbin Valtec", in: "The plan came from Lena Ortiz of Harbin Valtec, who wrote it.") != .person)
    }

    @Test func weakEvidenceAddsUpAcrossMentions() {
        // "X said in a statement" alone is no proof (people issue statements too) …
        #expect(kind(of: "Ormsby", in: "The case was closed, and then Ormsby said in a statement that it was over.") == .person)
        // … but with "the X" elsewhere it tips the balance.
        #expect(kind(of: "Ormsby", in: "Workers at the Ormsby plant waited. Later, Ormsby said in a statement that it was over.") == .organization)
    }

    @Test func personEvidenceHoldsAgainstWeakBodyEvidence() {
        let text = "The crowd at Tarrow's rally grew. Later, Tarrow, who is 45, said he would stay."
        #expect(kind(of: "Tarrow", in: text) == .person)
        #expect(kind(of: "Tarrow", in: "The crowd grew, and later Tarrow, 45, said he would stay at Tarrow.") == .person)
    }

    @Test func placeEvidence() {
        #expect(kind(of: "Parrow Ridge", in: "She has lived in Parrow Ridge for years.") == .place)
        #expect(kind(of: "Quenstead", in: "The vote angered the mayor of Quenstead on Monday.") == .place)
        #expect(kind(of: "Dunmore", in: "The Dunmore-based firm grew, and later Dunmore itself voted no.") == .place)
        #expect(kind(of: "San Isidro Norte", in: "The list includes San Isidro Norte, Honduras, and others.") == .place)
    }

    @Test func shapesOfBodies() {
        #expect(kind(of: "HarborLink", in: "The rules changed, and later HarborLink said it would comply.") == .organization)
        #expect(kind(of: "TheLantern", in: "The rules changed, and later TheLantern said it would comply.") == .organization)
        #expect(kind(of: "Lumen XR", in: "The rules changed, and Lumen XR said it would comply.") == .organization)
        #expect(kind(of: "Pell & Darrow", in: "The rules changed, and Pell & Darrow said it would comply.") == .organization)
        // A surname's prefix is no such shape.
        #expect(kind(of: "DeVaro", in: "The rules changed, and later DeVaro said he would comply.") == .person)
    }

    @Test func aNameJoinsTheBodyOrPlaceOfThatName() {
        let a = Analyzer().analyze("Kestrin Corp hired 40 people in March, and Kestrin said it would hire more.")
        #expect(a.actorLabels == ["organization:Kestrin Corp"])
        #expect(a.actors.first?.mentions.count == 2)
        let b = Analyzer().analyze("She grew up in Brackton, and Brackton voters were angry, Brackton officials said.")
        #expect(b.actorLabels == ["place:Brackton"])
        #expect(b.actors.first?.mentions.count == 3)
    }

    @Test func aFirstNameMakesItAPersonWhateverTheWordsAround() {
        // "Dana Kwell" is a person by her first name: a lone "Kwell" with body evidence stays hers.
        let a = Analyzer().analyze("Dana Kwell spoke first. Later the Kwell board met, and Kwell shares rose.")
        #expect(a.actorLabels == ["person:Dana Kwell"])
    }

    @Test func surnameThatIsAHeadWordJoinsTheNamedPerson() {
        let a = Analyzer().analyze("The panel heard Rosalind Hill on Monday. Later, Hill said the hearing was unfair.")
        #expect(a.actorLabels == ["person:Rosalind Hill"])
        #expect(a.mentionTexts(a.actors[0]) == ["Rosalind Hill", "Hill"])
        let b = Analyzer().analyze("The panel heard Nora Park. Park said little, and Park left early.")
        #expect(b.actorLabels == ["person:Nora Park"])
        #expect(b.actors.first?.mentions.count == 3)
        // No person of that name: the word alone is no one ("The Hill", "the park").
        #expect(Analyzer().analyze("The story ran first in The Hill, and Hill readers shared it.").actorLabels.filter { $0.hasPrefix("person") }.isEmpty)
    }
}
