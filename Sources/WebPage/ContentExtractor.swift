// Finding the article in a page, in the manner of Mozilla Readability: page furniture is
// dropped (by tag, role, hidden state, class and id words), every paragraph of 25 characters
// or more scores its container (1 + commas + length/100), passing half to the grandparent and
// less further up; the best container after link density wins, with its siblings that score
// near it; lists, tables and divs made of links are cleaned out of it. When too little
// survives, the pass is retried with the class rules off (the relaxed pass).
import CLibXML2

struct ContentExtractor {
    let tree: HTMLTree
    /// Per element, from one bottom-up pass: text characters inside <p>, and counts used by cleaning.
    private var paragraphChars: [Int32]
    private var hasPassword: [Bool]
    private var verdicts: [ClassNames.Verdict?]

    init(tree: HTMLTree) {
        self.tree = tree
        let n = tree.count
        paragraphChars = [Int32](repeating: 0, count: n)
        hasPassword = [Bool](repeating: false, count: n)
        verdicts = [ClassNames.Verdict?](repeating: nil, count: n)
        var inParagraph = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let p = tree.parent(i)
            if tree.isElement(i) {
                inParagraph[i] = (p >= 0 && inParagraph[p]) || tree.tag(i) == tagID(RX_TAG_P)
                if tree.tag(i) == tagID(RX_TAG_INPUT), let type = tree.attribute(i, "type"), type.lowercased() == "password" {
                    hasPassword[i] = true
                }
                if tree.attributeRange(i, "class") != nil || tree.attributeRange(i, "id") != nil {
                    verdicts[i] = ClassNames.judge(tree.classAndID(i))
                }
            } else if p >= 0 && inParagraph[p] {
                paragraphChars[p] += Int32(clamping: Self.visibleChars(tree, i))
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            let p = tree.parent(i)
            guard p >= 0, tree.isElement(i) else { continue }
            paragraphChars[p] += paragraphChars[i]
            if hasPassword[i] { hasPassword[p] = true }
        }
    }

