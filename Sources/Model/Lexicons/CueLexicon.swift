// The words the quote passes look up: cue verbs (said, told, according to …) and the
// function words that bound a source phrase. Data only; the rules live in QuoteFinder and
// its helpers.
//
// Source: compiled by hand for this project from general English grammar knowledge of
// reporting verbs (verbs of saying, writing, believing and wanting that take a clause
// or a quotation) and of English function words. No external list was copied.

/// How a cue word frames its content.
enum CueFrame: UInt8, Sendable {
    /// X said (that) …; "…," X said; …, X said.
    case speech
    /// X told Y (that) …: an addressee may sit between the cue and the content.
    case tell
    /// X believes / thinks / wants …: beliefs and wishes, after the cue or in a trailing aside.
    case belief
    /// according to X
    case according
    /// X endorsed / criticized / supports …: a stance toward what follows, often a noun phrase.
    case stance
    /// X seems to …, X appears to …: an impression whose holder the text leaves unsaid; the
    /// content is the subject with the infinitive, and there is no source.
    case raising
    /// in a new poll, …; … in the latest survey: a poll's finding, the poll phrase its source.
    case poll
}

struct CueEntry: Sendable {
    var frame: CueFrame
    /// A noun reading is common ("his claims", "reports"): trusted only next to a source
    /// and a clear content (a quotation, or "that").
    var weak: Bool
    /// Particles, one of which must follow for the word to be a cue ("according to"), or may
    /// follow and then belong to it ("called for") when `particleOptional`.
    var particles: [[UInt8]] = []
    var particleOptional = false
    /// An object opened by a determiner ("sought a recount", "agreed to a truce") is an act,
    /// not reported content: only a clause or an infinitive is.
    var clauseOnly = false
}

/// The classes of function words the rules test.
enum WordClass: UInt8, Sendable {
    case subjectPronoun      // he, she, they …: a source by itself
    case complementizer      // that: opens reported content
    case clauseBoundary      // which, who, and, but, because …: a source phrase never crosses it
    case auxiliary           // has, also, later …: may sit between a source and its cue
    case determiner          // the, a, six …: opens a descriptive source
    case objectPronoun       // him, her, reporters …: an addressee after "told"
    case be                  // is, was …: a verb, so never inside a source phrase
    case preposition         // on, in, at …: opens an adjunct after a cue
    case abbreviation        // Mr, Sen, Gov …: the period after it ends no sentence
}

