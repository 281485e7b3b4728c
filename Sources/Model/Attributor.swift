// Pass 7: attribution. Gives each quote's speaker phrase its actor (Coreference), and a
// quotation with no cue of its own the speaker in focus: the last quote's, when it is in
// the same or the previous paragraph.

enum Attributor {
    static func attribute(_ quotes: [Quote], in analysis: Analysis) -> [Quote] {
        let index = MentionIndex(analysis, quotes: quotes)
        var out = quotes
        var focus: (speaker: Speaker, paragraph: Int)? = nil
        for i in out.indices {
            if var sp = out[i].speaker {
                sp.actor = Coreference.actor(for: sp.span, index: index)
                out[i].speaker = sp
            } else if out[i].cue == nil, let f = focus, out[i].paragraph - f.paragraph <= 1 {
                out[i].speaker = f.speaker
            }
            if let sp = out[i].speaker { focus = (sp, out[i].paragraph) }
        }
        return out
    }
}
