// Pass 7: attribution. Gives each quote's speaker phrase its actor (Coreference: "he" is
// the person who spoke last nearby, else the person named last), and a quotation with no
// cue of its own the speaker in focus: the last quote's, in the same or the previous paragraph.
// Bodies and documents as sources ("the British government", "The announcement") go through
// BodySources.

enum Attributor {
    static func attribute(_ quotes: [Quote], in analysis: Analysis, reusing mentions: MentionIndex? = nil) -> [Quote] {
        let index = mentions.map { $0.with(analysis, quotes: quotes) } ?? MentionIndex(analysis, quotes: quotes)
        var out = quotes
        var focus: (speaker: Speaker, paragraph: Int)? = nil
        var personFocus: (actor: Int, paragraph: Int, start: Int)? = nil
        for i in out.indices {
            if var sp = out[i].speaker {
                // The person who spoke last, when that was in this or the previous paragraph.
                var lastSpeaker: Int? = nil
                if let (a, p, start) = personFocus, out[i].paragraph - p <= 1, start < sp.span.start { lastSpeaker = a }
                sp.actor = Coreference.actor(for: sp.span, index: index, lastSpeaker: lastSpeaker)
                    ?? BodySources.institution(sp.span, index: index)
                    ?? BodySources.document(sp.span, paragraph: out[i].paragraph, earlier: out[..<i], analysis.document)
                out[i].speaker = sp
                if let a = sp.actor, analysis.actors[a].kind == .person { personFocus = (a, out[i].paragraph, sp.span.start) }
            } else if out[i].cue == nil, let f = focus, out[i].paragraph - f.paragraph <= 1 {
                out[i].speaker = f.speaker
            }
            if let sp = out[i].speaker { focus = (sp, out[i].paragraph) }
        }
        return out
    }
}
