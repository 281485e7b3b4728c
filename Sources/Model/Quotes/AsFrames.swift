// "Voters see the senator as the stronger candidate", "The plan is widely viewed as dead":
// a verb of seeing or regarding with an "as" complement states a view. Without the "as"
// ("saw a surge in sales", "was seen leaving") the verb reports nothing, so the cue frames
// read these verbs only when `hasAs` holds.

enum AsFrames {
    /// The object between the verb and its "as" is a short noun phrase.
    static let maxObjectTokens = 8

    /// Whether an "as" follows the verb at c within `maxObjectTokens`, before any comma,
    /// stop, quotation or clause word, and opens a description rather than a clause
    /// ("as the favorite", not "as they left").
    static func hasAs(_ ctx: QuoteContext, after c: Int, upper: Int) -> Bool {
        var k = c + 1
        while k < upper && k - c <= maxObjectTokens + 1 {
            if ctx.wordIs(k, PassiveFrames.asWord) {
                return k + 1 < upper && ctx.isWord(k + 1) && ctx.wordClass(k + 1) != .subjectPronoun
            }
            guard ctx.isWord(k) || ctx.isAbbreviationPeriod(k) else { return false }
            switch ctx.wordClass(k) {
            case .be?, .complementizer?, .clauseBoundary?, .subjectPronoun?: return false
            default: break
            }
            k += 1
        }
        return false
    }
}
