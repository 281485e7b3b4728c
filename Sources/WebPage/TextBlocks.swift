// Segmentation: the page's visible text cut into blocks, one per paragraph-like run of inline
// content (a <p>, a list item, a heading, the text of a <div> between its child blocks, the
// lines between two <br><br>). Whitespace is collapsed as a browser shows it; a single <br>
// becomes a line break inside the block. Each block records the element that holds it, its
// length, its link text and its commas, which the scoring and cleaning passes read.
import CLibXML2

struct TextBlock {
    enum Kind: Equatable { case paragraph, heading(Int), listItem, quote, preformatted, cell, row, other }
    var owner: Int
    var text: [UInt8]
    /// Letters and other non-space characters (Unicode scalars, not bytes).
    var chars = 0
    var linkChars = 0
    var commas = 0
    var kind: Kind = .other

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

enum TextBlocks {
    /// The blocks of every node not marked in `dropped`, in document order. Cells marked in
    /// `inlineCells` (those of data tables) are read as parts of their row, one block a row.
    static func segment(_ tree: HTMLTree, dropped: [Bool], inlineCells: [Bool]) -> [TextBlock] {
        var builder = Builder(tree: tree, inlineCells: inlineCells)
        var open: [Int] = []  // the open elements, innermost last
        var i = 0
        let n = tree.count
        while i < n {
            while let top = open.last, i >= tree.end(top) { builder.close(top); open.removeLast() }
            if tree.isElement(i) {
                if dropped[i] {
                    if TagKinds.isBlock(tree.tag(i)) { builder.flush() }
                    i = tree.end(i)
                    continue
                }
                builder.open(i)
                open.append(i)
            } else {
                builder.appendText(i)
            }
            i += 1
        }
        while let top = open.popLast() { builder.close(top) }
        builder.flush()
        return builder.blocks
    }

    private struct Builder {
        let tree: HTMLTree
        var blocks: [TextBlock] = []
        var current: TextBlock? = nil
        /// Open block elements, innermost last: the owner of the text being read.
        var blockStack: [Int] = []
        var linkDepth = 0, preDepth = 0, quoteDepth = 0
        var pendingSpace = false, pendingBreak = false
        var textSinceBreak = true

        let inlineCells: [Bool]

        init(tree: HTMLTree, inlineCells: [Bool]) { self.tree = tree; self.inlineCells = inlineCells }

        @inline(__always) func isBlock(_ i: Int) -> Bool { TagKinds.isBlock(tree.tag(i)) && !inlineCells[i] }

        mutating func open(_ i: Int) {
            let tag = tree.tag(i)
            if tag == tagID(RX_TAG_BR) { lineBreak(); return }
            if isBlock(i) {
                flush()
                blockStack.append(i)
                if tag == tagID(RX_TAG_PRE) { preDepth += 1 }
                if tag == tagID(RX_TAG_BLOCKQUOTE) { quoteDepth += 1 }
            } else if tag == tagID(RX_TAG_A) {
                linkDepth += 1
            } else if tag == tagID(RX_TAG_IMG) {
                pendingSpace = true
            }
        }

        mutating func close(_ i: Int) {
            let tag = tree.tag(i)
            if isBlock(i) {
                flush()
                if blockStack.last == i { blockStack.removeLast() }
                if tag == tagID(RX_TAG_PRE) { preDepth -= 1 }
                if tag == tagID(RX_TAG_BLOCKQUOTE) { quoteDepth -= 1 }
            } else if tag == tagID(RX_TAG_A) {
                linkDepth -= 1
            } else if tag == tagID(RX_TAG_TD) || tag == tagID(RX_TAG_TH) {
                pendingSpace = true
            }
        }

        /// One <br> breaks the line; a second with no text between ends the paragraph.
        mutating func lineBreak() {
            guard current != nil else { return }
            if !textSinceBreak { flush(); return }
            pendingBreak = true
            textSinceBreak = false
        }

        mutating func appendText(_ i: Int) {
            let range = tree.textRange(i)
            let s = tree.strings
            var k = range.lowerBound
            let end = range.upperBound
            while k < end {
                let b = s[k]
                let isSpace: Bool
                var width = 1
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    isSpace = true
                } else if b == 0xC2, k + 1 < end, s[k + 1] == 0xA0 {
                    isSpace = true; width = 2  // no-break space
                } else {
                    isSpace = false
                }
                if isSpace {
                    if preDepth > 0 && b == 0x0A && current != nil { pendingBreak = true } else { pendingSpace = true }
                    k += width
                    continue
                }
                if current == nil {
                    current = TextBlock(owner: blockStack.last ?? -1, text: [], kind: kind())
                    pendingSpace = false; pendingBreak = false
                } else if pendingBreak {
                    current!.text.append(0x0A)
                } else if pendingSpace {
                    current!.text.append(0x20)
                }
                pendingSpace = false; pendingBreak = false
                textSinceBreak = true
                current!.text.append(b)
                if b & 0xC0 != 0x80 {
                    current!.chars += 1
                    if linkDepth > 0 { current!.linkChars += 1 }
                }
                if b == 0x2C { current!.commas += 1 }
                k += 1
            }
        }

        func kind() -> TextBlock.Kind {
            guard let owner = blockStack.last else { return .other }
            let tag = tree.tag(owner)
            if preDepth > 0 { return .preformatted }
            switch tag {
            case tagID(RX_TAG_H1): return .heading(1)
            case tagID(RX_TAG_H2): return .heading(2)
            case tagID(RX_TAG_H3): return .heading(3)
            case tagID(RX_TAG_H4): return .heading(4)
            case tagID(RX_TAG_H5): return .heading(5)
            case tagID(RX_TAG_H6): return .heading(6)
            case tagID(RX_TAG_LI), tagID(RX_TAG_DD), tagID(RX_TAG_DT): return .listItem
            case tagID(RX_TAG_TD), tagID(RX_TAG_TH): return .cell
            case tagID(RX_TAG_TR): return .row
            default: break
            }
            if quoteDepth > 0 { return .quote }
            return tag == tagID(RX_TAG_P) ? .paragraph : .other
        }

        mutating func flush() {
            if let block = current, block.chars > 0, block.owner >= 0 { blocks.append(block) }
            current = nil
            pendingSpace = false; pendingBreak = false
            textSinceBreak = true
        }
    }
}
