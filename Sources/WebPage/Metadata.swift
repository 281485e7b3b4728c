// Title, byline, date, site and address of a page, from what it declares: <meta> tags (Open
// Graph, article:*, author), JSON-LD, microdata (itemprop), rel=author, <time>, <title>.
import CLibXML2

public struct PageMetadata: Equatable, Sendable {
    public var title: String?
    public var byline: String?
    public var date: String?
    public var site: String?
    public var url: String?

    public init(title: String? = nil, byline: String? = nil, date: String? = nil, site: String? = nil, url: String? = nil) {
        self.title = title; self.byline = byline; self.date = date; self.site = site; self.url = url
    }
}

struct PageFacts {
    var meta: [String: String] = [:]
    var titleText: String?
    var firstH1: String?
    var canonical: String?
    var jsonLD: [String] = []
    var microdata: [String: String] = [:]
    var relAuthor: String?
    var bylineText: String?
    var timeAttribute: String?

    init(_ tree: HTMLTree) {
        var i = 0
        while i < tree.count {
            defer { i += 1 }
            guard tree.isElement(i) else { continue }
            let tag = tree.tag(i)
            switch tag {
            case tagID(RX_TAG_META):
                if let key = (tree.attribute(i, "property") ?? tree.attribute(i, "name") ?? tree.attribute(i, "itemprop"))?.lowercased(),
                   let content = tree.attribute(i, "content").map(Self.clean), !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case tagID(RX_TAG_TITLE):
                if titleText == nil { titleText = Self.textOf(tree, i) }
            case tagID(RX_TAG_H1):
                if firstH1 == nil { firstH1 = Self.textOf(tree, i) }
            case tagID(RX_TAG_LINK):
                if canonical == nil, tree.attribute(i, "rel")?.lowercased() == "canonical" { canonical = tree.attribute(i, "href") }
            case tagID(RX_TAG_SCRIPT):
                if i + 1 < tree.end(i) { jsonLD.append(Self.rawText(tree, i)) }
            case tagID(RX_TAG_TIME):
                if timeAttribute == nil { timeAttribute = tree.attribute(i, "datetime") }
            default: break
            }
            if let prop = tree.attribute(i, "itemprop")?.lowercased(), microdata[prop] == nil,
               prop == "author" || prop == "datepublished" || prop == "headline" {
                let value = tree.attribute(i, "content") ?? tree.attribute(i, "datetime") ?? Self.textOf(tree, i)
                if !value.isEmpty && value.count < 200 { microdata[prop] = value }
            }
            if relAuthor == nil, tree.attribute(i, "rel")?.lowercased() == "author", tag == tagID(RX_TAG_A) {
                let t = Self.textOf(tree, i)
                if !t.isEmpty && t.count < 100 { relAuthor = t }
            }
            if bylineText == nil, let c = tree.attributeRange(i, "class"), Bytes.contains(Bytes.lowered(tree.strings[c]), Self.byline) {
                let t = Self.textOf(tree, i)
                if !t.isEmpty && t.count < 120 { bylineText = t }
            }
        }
    }

    private static let byline = Array("byline".utf8)

    /// The text inside element `i`, whitespace collapsed (capped at 2,000 bytes).
    static func textOf(_ tree: HTMLTree, _ i: Int) -> String {
        var out: [UInt8] = []
        var k = i + 1
        while k < tree.end(i) && out.count < 2000 {
            if !tree.isElement(k) { out += tree.strings[tree.textRange(k)]; out.append(0x20) }
            k += 1
        }
        return collapse(out)
    }

    static func rawText(_ tree: HTMLTree, _ i: Int) -> String {
        var out: [UInt8] = []
        for k in (i + 1)..<tree.end(i) where !tree.isElement(k) { out += tree.strings[tree.textRange(k)] }
        return String(decoding: out, as: UTF8.self)
    }

    static func clean(_ s: String) -> String { collapse(Array(s.utf8)) }

    /// Runs of ASCII whitespace and no-break spaces as one space, none at the ends.
    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = true; k += 1; continue }
            if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 { space = true; k += 2; continue }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(b)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func metadata(jsonLD article: JSONLDArticle?, url: String?) -> PageMetadata {
        var m = PageMetadata()
        m.title = first(meta["og:title"], article?.headline, meta["twitter:title"], microdata["headline"], firstH1, titleText)
        var byline = first(meta["author"], article?.author, meta["article:author"], microdata["author"], relAuthor, bylineText)
        if let b = byline, b.hasPrefix("http") || b.contains("facebook.com") { byline = first(article?.author, relAuthor, bylineText) }
        if let b = byline {
            for prefix in ["By ", "by ", "BY "] where b.hasPrefix(prefix) { byline = String(b.dropFirst(prefix.count)) }
        }
        m.byline = byline
        m.date = first(meta["article:published_time"], article?.datePublished, microdata["datepublished"],
                       meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"], meta["dc.date.issued"],
                       meta["sailthru.date"], meta["parsely-pub-date"], timeAttribute)
        m.url = first(url, canonical, meta["og:url"], article?.url)
        m.site = first(meta["og:site_name"], meta["application-name"], article?.publisher, host(of: m.url))
        return m
    }

    private func first(_ values: String?...) -> String? {
        for v in values { if let v = v.map(Self.clean), !v.isEmpty { return v } }
        return nil
    }

    private func host(of url: String?) -> String? {
        guard let url = url, let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host.hasPrefix("www.") ? host.dropFirst(4) : host)
    }
}
