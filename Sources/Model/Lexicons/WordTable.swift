// A small open-addressing hash table from lower-case ASCII words to values, looked up
// straight from a token's bytes: no String is made per token.

struct WordTable<Value>: @unchecked Sendable {
    private var keyBytes: [UInt8] = []
    private var slotStart: [Int32]   // offset of the key in keyBytes, -1 when empty
    private var slotLength: [UInt8]
    private var slotValue: [Value?]
    private let mask: Int

    static var maxWordLength: Int { 24 }

    init(_ entries: [(String, Value)]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        mask = size - 1
        slotStart = Array(repeating: -1, count: size)
        slotLength = Array(repeating: 0, count: size)
        slotValue = Array(repeating: nil, count: size)
        for (word, value) in entries {
            let bytes = Array(word.lowercased().utf8)
            precondition(!bytes.isEmpty && bytes.count <= Self.maxWordLength, "bad lexicon word \(word)")
            var slot = Int(truncatingIfNeeded: Self.hash(bytes, 0, bytes.count)) & mask
            while slotStart[slot] >= 0 {
                precondition(!keyMatches(slot, bytes, 0, bytes.count), "lexicon word listed twice: \(word)")
                slot = (slot + 1) & mask
            }
            if slotStart[slot] < 0 {
                slotStart[slot] = Int32(keyBytes.count)
                slotLength[slot] = UInt8(bytes.count)
                keyBytes += bytes
            }
            slotValue[slot] = value
        }
    }

    /// The value for the word in bytes[start..<end], compared without regard to ASCII case.
    @inline(__always)
    func lookup(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Value? {
        guard let key = WordKey(bytes, start, end) else { return nil }
        return lookup(key, bytes)
    }

    /// The value for a word already hashed: several tables share one hash of a token.
    @inline(__always)
    func lookup(_ key: WordKey, _ bytes: [UInt8]) -> Value? {
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slotStart[slot] >= 0 {
            if key.curly ? keyMatchesCurly(slot, bytes, key.start, key.end) : keyMatches(slot, bytes, key.start, key.end) {
                return slotValue[slot]
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func keyMatchesCurly(_ slot: Int, _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var k = Int(slotStart[slot])
        let kEnd = k + Int(slotLength[slot])
        var i = start
        while i < end {
            guard k < kEnd else { return false }
            if bytes[i] == 0xE2 {
                guard keyBytes[k] == 0x27 else { return false }
                i += 3
            } else {
                guard keyBytes[k] == Self.lower(bytes[i]) else { return false }
                i += 1
            }
            k += 1
        }
        return k == kEnd
    }

    @inline(__always)
    func lookup(_ bytes: [UInt8], _ span: Span) -> Value? {
        if let v = lookup(bytes, span.start, span.end) { return v }
        // An abbreviation's token keeps its period ("Sen.", "Gov.": see Tokenizer): try without it.
        if span.length > 1 && bytes[span.end - 1] == 0x2E { return lookup(bytes, span.start, span.end - 1) }
        return nil
    }

    @inline(__always)
    private func keyMatches(_ slot: Int, _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard Int(slotLength[slot]) == end - start else { return false }
        let k = Int(slotStart[slot])
        for i in 0..<(end - start) where keyBytes[k + i] != Self.lower(bytes[start + i]) { return false }
        return true
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in start..<end { h = (h ^ UInt64(lower(bytes[i]))) &* 0x100000001b3 }
        return h
    }
}

/// A word of the text hashed as every WordTable hashes its keys (FNV-1a over lower-case ASCII,
/// ’ read as '); nil when no table can hold it (too long, or other non-ASCII).
struct WordKey {
    let start: Int, end: Int
    let hash: UInt64
    let curly: Bool

    @inline(__always)
    init?(_ bytes: [UInt8], _ start: Int, _ end: Int) {
        let n = end - start
        guard n > 0 && n <= WordTable<Int>.maxWordLength + 4 else { return nil }
        var h: UInt64 = 0xcbf29ce484222325
        var curly = false
        var i = start
        while i < end {
            var b = bytes[i]
            if b >= 0x80 {
                // ’ (U+2019) reads as ' ("didn’t"); any other non-ASCII word is not in a table.
                guard b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 else { return nil }
                b = 0x27
                curly = true
                i += 2
            }
            h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100000001b3
            i += 1
        }
        self.start = start
        self.end = end
        self.hash = h
        self.curly = curly
    }
}