enum CueLexicon {
    /// Cue verbs by frame, as space-separated word forms. A "+word" suffix names a
    /// required particle ("+for|on": either), a "?word" suffix an optional one; a trailing "~" marks a form with a common noun reading;
    /// a trailing "^" a form whose noun-phrase object is no content (CueEntry.clauseOnly).
    static let cues: [(CueFrame, String)] = [
        (.speech, """
            say said says saying added adds adding noted notes~ noting
            argue argued argues arguing claim claimed claims~ claiming warn warned warns warning~
            assert asserted asserts asserting emphasize emphasized emphasizes emphasizing
            emphasise emphasised stress stressed stresses suggest suggested suggests suggesting
            indicate indicated indicates indicating announce announced announces announcing
            write wrote writes writing explain explained explains explaining
            insist insisted insists insisting acknowledge acknowledged acknowledges acknowledging
            applauding attacking backing~ blasting cautioning charging
            countering disclosing estimating exclaiming hinting informing interjecting
            lamenting objecting pleading posting proclaiming protesting questioning reiterating
            remarking repeating retorting shouting speculating stressing
            testifying welcoming whispering yelling recounting recognizing
            encourage encouraged encourages exhort exhorted exhorts exhorting
            chant~ chants~
            admit admitted admits admitting declare declared declares declaring
            stated stating report~ reported reports~ reporting~
            tweeted tweeting posted reply replied replies~ replying
            respond~ responded~ responds responding~ recall recalled recalls recalling
            predict predicted predicts predicting promise~ promised promises~ promising
            vow vowed vows~ vowing pledge~ pledged pledges~ pledging concede conceded concedes conceding
            complain complained complains complaining confirm confirmed confirms confirming
            contend contended contends contending maintain~ maintained~ maintains~ maintaining~
            observe observed observes observing remark~ remarked counter~ countered counters~
            conclude~ concluded concludes concluding agree agreed agrees agreeing
            allege alleged alleges alleging charge~ charged charges~ testify testified testifies
            proclaim proclaimed proclaims reveal revealed reveals revealing
            disclose disclosed discloses estimate~ estimated estimates~
            caution cautioned cautions~ point+out|to pointed+out|to points+out|to pointing+out|to
            joke~ joked jokes~ joking
            boast boasted boasts boasting mused muse quipped quip
            ask asked asks asking wonder wondered wonders wondering
            deny denied denies denying repeat repeated~ repeats
            shout shouted shouts yell yelled screamed
            found finds find~ showed shows~ showing~ show~ shown
            continue~ continued~ continues~ went+on goes+on retort retorted retorts
            answer~ answered answers~ answering interject interjected interjects
            shot+back fired+back chimed+in summed+up reiterate reiterated reiterates
            lament lamented laments bemoan bemoaned hint~ hinted hints~ speculate speculated
            opine opined snapped scoffed sighed exclaim exclaimed protest~ protested
            object~ objected plead pleaded pleads beg begged recount recounted recounts
            elaborate elaborated marvel marveled marvelled volunteered whispered cried chanted
            texted emailed messaged reason~ reasoned reasons~ surmised theorized
            mention~ mentioned mentions~ mentioning
            echo~ echoed echoes~ echoing imply implied implies implying
            recommend recommended recommends retweeted requested
            """),
        (.tell, """
            tell told tells telling inform informed informs assure assured assures assuring
            remind reminded reminds reminding advise advised advises advising
            """),
        (.belief, """
            believe believed believes believing think thought thinks thinking~
            feel hope~ hoped hopes~ hoping fear~ feared fears~ fearing
            worry worried worries worrying expect expected~ expects expecting
            know~ knows consider~ considered~ considers~
            want~ wanted wants wanting wish~ wished wishes~
            call~?for|on called?for|on calls~?for|on calling?for|on
            urge urged urges urging demand~ demanded demands~ demanding
            doubt~ doubted doubts~ understand understood learned~ learn~ learns~
            """),
        (.stance, """
            endorse endorsed endorses endorsing criticize criticized criticizes criticizing
            criticise criticised praise~ praised praises~ praising supported supports~
            accuse accused accuses accusing describe described describes describing
            propose proposed proposes proposing oppose opposed opposes opposing
            defend defended defends defending questioned discuss discussed discusses discussing
            blame~ blamed blames~ blaming reject rejected rejects rejecting
            dismiss dismissed dismisses dismissing backed condemn condemned condemns condemning
            welcomed applaud applauded applauds slammed slams~ slamming attacked
            blasted mocked mocks~ mocking tout touted touts touting hailed
            threaten threatened threatens threatening seek^ sought^ seeks^ seeking^
            cited cites citing refer+to referred+to refers+to referring+to
            talk+about talked+about talks+about talking+about spoke+about speak+about speaks+about
            express expressed expresses expressing
            refuse refused refuses refusing declined decline~ declines~ declining
            plan~^ plans~^ planned^ planning^ intend^ intended^ intends^ intending^
            prefer preferred prefers preferring recognize recognized recognizes
            credit~ credited credits~ crediting liken likened likens likening dub dubbed dubs dubbing
            portray portrayed portrays portraying label~ labeled labelled labels~ labeling
            brand~ branded brands~ branding term~ termed terms~ deride derided derides deriding
            decry decried decries decrying denounce denounced denounces denouncing
            lambaste lambasted ridicule~ ridiculed ridicules ridiculing chide chided scold scolded
            castigate castigated rebuke~ rebuked laud lauded lauds commend commended
            champion~ championed champions~ advocate~ advocated advocates~ advocating
            favor~ favored favors~ favoring embrace~ embraced embraces embracing
            see~ sees~ saw~ seen~ view~ views~ viewed~ regard~ regards~ regarded~
            assail assailed assails assailing blast~ blasts~ deem deemed deems thanked thanking
            cast~ casts~ challenged challenges~ invoked invokes invoking compared~ compares~
            """),
        (.poll, "poll~ polls~ survey~ surveys~"),
        (.raising, """
            seem?to seems?to seemed?to seeming+to appear?to appears?to appeared?to appearing+to
            """),
    ]

    /// Function words by class (lower case).
    static let words: [(WordClass, String)] = [
        (.subjectPronoun, "he she they i we it you"),
        (.complementizer, "that"),
        (.clauseBoundary, """
            which who whom whose and but or nor because when while if as after before although though
            where so than since until unless whether what how why whereas yet
            """),
        (.auxiliary, """
            has have had also previously later would will could can may might must should shall
            did does do not never already just still even then now recently repeatedly again
            publicly privately often reportedly earlier further only initially first once
            simply flatly bluntly quickly immediately subsequently separately similarly
            didn't don't doesn't won't wouldn't can't couldn't hasn't haven't hadn't shouldn't cannot
            widely long however instead meanwhile moreover indeed nevertheless nonetheless
            furthermore likewise otherwise overall
            """),
        (.determiner, """
            the a an this these those some many several most other another two three four five
            six seven eight nine ten dozens both all few no one each every his their its our
            """),
        (.objectPronoun, """
            him her them me us reporters journalists supporters voters friends aides colleagues
            lawmakers listeners viewers readers students members delegates donors
            """),
        (.be, "is was were are be been being am"),
        (.preposition, """
            on in at during last yesterday today tonight
            monday tuesday wednesday thursday friday saturday sunday via through over including
            from for of with without by about besides despite against into onto upon toward towards
            among between under like
            """),
        (.abbreviation, """
            mr mrs ms dr sen rep reps gov lt gen col sgt st jr sr prof rev capt cmdr adm maj pres
            atty supt mt ft jan feb mar apr aug sept sep oct nov dec corp inc co ltd vs
            """),
    ]
}

