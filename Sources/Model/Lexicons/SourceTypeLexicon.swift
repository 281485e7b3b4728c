// What an actor-less source phrase says of its source: descriptive ("a White House official",
// "aides") or anonymous ("officials familiar with the talks", "sources said"). Written for this
// project from general news usage; read by SourceTypes.swift (Audit). Words are lowercase and
// separated by spaces; phrases one per line.

enum SourceTypeLexicon {
    /// Heads that describe a source by role without naming it.
    static let descriptiveHeads = """
    official officials aide aides adviser advisers advisor advisors spokesman spokeswoman spokesmen
    spokeswomen spokesperson spokespeople representative representatives staffer staffers
    person people man men woman women someone somebody source sources insider insiders
    lawyer lawyers attorney attorneys analyst analysts expert experts economist economists
    strategist strategists operative operatives diplomat diplomats officer officers
    agent agents investigator investigators prosecutor prosecutors lawmaker lawmakers
    senator senators congressman congresswoman member members leader leaders executive executives
    employee employees worker workers resident residents voter voters supporter supporters critic critics
    witness witnesses observer observers researcher researchers scientist scientists doctor doctors
    associate associates ally allies friend friends relative relatives colleague colleagues
    statement report reports document documents memo email letter filing
    campaign administration department ministry agency government police
    """

    /// Heads that leave the source anonymous wherever they stand.
    static let anonymousHeads = "source sources insider insiders"

    /// Heads that leave the source anonymous when nothing but an article or a number comes with
    /// them ("a person said", "people said", "two officials said").
    static let bareAnonymousHeads = "person people someone somebody official officials"

    /// Words that may stand before a bare head without naming anything.
    static let bareModifiers = "a an the one two three four several some many other another"

    /// Phrases that say the source is kept anonymous.
    static let anonymityPhrases = """
    familiar with
    on condition of anonymity
    on the condition of anonymity
    condition of anonymity
    not authorized to speak
    not authorized to discuss
    not authorized to comment
    not authorised to speak
    declined to be named
    declined to be identified
    asked not to be named
    asked not to be identified
    requested anonymity
    insisted on anonymity
    speaking anonymously
    briefed on
    close to the
    with knowledge of
    with direct knowledge
    """

    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    static func phrases(_ list: String) -> [[String]] {
        list.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }
}
