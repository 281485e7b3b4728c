// Which encoding a page is in, and its bytes as libxml2 should read them. Order: a byte-order
// mark, the HTTP header's charset, a <meta> charset near the start, UTF-8 when the bytes are
// valid UTF-8, else Windows-1252 (what browsers assume for undeclared Western pages).
import CLibXML2

enum Charset {
    struct Prepared {
        /// The bytes to parse, and the encoding name to parse them with.
        var bytes: [UInt8]
        var encoding: String
        /// The encoding the page was read as, for messages ("windows-1252").
        var label: String
    }

    static func prepare(_ bytes: [UInt8], headerCharset: String?) -> Prepared {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), declared: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        let declared = headerCharset.map(normalise) ?? metaCharset(bytes).map(normalise)
        switch declared {
        case "utf-8"?: return utf8(bytes, declared: true)
        case "windows-1252"?, nil:
            if declared == nil, isValidUTF8(bytes) { return utf8(bytes, declared: false) }
            return Prepared(bytes: windows1252ToUTF8(bytes), encoding: "UTF-8", label: "windows-1252")
        case "utf-16le"?: return utf16(bytes[...], littleEndian: true)
        case "utf-16be"?: return utf16(bytes[...], littleEndian: false)
        case let name?:
            if rx_encoding_supported(name) != 0 { return Prepared(bytes: bytes, encoding: name, label: name) }
            if isValidUTF8(bytes) { return utf8(bytes, declared: false) }
            return Prepared(bytes: windows1252ToUTF8(bytes), encoding: "UTF-8", label: "windows-1252")
        }
    }

    /// A charset label as WHATWG reads it: Latin-1 and ASCII labels mean Windows-1252; a page
    /// in bytes cannot really be UTF-16 when it declares so in ASCII, so that means UTF-8.
    static func normalise(_ raw: String) -> String {
        let label = String(raw.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" })
        switch label {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode": return "utf-8"
        case "latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "ascii", "us-ascii", "cp1252",
             "windows-1252", "x-cp1252", "iso-ir-100", "cp819", "ibm819", "": return "windows-1252"
        default: return label
        }
    }

    /// The charset of a <meta charset=…> or <meta http-equiv content="…; charset=…"> in the
    /// first 4 KB, as browsers pre-scan for it.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        var i = 0
        while let m = find(meta, in: head, from: i) {
            let close = head[m...].firstIndex(of: 0x3E) ?? head.count
            var k = m
            while let c = find(key, in: head, from: k), c < close {
                var j = c + key.count
                while j < close, head[j] == 0x20 || head[j] == 0x09 { j += 1 }
                guard j < close, head[j] == 0x3D else { k = c + 1; continue }
                j += 1
                while j < close, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                var e = j
                while e < close, head[e] != 0x22, head[e] != 0x27, head[e] != 0x20, head[e] != 0x3B, head[e] != 0x2F || e == j { e += 1 }
                if e > j { return String(decoding: head[j..<e], as: UTF8.self) }
                break
            }
            i = close
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard needle.count <= hay.count, start <= hay.count - needle.count else { return nil }
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] {
                var same = true
                for k in 1..<needle.count where hay[i + k] != needle[k] { same = false; break }
                if same { return i }
            }
            i += 1
        }
        return nil
    }

    /// UTF-8 bytes; invalid sequences become U+FFFD when the page declared UTF-8, else the page
    /// is read as Windows-1252.
    private static func utf8(_ bytes: [UInt8], declared: Bool) -> Prepared {
        guard !isValidUTF8(bytes) else { return Prepared(bytes: bytes, encoding: "UTF-8", label: "utf-8") }
        if declared { return Prepared(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8", label: "utf-8") }
        return Prepared(bytes: windows1252ToUTF8(bytes), encoding: "UTF-8", label: "windows-1252")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Prepared {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Prepared(bytes: Array(String(decoding: units, as: UTF16.self).utf8), encoding: "UTF-8",
                        label: littleEndian ? "utf-16le" : "utf-16be")
    }

    /// Whether `bytes` are well-formed UTF-8: ASCII eight bytes at a time, then each sequence
    /// checked for its length, its continuation bytes, and no overlong form or surrogate.
    /// (No String is made: a 20 MB page must not be copied to be checked.)
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let end = b.count
            while i < end {
                while i + 8 <= end, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < end else { return true }
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                var width = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
                if lead >= 0xC2 && lead <= 0xDF { width = 2 }
                else if lead >= 0xE0 && lead <= 0xEF { width = 3; if lead == 0xE0 { low = 0xA0 } else if lead == 0xED { high = 0x9F } }
                else if lead >= 0xF0 && lead <= 0xF4 { width = 4; if lead == 0xF0 { low = 0x90 } else if lead == 0xF4 { high = 0x8F } }
                else { return false }
                guard i + width <= end, b[i + 1] >= low, b[i + 1] <= high else { return false }
                var k = 2
                while k < width { if b[i + k] & 0xC0 != 0x80 { return false }; k += 1 }
                i += width
            }
            return true
        }
    }

    /// Windows-1252 as browsers decode it: 0x80–0x9F are mostly typographic marks.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let v = b <= 0x9F ? UInt32(windows1252High[Int(b) - 0x80]) : UInt32(b)
            if v < 0x800 {
                out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
            } else {
                out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return out
    }
}
