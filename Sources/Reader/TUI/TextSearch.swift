// `/` search over the text's bytes, smart case: a query with an uppercase letter (in any
// script) matches exactly; one without ignores case, Unicode-wide ("zürich" finds "Zürich",
// "σοφία" finds "ΣΟΦΊΑ"), by simple one-to-one lowercase mapping of each scalar.

import Model

enum TextSearch {
    static let maxMatches = 100_000

    static func find(_ query: String, in bytes: [UInt8]) -> [Span] {
        guard !query.isEmpty, !bytes.isEmpty else { return [] }
        if query.contains(where: \.isUppercase) { return bytewise(Array(query.utf8), in: bytes, fold: identity) }
        var folder = Folder()
        let q = query.unicodeScalars.map { folder.fold($0.value) }
        // Only U+212A KELVIN SIGN lowercases (one to one) to an ASCII letter, "k": any other
        // ASCII query is matched byte by byte, as fast as an exact search.
        if q.allSatisfy({ $0 < 0x80 && $0 != 0x6B }) { return bytewise(q.map { UInt8($0) }, in: bytes, fold: asciiLower) }
        return folded(q, in: bytes, folder: &folder)
    }

    static let identity: [UInt8] = Array(0...255)
    static let asciiLower: [UInt8] = identity.map { (b: UInt8) -> UInt8 in b >= 65 && b <= 90 ? b + 32 : b }

    /// Non-overlapping matches of `q`, comparing each text byte through the `fold` table
    /// (identity: exact; asciiLower: ASCII case ignored, for a lowercase query).
    static func bytewise(_ q: [UInt8], in bytes: [UInt8], fold lower: [UInt8]) -> [Span] {
        guard !q.isEmpty, q.count <= bytes.count else { return [] }
        var out: [Span] = []
        let last = bytes.count - q.count
        lower.withUnsafeBufferPointer { low in
            bytes.withUnsafeBufferPointer { b in
                q.withUnsafeBufferPointer { qq in
                    let first = qq[0]
                    var i = 0
                    while i <= last {
                        if low[Int(b[i])] == first {
                            var k = 1
                            while k < qq.count && low[Int(b[i + k])] == qq[k] { k += 1 }
                            if k == qq.count {
                                out.append(Span(i, i + qq.count))
                                if out.count >= maxMatches { return }
                                i += qq.count
                                continue
                            }
                        }
                        i += 1
                    }
                }
            }
        }
        return out
    }

    /// Matches of the folded scalars `q`, comparing the text scalar by scalar once folded.
    private static func folded(_ q: [UInt32], in bytes: [UInt8], folder: inout Folder) -> [Span] {
        // Bytes that can start a match: the ASCII byte(s) folding to the first scalar, and
        // any lead byte of a multi-byte scalar; the scan skips all others without decoding.
        var canStart = [Bool](repeating: false, count: 256)
        for b in 0..<0x80 where folder.fold(UInt32(b)) == q[0] { canStart[b] = true }
        for b in 0xC0..<0x100 { canStart[b] = true }   // (U+212A KELVIN SIGN folds to "k")
        var out: [Span] = []
        let end = bytes.count
        var i = 0
        while i < end {
            i = canStart.withUnsafeBufferPointer { table in
                bytes.withUnsafeBufferPointer { b in
                    var k = i
                    while k < end && !table[Int(b[k])] { k += 1 }
                    return k
                }
            }
            guard i < end else { break }
            let (v0, n0) = scalar(bytes, i, end, &folder)
            if v0 == q[0] {
                var j = i + n0, k = 1
                while k < q.count && j < end {
                    let (v, n) = scalar(bytes, j, end, &folder)
                    if v != q[k] { break }
                    j += n; k += 1
                }
                if k == q.count {
                    out.append(Span(i, j))
                    if out.count >= maxMatches { break }
                    i = j
                    continue
                }
            }
            i += n0
        }
        return out
    }

    @inline(__always)
    private static func scalar(_ b: [UInt8], _ i: Int, _ end: Int, _ folder: inout Folder) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (c >= 65 && c <= 90 ? UInt32(c + 32) : UInt32(c), 1) }
        let (v, n) = UTF8Scalars.decode(b, i, end)
        return (folder.fold(v), n)
    }

    /// Lowercases scalars, remembering the answer for non-ASCII ones (the Unicode property
    /// lookup is slow): a direct table for the BMP, where curly quotes and dashes recur.
    struct Folder {
        private static let unknown = UInt32.max
        private var bmp = [UInt32](repeating: Folder.unknown, count: 0x10000)
        private var astral: [UInt32: UInt32] = [:]

        mutating func fold(_ v: UInt32) -> UInt32 {
            if v < 0x80 { return v >= 65 && v <= 90 ? v + 32 : v }
            if v < 0x10000 {
                let f = bmp[Int(v)]
                if f != Folder.unknown { return f }
                let l = Folder.lower(v)
                bmp[Int(v)] = l
                return l
            }
            if let f = astral[v] { return f }
            let l = Folder.lower(v)
            astral[v] = l
            return l
        }

        /// The simple (one-to-one) lowercase mapping; the scalar itself when there is none.
        private static func lower(_ v: UInt32) -> UInt32 {
            guard let u = Unicode.Scalar(v) else { return v }
            let lower = u.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first!.value : v
        }
    }
}