extension CueLexicon {
    /// Every cue form's entry; `cueIndex` maps a first word to its position here.
    static let cueEntries: [CueEntry] = cueForms.map { $0.1 }
    static let cueIndex: WordTable<Int32> = WordTable(cueForms.enumerated().map { ($0.element.0, Int32($0.offset)) })
    /// For each entry, whether its word is a verb cue by itself (no required particle, no noun reading).
    static let cueIsVerb: [Bool] = cueEntries.map { !$0.weak && ($0.particles.isEmpty || $0.particleOptional) }
    static let cueIsStance: [Bool] = cueEntries.map { $0.frame == .stance }

    private static let cueForms: [(String, CueEntry)] = {
        var entries: [(String, CueEntry)] = []
        for (frame, list) in cues {
            for item in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var form = Substring(item)
                let weak = form.contains("~"), clauseOnly = form.contains("^")
                if weak || clauseOnly { form = Substring(form.filter { $0 != "~" && $0 != "^" }) }
                var particles: [[UInt8]] = []
                let optional = form.contains("?")
                if let plus = form.firstIndex(where: { $0 == "+" || $0 == "?" }) {
                    particles = form[form.index(after: plus)...].split(separator: "|").map { Array($0.utf8) }
                    form = form[..<plus]
                }
                entries.append((String(form), CueEntry(frame: frame, weak: weak, particles: particles,
                                                       particleOptional: optional, clauseOnly: clauseOnly)))
            }
        }
        entries.append(("according", CueEntry(frame: .according, weak: false, particles: [Array("to".utf8)])))
        return entries
    }()

    static let wordTable: WordTable<WordClass> = {
        var entries: [(String, WordClass)] = []
        for (cls, list) in words {
            for item in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { entries.append((String(item), cls)) }
        }
        return WordTable(entries)
    }()
}

extension CueLexicon {
    /// Verbs that chain to a cue with "to" and keep its subject: "continued to insist that",
    /// "went on to say", "tried to argue". Source: compiled by hand for this project.
    static let aspectualVerbs: WordTable<Int> = WordTable("""
        continue continued continues continuing went goes going go began begin begins beginning
        started start starts tried try tries trying seemed seems appeared appears
        used decided decides declined declines refused refuses rushed rushes moved moves
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
}

extension CueLexicon {
    private static func table(_ words: String) -> WordTable<Int> {
        WordTable(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 0) })
    }
    /// Words opening an adjunct of time after a stance verb's object ("… during the debate").
    /// Source for these four lists: compiled by hand for this project.
    static let adjunctOpeners = table("""
        during after before since amid despite yesterday today tonight earlier later last
        monday tuesday wednesday thursday friday saturday sunday
        """)
    /// Cue participles that raise their subject in the passive: "is expected to win", "was said
    /// to be ill" (an expectation or a rumour with no holder named).
    static let passiveRaising = table("expected said reported believed thought rumored rumoured predicted")
    /// Clause words that, after a comma, continue reported content rather than end it: a
    /// relative clause on a person ("…, who …"), a condition or cause ("…, if …", "…, because …"),
    /// a coordination ("…, and …", "…, or …", "…, so …") or an indirect question.
    static let contentContinuers = table("if because and or nor so who whom whose when what how why whether until unless than yet")
    /// Past participles of cue verbs that do not end in -ed or -en ("was told", "is thought").
    static let irregularParticiples = table("told said thought understood found shown known sought")
    /// Cue participles whose passive is no attribution: naming, questioning, finding.
    static let notPassiveCues = table("called asked found termed dubbed")
    /// Verbs of evidence whose subject is a finding, not a person ("polls show", "the study found").
    static let evidenceVerbs = table("show shows showed showing shown find finds found")
    /// Prepositions that open an adjunct when a time word or an occasion follows.
    static let occasionPrepositions = table("on in at")
    static let timeWords = table("""
        monday tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december
        """)
    /// Occasions in which something is said ("in a statement", "at the rally").
    static let occasionNouns = table("""
        statement speech interview rally hearing conference debate tweet letter post call
        meeting video press news town event appearance address op-ed column
        """)
}

extension CueLexicon {
    /// Number words of a count of people ("two in three"), and the words that modify such a
    /// count ("more than 4 in 10", "nearly one in five"). Source: compiled by hand for this project.
    static let numberWords = table("one two three four five six seven eight nine ten")
    static let countModifiers = table("more than less fewer nearly about almost roughly only just over some")
}

extension CueLexicon {
    /// Verbs of seeing that report a view only with "as": "see the plan as a mistake", "is
    /// viewed as the favorite" ("saw a surge", "was seen leaving" report nothing).
    /// Source: compiled by hand for this project.
    static let asVerbs = table("see sees saw seen view views viewed regard regards regarded cast casts")
}

extension CueLexicon {
    /// Weak belief verbs that take a bare clause or a noun phrase ("hope the levy passes",
    /// "want new leaders") when right after their subject. Source: compiled by hand for this project.
    static let bareClauseBeliefs = table("hope hopes fear fears want wish wishes call calls")
}
