// Byte-level string search: class names, styles and page heads are ASCII matters, and a
// search over UTF-8 bytes costs nothing next to Foundation's locale-aware String search.

enum Bytes {
    /// Whether `needle` occurs in `hay`.
    @inline(__always)
    static func contains<H: RandomAccessCollection>(_ hay: H, _ needle: [UInt8]) -> Bool where H.Element == UInt8, H.Index == Int {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        let first = needle[0]
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// ASCII letters lower-cased, other bytes as they are.
    static func lowered<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
