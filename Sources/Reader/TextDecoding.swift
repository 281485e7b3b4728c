// Bytes to text: UTF-8 (BOM skipped), UTF-16 with a BOM, else Windows-1252; and the check
// that refuses binary files (executables, images, archives) before they are analysed.

enum TextDecoding {
    enum Encoding: String {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    struct Decoded {
        var text: String
        var encoding: Encoding
        /// Set when the bytes were not what they claimed (not UTF-8, a truncated character).
        var warning: String?
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes[2...], littleEndian: false) }
        return decodeUTF8(bytes[...])
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        switch firstInvalidUTF8(bytes) {
        case nil:
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)
        case let bad? where bytes.endIndex - bad < 4 && isTruncatedSequence(bytes[bad...])
                && bytes[..<bad].contains(where: { $0 >= 0x80 }):
            // A download cut inside the last character of UTF-8 text (other non-ASCII characters
            // decoded fine): keep the UTF-8, drop the fragment. "Café" in Latin-1 is not this case.
            return Decoded(text: String(decoding: bytes[..<bad], as: UTF8.self), encoding: .utf8,
                           warning: "ends inside a UTF-8 character (truncated?); the fragment is dropped")
        default:
            return Decoded(text: decodeWindows1252(bytes), encoding: .windows1252,
                           warning: "not valid UTF-8; decoded as Windows-1252")
        }
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let width: Int, lo: UInt8, hi: UInt8  // the allowed range of the second byte
            switch b0 {
            case 0xC2...0xDF: width = 2; lo = 0x80; hi = 0xBF
            case 0xE0: width = 3; lo = 0xA0; hi = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: width = 3; lo = 0x80; hi = 0xBF
            case 0xED: width = 3; lo = 0x80; hi = 0x9F  // no surrogates
            case 0xF0: width = 4; lo = 0x90; hi = 0xBF
            case 0xF1...0xF3: width = 4; lo = 0x80; hi = 0xBF
            case 0xF4: width = 4; lo = 0x80; hi = 0x8F
            default: return i
            }
            guard i + width <= end else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lo && b1 <= hi else { return i }
            for k in 2..<width where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += width
        }
        return nil
    }

    /// True when `tail` is the start of a multi-byte sequence cut short by the end of the data.
    private static func isTruncatedSequence(_ tail: ArraySlice<UInt8>) -> Bool {
        guard let b0 = tail.first else { return false }
        let width = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 0
        return width > tail.count && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var warning: String? = nil
        if bytes.count % 2 != 0 { warning = "odd number of bytes in UTF-16 text; the last byte is dropped" }
        let text = String(decoding: units, as: UTF16.self)
        return Decoded(text: text, encoding: littleEndian ? .utf16LE : .utf16BE, warning: warning)
    }

    /// Windows-1252 as browsers decode it (WHATWG): 0x80–0x9F are mostly typographic marks; the
    /// five unassigned bytes map to the C1 controls of the same value (escaped later on output).
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b >= 0x80 && b <= 0x9F ? UInt32(windows1252High[Int(b) - 0x80]) : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    // MARK: binary files

    /// Signatures of common binary formats (executables, images, archives, documents).
    static let magicNumbers: [(name: String, bytes: [UInt8])] = [
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("zip archive", [0x50, 0x4B, 0x03, 0x04]),
        ("zip archive", [0x50, 0x4B, 0x05, 0x06]),
        ("gzip data", [0x1F, 0x8B]),
        ("bzip2 data", [0x42, 0x5A, 0x68]),
        ("xz data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("7-zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("zstd data", [0x28, 0xB5, 0x2F, 0xFD]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", [0x47, 0x49, 0x46, 0x38]),
        ("PDF document", [0x25, 0x50, 0x44, 0x46, 0x2D]),
        ("SQLite database", Array("SQLite format 3".utf8) + [0]),
        ("Mach-O executable", [0xCF, 0xFA, 0xED, 0xFE]),
        ("Mach-O executable", [0xCE, 0xFA, 0xED, 0xFE]),
        ("Java class or Mach-O universal binary", [0xCA, 0xFE, 0xBA, 0xBE]),
        ("WebAssembly module", [0x00, 0x61, 0x73, 0x6D]),
        ("Windows executable", [0x4D, 0x5A, 0x90, 0x00]),
    ]

    /// Why `bytes` look like a binary file rather than text, or nil when they look like text.
    /// Text may hold a few stray control characters or NULs (a bad copy and paste); binary data
    /// has a signature, or many NULs, or many controls in bytes that are not UTF-8.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }  // UTF-16 text
        for magic in magicNumbers where bytes.starts(with: magic.bytes) { return magic.name }
        let sample = bytes.prefix(65_536)
        guard !sample.isEmpty else { return nil }
        var nuls = 0, controls = 0
        for b in sample where b < 0x20 {
            if b == 0 { nuls += 1 }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        if nuls * 10 > sample.count { return "many NUL bytes" }
        let validUTF8 = firstInvalidUTF8(sample.dropLast(3)) == nil
        if controls * (validUTF8 ? 3 : 20) > sample.count { return "many control bytes" }
        return nil
    }
}
