// The document model: the text is stored once, as UTF-8 bytes; everything else
// (paragraphs, sentences, tokens, mentions, quotes) is a range of byte offsets into it.
// Offsets become Unicode code points only at the JSON boundary (JSONExport.swift).

/// A half-open range of UTF-8 byte offsets into `Document.bytes`.
/// Stored as 32-bit offsets: a token is then 12 bytes, not 24, which matters on book-length
/// texts. Texts must stay under 2 GiB; the reader refuses files over 256 MiB (ArticleLoader).
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var lower: Int32
    private var upper: Int32

    public var start: Int {
        get { Int(lower) }
        set { lower = Int32(newValue) }
    }
    public var end: Int {
        get { Int(upper) }
        set { upper = Int32(newValue) }
    }

    public init(_ start: Int, _ end: Int) {
        lower = Int32(start)
        upper = Int32(end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)..<\(end)" }
}

public enum TokenKind: UInt8, Sendable {
    case word          // letters, digits, and word-internal ' . - (e.g. "U.S.", "cease-fire", "Trump's")
    case number
    case quote         // a quotation mark: " “ ” ‘ ’ « » (an apostrophe inside a word is not one)
    case dash          // — – or a spaced hyphen
    case punctuation   // anything else that is not a letter, digit or space
}

public struct Token: Hashable, Sendable {
    public var span: Span
    public var kind: TokenKind
    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}

public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var paragraph: Int
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>
    public init(span: Span, paragraph: Int, tokens: Range<Int>) {
        self.span = span
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

public struct Paragraph: Hashable, Sendable {
    public var span: Span
    /// Indices into `Document.sentences`.
    public var sentences: Range<Int>
    /// The first paragraph, when it reads as a title rather than prose.
    public var isHeadline: Bool
    /// A dateline opening the first body paragraph ("WASHINGTON (AP) —"), dash included.
    public var dateline: Span?
    public init(span: Span, sentences: Range<Int> = 0..<0, isHeadline: Bool = false, dateline: Span? = nil) {
        self.span = span
        self.sentences = sentences
        self.isHeadline = isHeadline
        self.dateline = dateline
    }
}

/// The text and its structure. Built pass by pass (see Analyzer.swift).
public struct Document: Sendable {
    public let text: String
    /// The text's UTF-8 bytes: every Span indexes into this.
    public let bytes: [UInt8]
    public internal(set) var paragraphs: [Paragraph] = []
    public internal(set) var sentences: [Sentence] = []
    public internal(set) var tokens: [Token] = []

    public init(text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The text of a span (a copy: for output and tests, not for the passes' inner loops).
    public func string(_ span: Span) -> String {
        let lo = max(0, min(span.start, bytes.count)), hi = max(lo, min(span.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The index of the paragraph holding `offset` (binary search), or nil between paragraphs.
    public func paragraphIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < paragraphs.count && paragraphs[lo].span.contains(offset) ? lo : nil
    }
}
