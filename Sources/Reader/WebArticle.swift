// A web page as the reader opens it: the headline, a header line with byline, date and site,
// then the body paragraphs, as one text the analysis indexes.
import Model
import WebPage

enum WebPageSupport {
    static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xht"]

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool { WebPage.looksLikeHTML(bytes) }

    /// Whether a file is a web page: by its extension, or by its content.
    static func isWebPage(_ bytes: [UInt8], name: String) -> Bool {
        if WebPage.looksLikeHTML(bytes) { return true }
        guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else { return false }
        return TextDecoding.binaryReason(bytes) == nil  // a picture named .html is still refused as binary
    }

    static func article(from bytes: [UInt8], name: String, displayName: String, charset: String? = nil, url: String? = nil) -> Article {
        let page = WebPage.extract(bytes, charset: charset, url: url)
        var warnings: [String] = []
        if !page.hasArticle { warnings.append("\(name): no article found in this page (a login page, a list of links?)") }
        return Article(text: text(of: page), displayName: displayName, warnings: warnings,
                       page: WebArticle(metadata: page.metadata, hasArticle: page.hasArticle))
    }

    /// Headline, header line, blank-line separated paragraphs.
    static func text(of page: ExtractedPage) -> String {
        var parts: [String] = []
        if let title = page.metadata.title { parts.append(title) }
        if let header = headerLine(page.metadata) { parts.append(header) }
        if page.hasArticle { parts += page.paragraphs }
        return parts.joined(separator: "\n\n") + (parts.isEmpty ? "" : "\n")
    }

    /// "By Ana Ruiz · 2024-03-05 · Example News", from what the page says.
    static func headerLine(_ m: PageMetadata) -> String? {
        var items: [String] = []
        if let b = m.byline { items.append("By " + b) }
        if let d = m.date { items.append(shortDate(d)) }
        if let s = m.site { items.append(s) }
        return items.isEmpty ? nil : items.joined(separator: " · ")
    }

    /// An ISO 8601 timestamp shortened to its day; other dates as written.
    static func shortDate(_ d: String) -> String {
        let u = Array(d.utf8)
        if u.count > 10, u[4] == 0x2D, u[7] == 0x2D, u[0...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return String(d.prefix(10))
        }
        return d
    }
}

/// What a web page said about itself, kept with its article.
struct WebArticle {
    var metadata: PageMetadata
    var hasArticle: Bool
}

extension WebPageSupport {
    /// Adds "text" (the text every offset indexes) and "meta" to the JSON object of a web
    /// page's analysis, so a consumer never needs the page again.
    static func appendTextAndMeta(_ json: inout [UInt8], text: String, page: WebArticle) {
        guard json.last == 0x7D else { return }
        json.removeLast()
        let meta = "{" + Extract.metaFields(page.metadata).joined(separator: ", ") + "}"
        json += Array(", \"text\": \(JSONExport.quoted(text)), \"meta\": \(meta)}".utf8)
    }
}
