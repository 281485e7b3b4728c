// One row per quote, in the words a spreadsheet wants: its kind, paragraph, speaker (text,
// actor, gender, source type), cue and content as text and as code-point offsets, and the rule.
import Model

enum ExportRows {
    static let header = ["file", "quote_id", "kind", "paragraph", "speaker_text", "actor_name", "actor_kind",
                         "gender", "gender_by", "source_type", "cue_text", "content_text",
                         "content_start", "content_end", "cue_start", "cue_end", "speaker_start", "speaker_end",
                         "rule", "confidence"]

    /// The rows of one analysed article. The Model gives no confidence yet: that column stays empty.
    static func rows(_ analysis: Analysis, file: String) -> [[String]] {
        let doc = analysis.document
        let calls = GenderEvidence.calls(analysis)
        var offsets: [Int] = []
        for q in analysis.quotes {
            offsets += [q.content.start, q.content.end]
            if let c = q.cue { offsets += [c.start, c.end] }
            if let s = q.speaker { offsets += [s.span.start, s.span.end] }
        }
        let cp = CodePoints(doc.bytes, offsets)
        return analysis.quotes.enumerated().map { i, q in
            let actor = q.speaker?.actor.map { analysis.actors[$0] }
            let call = q.speaker?.actor.flatMap { actor?.kind == .person ? calls[$0] : nil }
            let content = q.parts.map { doc.string($0) }.joined(separator: " … ")
            return [file, "q\(i + 1)", q.kind.rawValue, "\(q.paragraph)",
                    q.speaker.map { doc.string($0.span) } ?? "", actor?.name ?? "", actor?.kind.rawValue ?? "",
                    call?.gender.rawValue ?? "", call?.by?.rawValue ?? "", SourceTypes.type(of: q, in: analysis).rawValue,
                    q.cue.map { doc.string($0) } ?? "", content,
                    "\(cp[q.content.start])", "\(cp[q.content.end])",
                    q.cue.map { "\(cp[$0.start])" } ?? "", q.cue.map { "\(cp[$0.end])" } ?? "",
                    q.speaker.map { "\(cp[$0.span.start])" } ?? "", q.speaker.map { "\(cp[$0.span.end])" } ?? "",
                    q.rule.rawValue, ""]
        }
    }
}

/// Byte offsets to code-point offsets: the offsets sorted, then one walk over the bytes.
struct CodePoints {
    private var map: [Int: Int] = [:]

    init(_ bytes: [UInt8], _ offsets: [Int]) {
        var count = 0, i = 0
        for target in Set(offsets).sorted() {
            let stop = min(target, bytes.count)
            while i < stop {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            map[target] = count
        }
    }

    subscript(_ byteOffset: Int) -> Int { map[byteOffset]! }
}
