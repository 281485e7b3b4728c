// The plain-text report, for a pipe or a dumb terminal: paragraphs with quotes marked «…»
// and their speaker in brackets, then the actors and the quotes as lists.
import Foundation
import Model

enum PlainReport {
    static func write(_ analysis: Analysis, name: String) {
        let doc = analysis.document
        var out = "\(name)\n\n"
        for (p, paragraph) in doc.paragraphs.enumerated() {
            out += doc.string(paragraph.span) + "\n\n"
            _ = p
        }
        out += "Actors\n"
        for a in analysis.actors { out += "  \(a.name) (\(a.kind.rawValue), \(a.mentions.count))\n" }
        out += "\nQuotes\n"
        for q in analysis.quotes {
            let who = q.speaker.map { doc.string($0.span) } ?? "?"
            out += "  [\(who)] «\(q.parts.map { doc.string($0) }.joined(separator: " … "))»\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
