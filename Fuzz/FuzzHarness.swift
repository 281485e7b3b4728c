// libFuzzer entry point (scripts/fuzz.sh builds it): bytes → text decoding → the whole analysis
// → the JSON export. A crash, a trap, an ASan report or a timeout is a finding. With
// FUZZ_AMPLIFY=N, each input is repeated to at least N bytes first, which turns a small input
// into the long sentence or paragraph that exposes a quadratic pass (run with a time limit).
#if canImport(Glibc)
import Glibc
#endif

let amplifyTo: Int = {
    guard let v = getenv("FUZZ_AMPLIFY") else { return 0 }
    return Int(String(cString: v)) ?? 0
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    if amplifyTo > 0 && !bytes.isEmpty {
        let unit = bytes
        bytes.reserveCapacity(amplifyTo + unit.count)
        while bytes.count < amplifyTo { bytes += unit }
    }
    _ = TextDecoding.binaryReason(bytes)
    let text = TextDecoding.decode(bytes).text
    let analysis = Analyzer().analyze(text)
    let json = JSONExport.jsonBytes(analysis, file: "fuzz")
    // What the analysis returns is bounded by the text: every span inside it, and the quotes'
    // content and the JSON in proportion to its size.
    let n = analysis.document.bytes.count
    var content = 0
    for q in analysis.quotes {
        for p in q.parts {
            precondition(0 <= p.start && p.start <= p.end && p.end <= n, "quote part outside the text")
            content += p.length
        }
        if let s = q.speaker { precondition(s.span.start >= 0 && s.span.end <= n, "speaker outside the text") }
    }
    for m in analysis.mentions { precondition(0 <= m.span.start && m.span.start <= m.span.end && m.span.end <= n) }
    precondition(content <= 16 * n + 1024, "quotes repeat the text: \(content) bytes of content from \(n)")
    precondition(json.count <= 400 * n + 4096, "JSON out of proportion: \(json.count) bytes from \(n)")
    return 0
}
