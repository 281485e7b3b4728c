// What an element's class and id say about it. Words every site builder uses for page
// furniture (menus, share bars, comment threads, related lists, cookie banners) and for
// content (article, body, entry, post); no site's own names.

enum ClassNames {
    /// Furniture so clear that the element is dropped even when it also says "article" or
    /// "content" ("related-articles", "comment-content", "article-share").
    static let strongNegative = [
        "comment", "disqus", "related", "share", "sharing", "social", "newsletter", "subscribe",
        "signup", "sign-up", "cookie", "consent", "gdpr", "breadcrumb", "outbrain", "taboola",
        "recommend", "popular", "trending", "promo", "sponsor", "advert", "paywall", "sidebar",
        "read-more", "readmore", "more-stories", "morestories", "most-read", "mostread",
        "skip-link", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "caption",
        "byline", "author-bio", "tooltip", "modal", "popup", "banner", "masthead", "navbar",
        "navigation", "pagination", "toolbar", "widget", "newsfeed", "nocontent", "print-only",
    ]
    /// Furniture unless the element also says it is content.
    static let negative = [
        "menu", "footer", "header", "pager", "rating", "login", "gallery", "slideshow",
        "credit", "timestamp", "dateline", "tags", "keywords", "topics", "meta",
        "extra", "shopping", "contact", "community", "remark", "rss", "supplement", "tool",
        "embed", "video", "photo", "image", "thumb", "teaser", "card", "carousel", "follow",
    ]
    /// Exact words (split at non-letters) that mark furniture but would match too much as parts.
    static let negativeWords: Set<String> = ["ad", "ads", "nav", "date", "time", "author", "print", "hide", "foot"]
    static let positive = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog", "page"]

    struct Verdict {
        var unlikely = false        // drop in the strict pass
        var weight = 0.0            // Readability's class weight: -25, 0, +25, or both summed
        var saysContent = false     // one of the positive words
        var comments = false        // a comment thread: left out even by the relaxed pass
    }

    private enum Group { case strong, weak, good, comment }
    /// The substrings by their first byte, so one scan of a class string tries only a few.
    private static let byFirstByte: [[(bytes: [UInt8], group: Group)]] = {
        var table = [[(bytes: [UInt8], group: Group)]](repeating: [], count: 256)
        func add(_ words: [String], _ g: Group) { for w in words { let b = Array(w.utf8); table[Int(b[0])].append((b, g)) } }
        add(strongNegative, .strong); add(negative, .weak); add(positive, .good); add(["comment", "disqus"], .comment)
        return table
    }()
    private static let wordBytes = negativeWords.map { Array($0.utf8) }

    static func judge(_ lowered: [UInt8]) -> Verdict {
        guard !lowered.isEmpty else { return Verdict() }
        var strong = false, weak = false, good = false, comment = false
        let n = lowered.count
        for i in 0..<n {
            for (word, group) in byFirstByte[Int(lowered[i])] where word.count <= n - i {
                var k = 1
                while k < word.count && lowered[i + k] == word[k] { k += 1 }
                guard k == word.count else { continue }
                switch group {
                case .strong: strong = true
                case .weak: weak = true
                case .good: good = true
                case .comment: comment = true
                }
            }
        }
        if !strong && !weak { weak = hasWord(lowered) }
        if strong { weak = false }
        var v = Verdict()
        if strong || weak { v.weight -= 25 }
        if good { v.weight += 25 }
        v.unlikely = strong || (weak && !good)
        v.saysContent = good
        v.comments = comment
        return v
    }

    /// Whether one of `negativeWords` stands alone (between non-letters) in `s`.
    private static func hasWord(_ s: [UInt8]) -> Bool {
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count, isAlphanumeric(s[end]) { end += 1 }
            if end > start, end - start <= 5 {
                let word = s[start..<end]
                if wordBytes.contains(where: { $0.elementsEqual(word) }) { return true }
            }
            start = end + 1
        }
        return false
    }

    @inline(__always) private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
}
