// `reader extract FILE|URL`: the article body of a web page as plain text, paragraphs
// separated by blank lines (no headline, no byline); `--json` adds what the page says about
// itself. A page with no article is an error (exit 1), never an empty success.
import ArgumentParser
import Foundation
import Model
import WebPage

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article text of a web page (a saved .html file, '-' for standard input, or an http(s) address).",
        discussion: """
            Prints the body alone, paragraphs separated by blank lines. --json prints one JSON object \
            with "text" (the body) and "title", "byline", "date", "site", "url" when the page gives them. \
            Exit status 1 when the page cannot be read or holds no article.
            """)

    @Argument(help: "A saved web page, '-' for standard input, or an http:// or https:// address.")
    var source: String

    @Flag(name: .long, help: "Print a JSON object with the text and the page's metadata.")
    var json = false

    func run() throws {
        StandardOutput.prepare()
        let name = source == "-" ? "<stdin>" : Sanitizer.visible(source)
        let page: ExtractedPage
        do {
            if WebFetcher.isURL(source) {
                let fetched = try WebFetcher.fetch(source)
                page = WebPage.extract(fetched.bytes, charset: fetched.charset, url: fetched.url)
            } else {
                let bytes = try ArticleLoader.readBytes(path: source, name: name)
                if let reason = TextDecoding.binaryReason(bytes), !WebPage.looksLikeHTML(bytes) {
                    throw ArticleLoader.Failure(message: "\(name): not a web page (\(reason))")
                }
                page = WebPage.extract(bytes)
            }
        } catch let failure as ArticleLoader.Failure {
            Diagnostics.fail(failure.message)
        }
        guard page.hasArticle else { Diagnostics.fail("\(name): no article found in this page") }
        if json {
            StandardOutput.write(Self.json(page) + "\n")
        } else {
            StandardOutput.write(Self.plain(page))
        }
    }

    /// Paragraphs separated by blank lines, control characters shown as placeholders.
    static func plain(_ page: ExtractedPage) -> [UInt8] {
        var out: [UInt8] = []
        for (i, paragraph) in page.paragraphs.enumerated() {
            if i > 0 { out += [0x0A, 0x0A] }
            for (k, line) in paragraph.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { out.append(0x0A) }
                Sanitizer.appendVisible(Array(line.utf8)[...], to: &out)
            }
        }
        out.append(0x0A)
        return out
    }

    static func json(_ page: ExtractedPage) -> String {
        var fields = ["\"text\": " + JSONExport.quoted(page.body)]
        fields += metaFields(page.metadata)
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// "title": …, "byline": … for the fields the page gave.
    static func metaFields(_ m: PageMetadata) -> [String] {
        [("title", m.title), ("byline", m.byline), ("date", m.date), ("site", m.site), ("url", m.url)]
            .compactMap { key, value in value.map { "\"\(key)\": " + JSONExport.quoted($0) } }
    }
}
