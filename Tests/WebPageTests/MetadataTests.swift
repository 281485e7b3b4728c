// Title, byline, date, site and address from what a page declares.
import Testing
@testable import WebPage

@Suite struct MetadataTests {
    @Test func openGraphAndArticleMetaTags() {
        let html = page("<article>\(prose)</article>", head: """
            <title>Harbour plan splits the town | Example News</title>
            <meta property="og:title" content="Harbour plan splits the town">
            <meta name="author" content="Lena Ortiz">
            <meta property="article:published_time" content="2024-03-05T09:00:00Z">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://news.example.org/harbour">
            """)
        let m = WebPage.extract(html).metadata
        #expect(m == PageMetadata(title: "Harbour plan splits the town", byline: "Lena Ortiz", date: "2024-03-05T09:00:00Z",
                                  site: "Example News", url: "https://news.example.org/harbour"))
    }

    @Test func fallbacksTitleTagBylineClassTimeAndHost() {
        let html = page("""
            <article><h1>Harbour plan splits the town</h1><p class="byline">By Lena Ortiz</p>
            <time datetime="2024-03-05">5 March</time>\(prose)</article>
            """)
        let m = WebPage.extract(html, url: "https://www.example.org/a/b").metadata
        #expect(m.title == "Harbour plan splits the town")
        #expect(m.byline == "Lena Ortiz")
        #expect(m.date == "2024-03-05")
        #expect(m.site == "example.org")
        #expect(m.url == "https://www.example.org/a/b")
    }

    @Test func bylineIsNotInTheBody() {
        let html = page("<article><div class=\"byline\">By Lena Ortiz, Harbour correspondent, filed from the quay</div>\(prose)</article>")
        #expect(!WebPage.extract(html).body.contains("Lena Ortiz"))
    }
}
