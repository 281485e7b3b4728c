// `/` search over the text's bytes, smart case: a query with an uppercase letter (in any
// script) matches exactly; one without ignores case, Unicode-wide ("zürich" finds "Zürich",
// "σοφία" finds "ΣΟΦΊΑ"), by simple one-to-one lowercase mapping of each scalar.

enum TextSearch {
    static let maxMatches = 100_000

    static func find(_ query: String, in bytes: [UInt8]) -> [Span] {
        guard !query.isEmpty, query.utf8.count <= bytes.count * 4 else { return [] }
        if query.contains(where: \.isUppercase) { return exact(Array(query.utf8), in: bytes) }
        var folder = Folder()
        let q = query.unicodeScalars.map { folder.fold($0.value) }
        return folded(q, in: bytes, folder: &folder)
    }

    /// Byte-exact matches, not overlapping.
    static func exact(_ q: [UInt8], in bytes: [UInt8]) -> [Span] {
        guard !q.isEmpty, q.count <= bytes.count else { return [] }
        var out: [Span] = []
        let first = q[0], last = bytes.count - q.count
        var i = 0
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < q.count && bytes[i + k] == q[k] { k += 1 }
                if k == q.count {
                    out.append(Span(i, i + q.count))
                    if out.count >= maxMatches { break }
                    i += q.count
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Matches of the folded scalars `q`, comparing the text scalar by scalar once folded.
    private static func folded(_ q: [UInt32], in bytes: [UInt8], folder: inout Folder) -> [Span] {
        var out: [Span] = []
        let end = bytes.count
        var i = 0
        while i < end {
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
        let (v, n) = UTF8Scan.decode(b, i, end)
        return (folder.fold(v), n)
    }

    /// Lowercases scalars, remembering the answer for non-ASCII ones (the Unicode
    /// property lookup is slow next to a dictionary hit).
    struct Folder {
        private var cache: [UInt32: UInt32] = [:]

        mutating func fold(_ v: UInt32) -> UInt32 {
            if v < 0x80 { return v >= 65 && v <= 90 ? v + 32 : v }
            if let f = cache[v] { return f }
            var f = v
            if let u = Unicode.Scalar(v) {
                let lower = u.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let l = lower.first { f = l.value }
            }
            cache[v] = f
            return f
        }
    }
}
