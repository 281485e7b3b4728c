// Article extraction on pages written for these tests.
import Testing
@testable import WebPage

func page(_ body: String, head: String = "") -> [UInt8] {
    Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
}

/// Three paragraphs of ordinary news prose, long enough to be an article.
let prose = """
    <p>The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months.</p>
    <p>"We cannot wait another year," said the mayor, Ana Ruiz, who proposed the plan in March, after the storms.</p>
    <p>According to the port authority, the work would take three years, cost twelve million euros, and close the quay.</p>
    """

@Suite struct ExtractionTests {
    @Test func articleParagraphsWithoutNavigationOrRelatedLinks() {
        let html = page("""
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="article-body">\(prose)</div>
            <div class="related"><a href="/a">Other story one</a><a href="/b">Other story two</a></div>
            """)
        let result = WebPage.extract(html)
        #expect(result.paragraphs.count == 3)
        #expect(result.paragraphs[0].hasPrefix("The council met"))
        #expect(!result.body.contains("Home"))
        #expect(!result.body.contains("Other story"))
        #expect(result.hasArticle)
    }

    @Test func furnitureIsLeftOut() {
        let html = page("""
            <div id="cookie-banner"><p>We use cookies to improve your experience on this site, accept them please.</p></div>
            <main><article>
            <h1>Harbour plan splits the town</h1>
            <div class="share-tools"><a href="#">Share on a network</a> <a href="#">Email this</a></div>
            \(prose)
            <figure><img src="q.jpg"><figcaption>The quay at dawn, seen from the hill above the harbour.</figcaption></figure>
            <div class="ad"><p>Buy the best boats at the lowest prices in the whole region today.</p></div>
            <p style="display: none">Hidden paragraph that a browser never shows to its reader at all.</p>
            <p hidden>Another hidden paragraph that a browser never shows to its reader.</p>
            <aside><p>Read also: a long story about another harbour in another town far away.</p></aside>
            </article></main>
            <section class="comments"><p>First comment: I disagree with the mayor entirely, and here is why, at length.</p></section>
            <footer><p>Copyright Example News, all rights reserved, registered in the harbour town.</p></footer>
            """)
        let body = WebPage.extract(html).body
        #expect(body.contains("The council met"))
        #expect(body.contains("twelve million euros"))
        for furniture in ["cookies", "Share on", "quay at dawn", "best boats", "Hidden paragraph", "Another hidden",
                          "Read also", "First comment", "Copyright", "Harbour plan splits"] {
            #expect(!body.contains(furniture), "\(furniture) leaked")
        }
    }

    @Test func headingsQuotesAndListItemsAreParagraphs() {
        let html = page("""
            <article>\(prose)
            <h2>What happens next</h2>
            <blockquote><p>The harbour is the town, and the town is the harbour, wrote a local poet once.</p></blockquote>
            <ul><li>A new quay for the ferries, longer than the old one by forty metres.</li>
            <li>A sea wall to hold back the winter storms that flooded the market twice.</li></ul>
            </article>
            """)
        let paragraphs = WebPage.extract(html).paragraphs
        #expect(paragraphs.contains("What happens next"))
        #expect(paragraphs.contains { $0.hasPrefix("The harbour is the town") })
        #expect(paragraphs.contains { $0.hasPrefix("A new quay") })
        #expect(paragraphs.contains { $0.hasPrefix("A sea wall") })
    }

    @Test func entitiesAreDecodedAndWhitespaceNormalised() {
        let html = page("""
            <article><p>&ldquo;We   cannot\twait,&rdquo;
            said the mayor&nbsp;of Port&#8209;Ruiz &amp; its harbour, who&#8217;s been in office for a decade now.</p>
            \(prose)</article>
            """)
        let first = WebPage.extract(html).paragraphs[0]
        #expect(first == "“We cannot wait,” said the mayor of Port\u{2011}Ruiz & its harbour, who’s been in office for a decade now.")
    }

