// `/` search over the text's bytes, smart case: a query with an uppercase letter (in any
// script) matches exactly; one without ignores case, Unicode-wide, by full case folding
// ("zürich" finds "Zürich", "σοφία" finds "ΣΟΦΊΑ", "strasse" finds "Straße", "office"
// finds "oﬃce"): each scalar is folded as the lowercase of its uppercase.

import Model

enum TextSearch {
    static let maxMatches = 100_000

    static func find(_ query: String, in bytes: [UInt8]) -> [Span] {
        guard !query.isEmpty, !bytes.isEmpty else { return [] }
        if query.contains(where: \.isUppercase) { return bytewise(Array(query.utf8), in: bytes, fold: identity) }
        var folder = Folder()
        var q: [UInt32] = []
        for u in query.unicodeScalars { folder.fold(u.value) { q.append($0) } }
        // Non-ASCII scalars fold to ASCII only into f i k l s t (ß → ss, ﬁ → fi, K → k, ſ → s,
        // ı → i; a test checks every scalar): an ASCII query without those letters is
        // matched byte by byte, as fast as an exact search.
        if q.allSatisfy({ $0 < 0x80 && !Self.foldTargets.contains(UInt8($0)) }) {
            return bytewise(q.map { UInt8($0) }, in: bytes, fold: asciiLower)
        }
        return folded(q, in: bytes, folder: &folder)
    }

    /// The ASCII letters some non-ASCII scalar folds into (in full or in part).
    static let foldTargets: Set<UInt8> = Set("fiklst".utf8)

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
        for b in 0..<0x80 where Folder.asciiFold(UInt32(b)) == q[0] { canStart[b] = true }
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
            // Text scalars are folded one by one (each to 1–3 scalars) and compared with the
            // query's folded scalars; a fold must match whole, except at the query's end.
            var j = i, k = 0, first = 0
            var ok = true
            while k < q.count && j < end && ok {
                let c = bytes[j]
                let n: Int
                if c < 0x80 {
                    ok = Folder.asciiFold(UInt32(c)) == q[k]
                    k += 1; n = 1
                } else {
                    let (v, len) = UTF8Scalars.decode(bytes, j, end)
                    n = len
                    folder.fold(v) { f in
                        guard ok else { return }
                        if k < q.count { ok = f == q[k]; k += 1 }
                    }
                }
                j += n
                if first == 0 { first = n }
            }
            if ok && k == q.count {
                out.append(Span(i, j))
                if out.count >= maxMatches { break }
                i = j
                continue
            }
            i += max(1, first)
        }
        return out
    }

    /// Folds scalars (lowercase of uppercase: full case folding for all but a few scripts),
    /// remembering the answer for non-ASCII ones (the Unicode property lookup is slow): a
    /// direct table for the BMP, where curly quotes and dashes recur.
    struct Folder {
        private static let unknown = UInt32.max, several = UInt32.max - 1
        private var bmp = [UInt32](repeating: Folder.unknown, count: 0x10000)
        private var multi: [UInt32: [UInt32]] = [:]
        private var astral: [UInt32: UInt32] = [:]

        @inline(__always)
        static func asciiFold(_ v: UInt32) -> UInt32 { v >= 65 && v <= 90 ? v + 32 : v }

        /// Calls `emit` with each scalar `v` folds to (one, or up to three: ß → s s).
        mutating func fold(_ v: UInt32, _ emit: (UInt32) -> Void) {
            if v < 0x80 { emit(Folder.asciiFold(v)); return }
            if v < 0x10000 {
                var f = bmp[Int(v)]
                if f == Folder.unknown {
                    let seq = Folder.fullFold(v)
                    f = seq.count == 1 ? seq[0] : Folder.several
                    if seq.count != 1 { multi[v] = seq }
                    bmp[Int(v)] = f
                }
                if f != Folder.several { emit(f); return }
                for x in multi[v] ?? [v] { emit(x) }
                return
            }
            if let f = astral[v] {
                if f != Folder.several { emit(f); return }
                for x in multi[v] ?? [v] { emit(x) }
                return
            }
            let seq = Folder.fullFold(v)
            astral[v] = seq.count == 1 ? seq[0] : Folder.several
            if seq.count != 1 { multi[v] = seq }
            for x in seq { emit(x) }
        }

        /// The lowercase of the uppercase of `v` (ß → "ss", ﬃ → "ffi", Σ ς σ → σ).
        static func fullFold(_ v: UInt32) -> [UInt32] {
            guard let u = Unicode.Scalar(v) else { return [v] }
            var out: [UInt32] = []
            for up in u.properties.uppercaseMapping.unicodeScalars {
                for low in up.properties.lowercaseMapping.unicodeScalars { out.append(low.value) }
            }
            return out.isEmpty ? [v] : out
        }
    }
}
