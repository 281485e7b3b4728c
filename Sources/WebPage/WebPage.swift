// Web page in, article out: the body as paragraphs, and what the page says about itself.
// Pure: bytes in, values out; no files, no network (a page's links are never followed).

public struct ExtractedPage: Sendable {
    /// The article body, one entry per paragraph; a line break inside one came from a <br>.
    public var paragraphs: [String]
    public var metadata: PageMetadata
    /// The encoding the page was read in ("utf-8", "windows-1252", ...).
    public var encoding: String

    /// False when the page holds no article (a login form, a frameset, a list of links).
    public var hasArticle: Bool { bodyCharacters >= WebPage.minimumArticleCharacters }
    /// The body: paragraphs separated by blank lines.
    public var body: String { paragraphs.joined(separator: "\n\n") }
    var bodyCharacters: Int { paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
}

public enum WebPage {
    /// Less body text than this is not an article.
    public static let minimumArticleCharacters = 100

    private static let htmlMarkers = ["<!doctype html", "<html", "<head", "<body"].map { Array($0.utf8) }

    /// Whether `bytes` are HTML by their content: after a byte-order mark, whitespace and
    /// comments, a doctype or an <html>, <head> or <body> tag near the start (XHTML too).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var head = Array(bytes[start..<min(bytes.count, start + 2048)])
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16: keep the low bytes of the code units.
            let le = bytes[0] == 0xFF
            head = stride(from: 2 + (le ? 0 : 1), to: min(bytes.count, 4096), by: 2).map { bytes[$0] }
        }
        guard let first = head.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C) }),
              head[first] == 0x3C else { return false }
        let text = Bytes.lowered(head[first...])
        return htmlMarkers.contains { Bytes.contains(text, $0) }
    }

    /// The article in `bytes`. `charset` is the HTTP header's, when the page was fetched;
    /// `url` the address it came from, when known.
    public static func extract(_ bytes: [UInt8], charset: String? = nil, url: String? = nil) -> ExtractedPage {
        let prepared = Charset.prepare(bytes, headerCharset: charset)
        guard let tree = HTMLTree(bytes: prepared.bytes, encoding: prepared.encoding) else {
            return ExtractedPage(paragraphs: [], metadata: PageMetadata(url: url), encoding: prepared.label)
        }
        let facts = PageFacts(tree)
        let jsonLD = JSONLDArticle.find(in: facts.jsonLD)
        let metadata = facts.metadata(jsonLD: jsonLD, url: url)

        let extractor = ContentExtractor(tree: tree)
        var blocks = extractor.extract(.init())
        var chars = blocks.reduce(0) { $0 + $1.chars }
        if chars < 500 {
            let relaxed = extractor.extract(.init(classRules: false, cleaning: false))
            let relaxedChars = relaxed.reduce(0) { $0 + $1.chars }
            if relaxedChars > chars * 2 { blocks = relaxed; chars = relaxedChars }
        }
        var paragraphs = blocks.map { String(decoding: $0.text, as: UTF8.self) }
        if let body = jsonLD?.articleBody {
            // The page's own copy of its body wins when the markup gave much less.
            let lines = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { PageFacts.clean(String($0)) }
                .filter { !$0.isEmpty }
            let bodyChars = lines.reduce(0) { $0 + $1.unicodeScalars.count }
            if bodyChars > chars * 2 && bodyChars >= minimumArticleCharacters { paragraphs = lines }
        }
        if let title = metadata.title, let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        return ExtractedPage(paragraphs: paragraphs, metadata: metadata, encoding: prepared.label)
    }
}