    @Test func lineBreaksSeparateLinesAndDoubleBreaksParagraphs() {
        let html = page("""
            <div>The first line of a long text that is all in one div, as old pages have it,<br>
            and its second line, which goes on after a single break in the markup.<br><br>
            A new paragraph after two breaks, with enough words in it to count as prose here.<br/><br/>
            The last paragraph closes the text of the page, and the page ends right after it.</div>
            """)
        let paragraphs = WebPage.extract(html).paragraphs
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0] == "The first line of a long text that is all in one div, as old pages have it,\nand its second line, which goes on after a single break in the markup.")
        #expect(paragraphs[2].hasPrefix("The last paragraph"))
    }

    @Test func aDataTableKeepsItsRowsWhole() {
        let html = page("""
            <article>\(prose)
            <table><tr><th>Pos.</th><th>Rider</th><th>Points</th></tr>
            <tr class="player-row"><td>1</td><td><a href="/r/1">Ana Ruiz</a></td><td>250</td></tr>
            <tr class="player-row"><td>2</td><td><a href="/r/2">Lena Ortiz</a></td><td>231</td></tr>
            <tr class="player-row"><td>3</td><td><a href="/r/3">Jo Park</a></td><td>198</td></tr></table>
            </article>
            """)
        let paragraphs = WebPage.extract(html).paragraphs
        #expect(paragraphs.contains("Pos. Rider Points"))
        #expect(paragraphs.contains("1 Ana Ruiz 250"))
        #expect(paragraphs.contains("3 Jo Park 198"))
    }

    @Test func aLayoutTableKeepsItsCellsApart() {
        let html = page("""
            <table><tr><td><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></td>
            <td><p>The council met on Tuesday evening to discuss the new harbour plan, which has divided the town.</p>
            <p>"We cannot wait another year," said the mayor, Ana Ruiz, who proposed the plan in March, after the storms.</p></td></tr></table>
            """)
        let body = WebPage.extract(html).body
        #expect(body.hasPrefix("The council met"))
        #expect(!body.contains("Home"))
    }

    @Test func scriptAndStyleNeverLeak() {
        let html = page("""
            <style>p { color: red } .leak-style { }</style>
            <article><script>var s = "</p><p>leak-script with enough words to look like prose to anyone";</script>
            \(prose)<noscript><p>leak-noscript: please turn on scripts to see this page properly now.</p></noscript>
            <template><p>leak-template text that is never shown by any browser to anyone.</p></template></article>
            """)
        let body = WebPage.extract(html).body
        #expect(body.contains("The council met"))
        #expect(!body.contains("leak"))
        #expect(!body.contains("color: red"))
    }

    @Test func malformedAndUnclosedTagsStillGiveTheText() {
        let html = Array("""
            <html><body><div class=article><p>The council met on <b>Tuesday <i>evening</p>
            <p>"We cannot wait," said the mayor, who proposed the plan in March, after the storms.
            <p>The work would take three years, cost twelve million euros, and close the quay</div></span></table>
            """.utf8)
        let body = WebPage.extract(html).body
        #expect(body.contains("The council met on Tuesday evening"))
        #expect(body.contains("said the mayor"))
        #expect(body.contains("close the quay"))
    }

    @Test func aLoginPageHasNoArticle() {
        let html = page("""
            <header><a href="/">Example News</a></header>
            <form action="/login" method="post"><h2>Sign in</h2>
            <p>Sign in with your email address and password to read the full story and comment on it.</p>
            <label>Email <input type="email" name="e"></label>
            <label>Password <input type="password" name="p"></label><button>Sign in</button>
            <a href="/forgot">Forgot your password?</a></form>
            """)
        let result = WebPage.extract(html)
        #expect(!result.hasArticle)
    }

    @Test func framesHaveNoArticleAndAreNotFetched() {
        let html = Array("""
            <html><head><title>Frames</title></head><frameset cols="50%,50%">
            <frame src="http://127.0.0.1:9/left.html"><frame src="right.html"></frameset></html>
            """.utf8)
        let result = WebPage.extract(html)
        #expect(!result.hasArticle)
        #expect(result.paragraphs.isEmpty)
    }

    @Test func deepNestingKeepsItsText() {
        let depth = 100_000
        let html = page("<p>Before the nest, the text starts here and goes on for a while, said the tester.</p>"
                        + String(repeating: "<div>", count: depth)
                        + "<p>Deep inside the nest, the text is still here, said the tester, to everyone.</p>"
                        + String(repeating: "</div>", count: depth)
                        + "<p>After the nest there is more text to read, said the tester again, and again.</p>")
        let body = WebPage.extract(html).body
        #expect(body.contains("Deep inside the nest"))
        #expect(body.contains("After the nest"))
    }

    @Test func entityBombsAreNotExpanded() {
        let html = Array("""
            <!DOCTYPE html [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <html><body><article>\(prose)<p>The bomb: &d;&d;&d;&d;&d;&d;&d;&d;&d;&d; and numeric &#1114112;&#0;&#x110000; ones.</p></article></body></html>
            """.utf8)
        let result = WebPage.extract(html)
        #expect(result.body.contains("The council met"))
        #expect(!result.body.contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
        #expect(result.body.utf8.count < 2_000)
    }

    @Test func jsonLDBodyWhenTheMarkupHasNone() {
        let html = page("<div id=\"app\">Loading…</div>", head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Harbour plan splits the town", "author": {"@type": "Person", "name": "Lena Ortiz"},
            "datePublished": "2024-03-05",
            "articleBody": "The council met on Tuesday evening to discuss the new harbour plan, which has divided the town.\\nThe mayor said the town could not wait another year for the work to begin."}
            </script>
            """)
        let result = WebPage.extract(html)
        #expect(result.paragraphs.count == 2)
        #expect(result.paragraphs[1].hasPrefix("The mayor said"))
        #expect(result.metadata.byline == "Lena Ortiz")
        #expect(result.metadata.title == "Harbour plan splits the town")
    }

    @Test func controlCharactersDoNotReachTheText() {
        let html = page("<article>\(prose)<p>An escape &#27;[31m and a bell \u{07} inside a paragraph of the story itself.</p></article>")
        let last = WebPage.extract(html).paragraphs.last ?? ""
        #expect(last.hasPrefix("An escape"))
        #expect(!last.unicodeScalars.contains { $0.value < 0x20 })  // libxml2 drops what XML forbids
    }
}
