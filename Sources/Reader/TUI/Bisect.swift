// The one binary search the screen model uses over sorted offsets (quotes, matches,
// paragraphs, mentions): no key ever scans a whole list.

enum Bisect {
    /// The first index in `0..<count` where `isPast` holds, given that it holds for every
    /// index after one where it does (`count` when it holds nowhere).
    @inline(__always)
    static func first(_ count: Int, where isPast: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isPast(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
