// libFuzzer entry point for web pages (scripts/fuzz-web.sh builds it): bytes → charset →
// libxml2 → extraction → metadata. A crash, a trap, an ASan report or a timeout is a finding;
// so is a paragraph that is empty, has untrimmed spaces, or holds a control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    _ = WebPage.looksLikeHTML(bytes)
    let page = WebPage.extract(bytes, url: "http://127.0.0.1/fuzz")
    for p in page.paragraphs {
        precondition(!p.isEmpty, "empty paragraph")
        precondition(p.first != " " && p.last != " ", "untrimmed paragraph")
        precondition(!p.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control character")
    }
    precondition(page.body.utf8.count <= 4 * bytes.count + 64, "body larger than the page allows")
    _ = page.metadata
    return 0
}
