// Encodings: BOM, HTTP header, <meta>, UTF-8 when valid, else Windows-1252.
import Testing
@testable import WebPage

@Suite struct CharsetTests {
    /// A page with “curly quotes” written as Windows-1252 bytes 0x93 and 0x94.
    private func windows1252Page(meta: String) -> [UInt8] {
        Array("<html><head>\(meta)</head><body><article><p>".utf8) + [0x93] + Array("Caf".utf8) + [0xE9, 0x94]
            + Array(" is what the mayor said, again and again, at the harbour meeting on Tuesday evening in the town hall.</p></article></body></html>".utf8)
    }

    @Test func windows1252DeclaredInMeta() {
        let result = WebPage.extract(windows1252Page(meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"))
        #expect(result.paragraphs.first?.hasPrefix("“Café” is what") == true)
        #expect(result.encoding == "windows-1252")
    }

    @Test func latin1LabelMeansWindows1252() {
        let result = WebPage.extract(windows1252Page(meta: "<meta charset=\"ISO-8859-1\">"))
        #expect(result.paragraphs.first?.hasPrefix("“Café”") == true)
    }

    @Test func undeclaredInvalidUTF8IsReadAsWindows1252() {
        #expect(WebPage.extract(windows1252Page(meta: "")).paragraphs.first?.hasPrefix("“Café”") == true)
    }

    @Test func theHeaderWinsOverMeta() {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><article><p>".utf8)
        bytes += Array("“Café” is what the mayor said, again and again, at the harbour meeting on Tuesday in the hall.</p></article></body></html>".utf8)
        #expect(WebPage.extract(bytes, charset: "utf-8").paragraphs.first?.hasPrefix("“Café”") == true)
        #expect(WebPage.extract(bytes).paragraphs.first?.hasPrefix("â€œ") == true)  // as declared, wrongly
    }

    @Test func byteOrderMarks() {
        let text = "<html><body><article><p>“Café” is what the mayor said, again and again, at the meeting on Tuesday.</p></article></body></html>"
        let utf8 = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(WebPage.extract(utf8).paragraphs.first?.hasPrefix("“Café”") == true)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(WebPage.extract(utf16).paragraphs.first?.hasPrefix("“Café”") == true)
    }

    @Test func otherDeclaredEncodingsGoThroughLibxml2() {
        // "Привет" in windows-1251.
        let bytes = Array("<html><head><meta charset=\"windows-1251\"></head><body><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
            + Array("</p></body></html>".utf8)
        #expect(WebPage.extract(bytes).paragraphs == ["Привет"])
    }

    @Test func htmlIsRecognisedByContent() {
        #expect(WebPage.looksLikeHTML(Array("<!DOCTYPE html><p>x".utf8)))
        #expect(WebPage.looksLikeHTML([0xEF, 0xBB, 0xBF] + Array("\n  <html lang=en>".utf8)))
        #expect(WebPage.looksLikeHTML(Array("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".utf8)))
        #expect(WebPage.looksLikeHTML(Array("<!-- saved page -->\n<HEAD><TITLE>x</TITLE>".utf8)))
        #expect(!WebPage.looksLikeHTML(Array("The mayor said <html> is a tag.".utf8)))
        #expect(!WebPage.looksLikeHTML(Array("<p>Just a fragment</p>".utf8)))
        #expect(!WebPage.looksLikeHTML([]))
    }
}
