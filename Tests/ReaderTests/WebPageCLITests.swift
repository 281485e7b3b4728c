// Web pages through the whole program: the loader recognises them, `reader extract` prints
// the body, `--json` carries "text" and "meta", batch and bench take mixed .txt/.html.
import Foundation
import Testing
@testable import Reader

private let article = """
    <!DOCTYPE html>
    <html><head><title>Harbour plan splits the town | Example News</title>
    <meta property="og:title" content="Harbour plan splits the town">
    <meta name="author" content="Lena Ortiz">
    <meta property="article:published_time" content="2024-03-05T09:00:00Z">
    <meta property="og:site_name" content="Example News">
    <style>body { font-family: "Georgia"; }</style></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Harbour plan splits the town</h1>
    <p>The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months.</p>
    <p>&ldquo;We cannot wait another year,&rdquo; said the mayor, Ana Ruiz, who proposed the plan in March.</p>
    <p>According to the port authority, the work would take three years and cost twelve million euros.</p>
    </article><script>var q = "\\"quoted\\" said nobody"; document.write("</p>leak");</script></body></html>
    """

private let login = """
    <!DOCTYPE html><html><head><title>Sign in</title></head><body>
    <form method="post"><p>Sign in with your email address and password to read the full story and comment.</p>
    <input type="email"><input type="password"><button>Sign in</button></form></body></html>
    """

@Suite struct WebPageCLITests {
    @Test func theLoaderOpensAPageAsHeadlineHeaderAndBody() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(article, "story.html", in: dir)
        let a = try ArticleLoader.load(path: path, force: false)
        #expect(a.text == """
            Harbour plan splits the town

            By Lena Ortiz · 2024-03-05 · Example News

            The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months.

            “We cannot wait another year,” said the mayor, Ana Ruiz, who proposed the plan in March.

            According to the port authority, the work would take three years and cost twelve million euros.

            """)
        #expect(a.page?.metadata.byline == "Lena Ortiz")
        #expect(a.warnings.isEmpty)
    }

    @Test func htmlIsRecognisedByContentWhateverTheName() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write("\u{FEFF}\n  " + article, "saved.txt", in: dir)
        let a = try ArticleLoader.load(path: path, force: false)
        #expect(a.page != nil)
        #expect(!a.text.contains("<p>"))
        let text = try CLI.write("The mayor said <p> is a tag, and \"quotes\" are kept.", "plain.txt", in: dir)
        #expect(try ArticleLoader.load(path: text, force: false).page == nil)
    }

    @Test func extractPrintsTheBodyOnly() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(article, "story.html", in: dir)
        let r = try CLI.run(["extract", path])
        #expect(r.status == 0)
        #expect(r.out == """
            The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months.

            “We cannot wait another year,” said the mayor, Ana Ruiz, who proposed the plan in March.

            According to the port authority, the work would take three years and cost twelve million euros.

            """)
        let piped = try CLI.run(["extract", "-"], stdin: Data(article.utf8))
        #expect(piped.out == r.out)
    }

    @Test func extractJSONAddsTheMetadata() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(article, "story.html", in: dir)
        let object = try CLI.jsonObject(try CLI.run(["extract", "--json", path]))
        #expect((object["text"] as? String)?.hasPrefix("The council met") == true)
        #expect(object["title"] as? String == "Harbour plan splits the town")
        #expect(object["byline"] as? String == "Lena Ortiz")
        #expect(object["date"] as? String == "2024-03-05T09:00:00Z")
        #expect(object["site"] as? String == "Example News")
        #expect(object["url"] == nil)
    }

    @Test func aPageWithNoArticle() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(login, "login.html", in: dir)
        let r = try CLI.run(["extract", path])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.stderr == "reader: \(path): no article found in this page\n")
        // The reader still opens it, with the message.
        let plain = try CLI.run(["--plain", path])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("no article found"))
        #expect(!plain.out.contains("password"))
    }

    @Test func jsonCarriesTextAndMetaAndMixesWithTextFiles() throws {
        let dir = try CLI.tempDirectory()
        let page = try CLI.write(article, "a.html", in: dir)
        let text = try CLI.write("\"We will see,\" said the mayor.\n", "b.txt", in: dir)
        let r = try CLI.run(["--json", "--jobs", "2", page, text])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        let pageText = first?["text"] as? String ?? ""
        #expect(pageText.hasPrefix("Harbour plan splits the town\n\nBy Lena Ortiz"))
        #expect((first?["meta"] as? [String: Any])?["site"] as? String == "Example News")
        // Offsets index "text": the quote's first part is the sentence in quotation marks.
        let quotes = first?["quotes"] as? [[String: Any]] ?? []
        let part = quotes.first?["content"] as? [String: Any]
        let scalars = Array(pageText.unicodeScalars)
        if let s = part?["start"] as? Int, let e = part?["end"] as? Int, s < e, e <= scalars.count {
            let quoted = String(String.UnicodeScalarView(scalars[s..<e]))
            #expect(quoted.contains("We cannot wait another year"))
        } else {
            Issue.record("no quote part in \(quotes)")
        }
        #expect(!pageText.contains("font-family") && !pageText.contains("leak") && !pageText.contains("nobody"))
        #expect(second?["meta"] == nil && second?["text"] == nil)
    }

    @Test func benchTakesADirectoryOfPagesAndTexts() throws {
        let dir = try CLI.tempDirectory()
        try CLI.write(article, "a.html", in: dir)
        try CLI.write("\"We will see,\" said the mayor.\n", "b.txt", in: dir)
        let r = try CLI.run(["bench", dir.path, "--repeat", "1"])
        #expect(r.status == 0)
        #expect(r.out.contains("bench: 2 files"))
        #expect(r.out.contains("pages/s: "))
    }

    @Test func controlCharactersInAPageNeverReachTheTerminal() throws {
        let dir = try CLI.tempDirectory()
        let html = article.replacingOccurrences(of: "for months.", with: "for months.\u{1B}[2J\u{07}")
        let path = try CLI.write(html, "esc.html", in: dir)
        let r = try CLI.run(["extract", path])
        #expect(r.status == 0)
        #expect(!r.stdout.contains(0x1B) && !r.stdout.contains(0x07))
        #expect(r.out.contains("for months."))
    }
}
