// A parsed page as flat arrays in document order, copied out of the C target: node i's
// subtree is the index range i..<end(i), its parent comes before it. Passes walk these arrays
// forwards (top-down) or backwards (bottom-up), never recursively.
import CLibXML2

@inline(__always) func tagID(_ tag: rx_tag) -> Int32 { Int32(bitPattern: tag.rawValue) }

struct HTMLTree {
    private(set) var nodes: [rx_node] = []
    private(set) var attrs: [rx_attr] = []
    private(set) var strings: [UInt8] = []

    /// Parses UTF-8 (or `encoding`) bytes; nil when libxml2 could not build a tree.
    init?(bytes: [UInt8], encoding: String) {
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { rx_parse_html($0.baseAddress, $0.count, encoding) }
        }) else { return nil }
        defer { rx_free(doc) }
        guard doc.pointee.status == Int32(RX_OK) else { return nil }
        let d = doc.pointee
        if d.node_count > 0 { nodes = Array(UnsafeBufferPointer(start: d.nodes, count: Int(d.node_count))) }
        if d.attr_count > 0 { attrs = Array(UnsafeBufferPointer(start: d.attrs, count: Int(d.attr_count))) }
        if d.strings_length > 0 {
            strings = d.strings.withMemoryRebound(to: UInt8.self, capacity: d.strings_length) {
                Array(UnsafeBufferPointer(start: $0, count: d.strings_length))
            }
        }
    }

    var count: Int { nodes.count }
    @inline(__always) func isElement(_ i: Int) -> Bool { nodes[i].kind == Int32(RX_ELEMENT) }
    @inline(__always) func tag(_ i: Int) -> Int32 { nodes[i].tag }
    @inline(__always) func parent(_ i: Int) -> Int { Int(nodes[i].parent) }
    @inline(__always) func end(_ i: Int) -> Int { Int(nodes[i].end) }
    @inline(__always) func textRange(_ i: Int) -> Range<Int> {
        let off = Int(nodes[i].str_off)
        return off..<(off + Int(nodes[i].str_len))
    }

    /// The lower-case tag name of element `i`.
    func name(_ i: Int) -> String { String(decoding: strings[textRange(i)], as: UTF8.self) }

    /// The raw text of text node `i`, entities decoded.
    func text(_ i: Int) -> String { String(decoding: strings[textRange(i)], as: UTF8.self) }

    /// The value of attribute `name` (lower case) on element `i`.
    func attribute(_ i: Int, _ name: StaticString) -> String? {
        guard let range = attributeRange(i, name) else { return nil }
        return String(decoding: strings[range], as: UTF8.self)
    }

    func attributeRange(_ i: Int, _ name: StaticString) -> Range<Int>? {
        let node = nodes[i]
        guard node.attr_count > 0 else { return nil }
        let key = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for a in Int(node.attr_first)..<Int(node.attr_first + node.attr_count) {
            let attr = attrs[a]
            guard Int(attr.name_len) == key.count else { continue }
            let off = Int(attr.name_off)
            var same = true
            for k in 0..<key.count where strings[off + k] != key[k] { same = false; break }
            if same { return Int(attr.value_off)..<Int(attr.value_off + attr.value_len) }
        }
        return nil
    }

    /// The class and id attributes of element `i`, lower-cased and joined by a space.
    func classAndID(_ i: Int) -> [UInt8] {
        var out: [UInt8] = []
        if let r = attributeRange(i, "class") { out += strings[r] }
        if let r = attributeRange(i, "id") {
            if !out.isEmpty { out.append(0x20) }
            out += strings[r]
        }
        for k in out.indices where out[k] >= 0x41 && out[k] <= 0x5A { out[k] |= 0x20 }
        return out
    }
}
