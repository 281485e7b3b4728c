// Article extraction on pages written for these tests.
import Testing
@testable import WebPage

@Suite struct ExtractionTests {
    static func page(_ body: String, head: String = "") -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    @Test func articleParagraphsWithoutNavigation() {
        let html = Self.page("""
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="article-body">
            <p>The council met on Tuesday evening to discuss the new harbour plan, which has divided the town.</p>
            <p>"We cannot wait another year," said the mayor, Ana Ruiz, who proposed the plan in March.</p>
            </div>
            <div class="related"><a href="/a">Other story one</a><a href="/b">Other story two</a></div>
            """)
        let page = WebPage.extract(html)
        #expect(page.paragraphs.count == 2)
        #expect(page.paragraphs[0].hasPrefix("The council met"))
        #expect(!page.body.contains("Home"))
        #expect(!page.body.contains("Other story"))
        #expect(page.hasArticle)
    }
}
