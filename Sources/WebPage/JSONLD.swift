// A page's own description of itself in JSON-LD (schema.org): the article's headline, author,
// date, publisher and sometimes its whole body.
import Foundation

struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
    var url: String?
    var articleBody: String?

    /// The first object typed as an article (or any object with an articleBody) in the scripts.
    static func find(in scripts: [String]) -> JSONLDArticle? {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            var queue: [Any] = [root]
            var seen = 0
            while !queue.isEmpty && seen < 10_000 {
                let item = queue.removeFirst()
                seen += 1
                if let list = item as? [Any] { queue += list; continue }
                guard let object = item as? [String: Any] else { continue }
                if let graph = object["@graph"] { queue.append(graph) }
                if isArticle(object["@type"]) || object["articleBody"] is String {
                    return JSONLDArticle(
                        headline: string(object["headline"]) ?? string(object["name"]),
                        author: names(object["author"]),
                        datePublished: string(object["datePublished"]) ?? string(object["dateCreated"]),
                        publisher: names(object["publisher"]),
                        url: string(object["url"]) ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"]),
                        articleBody: string(object["articleBody"]))
                }
            }
        }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// "A", {"name": "A"}, or a list of them, as "A, B".
    private static func names(_ value: Any?) -> String? {
        if let s = string(value) { return s.hasPrefix("http") ? nil : s }
        if let o = value as? [String: Any] { return string(o["name"]) }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
