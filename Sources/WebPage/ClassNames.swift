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
        "menu", "footer", "header", "pager", "rating", "login", "gallery", "slideshow", "player",
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

    static func judge(_ lowered: [UInt8]) -> Verdict {
        guard !lowered.isEmpty else { return Verdict() }
        let s = String(decoding: lowered, as: UTF8.self)
        var v = Verdict()
        let strong = strongNegative.contains { s.contains($0) }
        let weak = !strong && (negative.contains { s.contains($0) }
            || s.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).contains { negativeWords.contains(String($0)) })
        let good = positive.contains { s.contains($0) }
        if strong || weak { v.weight -= 25 }
        if good { v.weight += 25 }
        v.unlikely = strong || (weak && !good)
        v.saysContent = good
        v.comments = s.contains("comment") || s.contains("disqus")
        return v
    }
}
