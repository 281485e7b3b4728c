// RFC 4180 CSV: fields joined by commas, records ended by CRLF; a field holding a comma, a
// quote, CR or LF is quoted, its quotes doubled. Everything else goes through unchanged
// (control characters and right-to-left text included: CSV is data, not terminal output).
import Foundation

enum CSV {
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Parses RFC 4180 text back into records (for tests and for tools that read our output).
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = [], record: [String] = [], field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, atFieldStart = true
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case "\"": return nil
            case ",": record.append(field); field = ""; atFieldStart = true
            case "\r" where scalars.first == "\n":
                scalars.removeFirst(); record.append(field); records.append(record); record = []; field = ""; atFieldStart = true
            default: field.unicodeScalars.append(c); atFieldStart = false
            }
        }
        if quoted { return nil }
        if !atFieldStart || !record.isEmpty || !field.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