    static func visibleChars(_ tree: HTMLTree, _ i: Int) -> Int {
        var count = 0
        for b in tree.strings[tree.textRange(i)] where b > 0x20 && b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    struct Options {
        var classRules = true
        var cleaning = true
    }

    /// The article's blocks, in document order.
    func extract(_ options: Options) -> [TextBlock] {
        let dropped = dropMarks(options)
        let dataTables = dataTableMarks()
        var inlineCells = [Bool](repeating: false, count: tree.count)
        for i in 0..<tree.count where tree.isElement(i) {
            let tag = tree.tag(i)
            if tag == tagID(RX_TAG_TD) || tag == tagID(RX_TAG_TH) {
                var t = tree.parent(i)  // the cell's table: up through tr and tbody/thead/tfoot
                var steps = 0
                while t >= 0 && tree.tag(t) != tagID(RX_TAG_TABLE) && steps < 3 { t = tree.parent(t); steps += 1 }
                if t >= 0 && dataTables[t] { inlineCells[i] = true }
            }
        }
        let blocks = TextBlocks.segment(tree, dropped: dropped, inlineCells: inlineCells)
        guard !blocks.isEmpty else { return [] }
        let n = tree.count
        // Subtree sums of block text, link text and commas.
        var chars = [Int32](repeating: 0, count: n), links = [Int32](repeating: 0, count: n)
        var commas = [Int32](repeating: 0, count: n), paragraphs = [Int32](repeating: 0, count: n)
        var items = [Int32](repeating: 0, count: n)
        for b in blocks {
            chars[b.owner] += Int32(clamping: b.chars); links[b.owner] += Int32(clamping: b.linkChars)
            commas[b.owner] += Int32(clamping: b.commas)
            if b.kind == .paragraph { paragraphs[b.owner] += 1 }
            if b.kind == .listItem { items[b.owner] += 1 }
        }
        for i in stride(from: n - 1, through: 1, by: -1) where tree.isElement(i) {
            let p = tree.parent(i)
            guard p >= 0 else { continue }
            chars[p] &+= chars[i]; links[p] &+= links[i]; commas[p] &+= commas[i]
            paragraphs[p] &+= paragraphs[i]; items[p] &+= items[i]
        }
        func density(_ i: Int) -> Double { chars[i] == 0 ? 0 : Double(links[i]) / Double(chars[i]) }

        // Scores: each paragraph to its container (level 0), half to the next, then /(3·level).
        var score = [Double](repeating: 0, count: n)
        var scored = [Bool](repeating: false, count: n)
        var candidates: [Int] = []
        for b in blocks where b.chars >= 25 && b.kind != .row {
            if case .heading = b.kind { continue }
            let points = 1 + Double(b.commas) + min(3, Double(b.chars) / 100)
            // A paragraph element scores its container; text straight in a container scores it.
            var a = Self.isParagraphLike(tree.tag(b.owner)) ? tree.parent(b.owner) : b.owner, level = 0
            while a >= 0 && level < 5 {
                if !scored[a] {
                    scored[a] = true
                    score[a] = TagKinds.baseScore(tree.tag(a)) + (options.classRules ? (verdicts[a]?.weight ?? 0) : 0)
                    candidates.append(a)
                }
                score[a] += level == 0 ? points : level == 1 ? points / 2 : points / Double(level * 3)
                a = tree.parent(a)
                level += 1
            }
        }
        for c in candidates { score[c] *= 1 - density(c) }
        var top = -1
        for c in candidates where top < 0 || score[c] > score[top] { top = c }
        if top < 0 {
            // No paragraph long enough to score: the blocks of the body, cleaned below.
            top = blocks[0].owner
            while tree.parent(top) >= 0 && tree.tag(top) != tagID(RX_TAG_BODY) { top = tree.parent(top) }
        } else {
            top = promote(top, score: score, scored: scored, candidates: candidates)
        }

        // Siblings that score near the winner join it.
        var roots = [top]
        let parent = tree.parent(top)
        if parent >= 0 && tree.tag(top) != tagID(RX_TAG_BODY) {
            roots = []
            let threshold = max(10, score[top] * 0.2)
            var s = parent + 1
            while s < tree.end(parent) {
                defer { s = tree.end(s) }
                guard tree.isElement(s), !dropped[s] else { continue }
                if s == top { roots.append(s); continue }
                if scored[s] && score[s] >= threshold { roots.append(s); continue }
                if tree.tag(s) == tagID(RX_TAG_P) {
                    let d = density(s), c = chars[s]
                    if (c > 80 && d < 0.25) || (c > 0 && c <= 80 && d == 0 && endsSentence(blocks, owner: s)) {
                        roots.append(s)
                    }
                }
            }
        }

        // Cleaning: containers of links or of short lines inside the roots are left out.
        var removed = [Bool](repeating: false, count: n)
        if options.cleaning {
            for r in roots {
                var i = r + 1
                while i < tree.end(r) {
                    defer { i += 1 }
                    guard tree.isElement(i) else { continue }
                    let p = tree.parent(i)
                    if p >= 0 && removed[p] { removed[i] = true; continue }
                    let tag = tree.tag(i)
                    guard tag == tagID(RX_TAG_DIV) || tag == tagID(RX_TAG_SECTION) || tag == tagID(RX_TAG_UL)
                        || tag == tagID(RX_TAG_OL) || tag == tagID(RX_TAG_TABLE) || tag == tagID(RX_TAG_DL) else { continue }
                    if dataTables[i] { continue }
                    let weight = options.classRules ? (verdicts[i]?.weight ?? 0) : 0
                    if weight < 0 { removed[i] = true; continue }
                    guard commas[i] < 10 else { continue }
                    let d = density(i)
                    let isList = tag == tagID(RX_TAG_UL) || tag == tagID(RX_TAG_OL) || tag == tagID(RX_TAG_DL)
                    if (weight < 25 && d > 0.2) || (weight >= 25 && d > 0.5)
                        || (!isList && items[i] > paragraphs[i] + 1 && d > 0.1) {
                        removed[i] = true
                    }
                }
            }
        }

        var out: [TextBlock] = []
        var r = 0
        for b in blocks {
            while r < roots.count && b.owner >= tree.end(roots[r]) { r += 1 }
            guard r < roots.count, b.owner >= roots[r] else { continue }
            if removed[b.owner] { continue }
            if case .heading(let level) = b.kind, level == 1 || b.linkDensity > 0.33 { continue }
            if b.linkDensity > 0.5 && b.chars < 300 && b.kind != .row { continue }  // a data table's row is data
            out.append(b)
        }
        return out
    }

    static func isParagraphLike(_ tag: Int32) -> Bool {
        switch tag {
        case tagID(RX_TAG_P), tagID(RX_TAG_LI), tagID(RX_TAG_DD), tagID(RX_TAG_DT), tagID(RX_TAG_PRE),
             tagID(RX_TAG_BLOCKQUOTE), tagID(RX_TAG_H1), tagID(RX_TAG_H2), tagID(RX_TAG_H3), tagID(RX_TAG_H4),
             tagID(RX_TAG_H5), tagID(RX_TAG_H6), tagID(RX_TAG_ADDRESS), tagID(RX_TAG_CENTER): return true
        default: return false
        }
    }

    /// Tables of data rather than layout: header cells or at least three rows, no table, paragraph,
    /// div or list inside. Their rows are kept whole, and cleaning leaves them alone.
    private func dataTableMarks() -> [Bool] {
        let n = tree.count
        var rows = [Int32](repeating: 0, count: n), headers = [Bool](repeating: false, count: n)
        var layout = [Bool](repeating: false, count: n)  // holds a table or a block of prose
        for i in stride(from: n - 1, through: 0, by: -1) where tree.isElement(i) {
            let tag = tree.tag(i)
            let p = tree.parent(i)
            guard p >= 0 else { continue }
            if tag == tagID(RX_TAG_TR) { rows[p] &+= 1 }
            if tag == tagID(RX_TAG_TH) || tag == tagID(RX_TAG_CAPTION) || tag == tagID(RX_TAG_THEAD) { headers[p] = true }
            if tag == tagID(RX_TAG_TABLE) || tag == tagID(RX_TAG_P) || tag == tagID(RX_TAG_DIV) || tag == tagID(RX_TAG_UL)
                || tag == tagID(RX_TAG_OL) || tag == tagID(RX_TAG_BLOCKQUOTE) { layout[p] = true }
            if tag != tagID(RX_TAG_TABLE) {
                rows[p] &+= rows[i]
                if headers[i] { headers[p] = true }
            }
            if layout[i] { layout[p] = true }
        }
        var data = [Bool](repeating: false, count: n)
        for i in 0..<n where tree.isElement(i) && tree.tag(i) == tagID(RX_TAG_TABLE) {
            data[i] = !layout[i] && (headers[i] || rows[i] >= 3)
        }
        return data
    }

    /// Readability's moves up from the best container: to an ancestor holding several other
    /// near-best candidates, to a parent that scores higher, through parents with one child.
    private func promote(_ best: Int, score: [Double], scored: [Bool], candidates: [Int]) -> Int {
        var top = best
        let near = candidates.filter { $0 != top && score[$0] >= score[top] * 0.75 }
            .sorted { score[$0] > score[$1] }.prefix(5)
        if near.count >= 3 {
            var a = tree.parent(top), steps = 0
            while a >= 0 && tree.tag(a) != tagID(RX_TAG_BODY) && steps < 64 {
                if near.filter({ $0 >= a && $0 < tree.end(a) }).count >= 3 { top = a; break }
                a = tree.parent(a); steps += 1
            }
        }
        var last = score[top]
        var a = tree.parent(top), steps = 0
        while a >= 0 && tree.tag(a) != tagID(RX_TAG_BODY) && steps < 64 {
            steps += 1
            if !scored[a] { a = tree.parent(a); continue }
            if score[a] < last / 3 { break }
            if score[a] > last { top = a; break }
            last = score[a]
            a = tree.parent(a)
        }
        while true {
            let p = tree.parent(top)
            guard p >= 0, tree.tag(p) != tagID(RX_TAG_BODY), tree.tag(p) != tagID(RX_TAG_HTML),
                  onlyElementChild(p) == top else { break }
            top = p
        }
        return top
    }

    private func onlyElementChild(_ p: Int) -> Int? {
        var only: Int? = nil
        var c = p + 1
        while c < tree.end(p) {
            if tree.isElement(c) {
                if only != nil { return nil }
                only = c
            } else if Self.visibleChars(tree, c) > 0 {
                return nil
            }
            c = tree.end(c)
        }
        return only
    }

    private func endsSentence(_ blocks: [TextBlock], owner: Int) -> Bool {
        guard let b = blocks.first(where: { $0.owner == owner }), let last = b.text.last else { return false }
        return last == 0x2E
    }

    /// Elements left out with all they hold.
    private func dropMarks(_ options: Options) -> [Bool] {
        let n = tree.count
        var dropped = [Bool](repeating: false, count: n)
        let body = (0..<n).first { tree.isElement($0) && tree.tag($0) == tagID(RX_TAG_BODY) }
        let pageParagraphChars = body.map { Int(paragraphChars[$0]) } ?? 0
        var i = 0
        while i < n {
            defer { i += 1 }
            guard tree.isElement(i) else { continue }
            let p = tree.parent(i)
            if p >= 0 && dropped[p] { dropped[i] = true; continue }
            let tag = tree.tag(i)
            if TagKinds.isNeverText(tag) || isHidden(i) || hasFurnitureRole(i)
                || (tag == tagID(RX_TAG_FORM) && hasPassword[i]) {
                dropped[i] = true
                continue
            }
            if tag != tagID(RX_TAG_BODY), tag != tagID(RX_TAG_HTML), let v = verdicts[i],
               options.classRules ? v.unlikely : v.comments,
               !(v.saysContent && Int(paragraphChars[i]) * 2 >= pageParagraphChars) {
                dropped[i] = true
            }
        }
        return dropped
    }

    private func isHidden(_ i: Int) -> Bool {
        if tree.attributeRange(i, "hidden") != nil { return true }
        if let a = tree.attributeRange(i, "aria-hidden"), tree.strings[a].elementsEqual("true".utf8) { return true }
        if let style = tree.attributeRange(i, "style") {
            let s = Bytes.lowered(tree.strings[style].lazy.filter { $0 != 0x20 })
            if Bytes.contains(s, Self.displayNone) || Bytes.contains(s, Self.visibilityHidden) { return true }
        }
        return false
    }

    private static let displayNone = Array("display:none".utf8), visibilityHidden = Array("visibility:hidden".utf8)

    private func hasFurnitureRole(_ i: Int) -> Bool {
        guard let role = tree.attribute(i, "role")?.lowercased() else { return false }
        return ["navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "dialog",
                "alert", "alertdialog", "search", "tooltip"].contains(role)
    }
}
