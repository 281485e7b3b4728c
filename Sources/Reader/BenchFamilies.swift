// The hostile input families of `reader bench --adversarial` (issue 14): texts that once made
// a pass quadratic, a quote repeat a quotation, or the stack overflow. Each family builds about
// `size` bytes, deterministically (a fixed-seed generator), from text written here.

struct BenchFamily {
    let name: String
    let make: (Int) -> [UInt8]
}

enum BenchFamilies {
    /// A unit repeated to `size` bytes.
    static func repeated(_ unit: String, _ size: Int) -> [UInt8] {
        let u = Array(unit.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(size + u.count)
        while out.count < size { out += u }
        return out
    }

    /// Units chosen in turn (or by a fixed-seed generator), joined to `size` bytes.
    static func cycled(_ units: [String], _ size: Int, random: Bool = false) -> [UInt8] {
        let u = units.map { Array($0.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(size + 64)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15, i = 0
        while out.count < size {
            if random {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                out += u[Int(state >> 33) % u.count]
            } else {
                out += u[i % u.count]
            }
            i += 1
        }
        return out
    }

    /// Distinct capitalised names, made from syllables: "Balo Kestrin", "Dumi Varrel", …
    static func name(_ i: Int) -> String {
        let a = ["Ba", "Ke", "Do", "Mi", "Ra", "Su", "Te", "Vo", "Li", "Na", "Jo", "Fa"]
        let b = ["lo", "ren", "vik", "sta", "mor", "dal", "nis", "tor", "bek", "lan"]
        let c = ["ski", "ton", "ez", "ova", "berg", "er", "is", "ani"]
        var n = i, s = ""
        for part in [a, b, c, b] {
            s += part[n % part.count]
            n /= part.count
        }
        return s.prefix(1) + s.dropFirst().lowercased()
    }

    static let all: [BenchFamily] = [
        // One sentence of cue verbs.
        BenchFamily(name: "cue-sentence-quoted") { repeated("Officials said the deal \"is off\" and ", $0) },
        BenchFamily(name: "cue-sentence-plain") { repeated("officials said ", $0) },
        BenchFamily(name: "cue-sentence-mixed") {
            cycled(["officials said ", "Smith told reporters ", "according to aides ", "she added ", "he noted that ",
                    "they claimed ", "“it is over” "], $0)
        },
        // Thousands of quotation marks in one paragraph.
        BenchFamily(name: "quotes-straight-balanced") { repeated("\"We will win\" and ", $0) },
        BenchFamily(name: "quotes-straight-unbalanced") { repeated("\"We will win and ", $0) },
        BenchFamily(name: "quotes-curly-balanced") { repeated("“We will win” and ", $0) },
        BenchFamily(name: "quotes-curly-unbalanced") { repeated("“We will win and ", $0) },
        BenchFamily(name: "quotes-guillemets") { repeated("«Nous gagnerons» et ", $0) },
        BenchFamily(name: "quotes-nested") { repeated("“He said ‘we will “win” soon’ today” and ", $0) },
        BenchFamily(name: "quotes-marks-only") { repeated("“”‘’«»\"'", $0) },
        // Names.
        BenchFamily(name: "names-distinct") { size in
            var out: [UInt8] = [], i = 0
            while out.count < size {
                out += Array("\(name(i)) met \(name(i + 7919)) in \(name(i + 104729)). ".utf8)
                i += 1
            }
            return out
        },
        BenchFamily(name: "names-one-person-variants") {
            cycled(["Dr. Alma Reyes spoke. ", "Alma Reyes said it. ", "Reyes left. ", "Ms. Reyes agreed. ",
                    "A. Reyes wrote. ", "Alma M. Reyes nodded. ", "Reyes's aide smiled. ", "ALMA REYES: Yes. "], $0)
        },
        BenchFamily(name: "names-run-no-stop") { repeated("Alma Reyes Carl Benton Thai Democrats Former ", $0) },
        BenchFamily(name: "group-word-run") { repeated("Thai ", $0) },
        BenchFamily(name: "title-modifier-run") { repeated("Former ", $0) },
        // Sentences and paragraphs.
        BenchFamily(name: "short-sentences-one-paragraph") { repeated("He left. ", $0) },
        BenchFamily(name: "paragraphs-open-quotation") { repeated("“It never ends, and it goes on\n\n", $0) },
        BenchFamily(name: "cues-then-open-quotation") { size in
            repeated("Officials said that ", size / 8) + repeated("\n\n“and on and on", size - size / 8)
        },
        BenchFamily(name: "pronouns-after-names") {
            cycled(["Alma Reyes said she would go. ", "He said they left. ", "Carl Benton told her it was over. ",
                    "She said he lied. ", "They said she knew. "], $0)
        },
        BenchFamily(name: "colons-dashes") { repeated("Note: it — was — over: yes — no: ", $0) },
        BenchFamily(name: "speaker-colon-paragraphs") { cycled(["SMITH: We will win this.\n", "Jones: No, you will not.\n"], $0) },
        BenchFamily(name: "quote-said-name-paragraphs") { repeated("“We will win,” said Alma Reyes.\n", $0) },
        BenchFamily(name: "abbreviations") { repeated("Mr. Dr. U.S. Jan. 5 p.m. etc. e.g. Gen. Sen. ", $0) },
        // Tokens and bytes.
        BenchFamily(name: "one-huge-token") { repeated("a", $0) },
        BenchFamily(name: "random-unicode") {
            cycled(["北京", "说", "“", "”", "مرحبا ", "قال ", "👩‍👩‍👧 ", "e\u{301}\u{302} ", "한국어 ", "。", " ", "Ω ", "\u{200D}",
                    "A", ".", "\n"], $0, random: true)
        },
        BenchFamily(name: "nul-bidi-controls") { repeated("word\u{0} \u{202E}said\u{202C} “x\u{2066}y” \u{1B}[0m ", $0) },
        BenchFamily(name: "invalid-utf8") { size in
            var out: [UInt8] = []
            let unit: [UInt8] = Array("Officials said ".utf8) + [0xFF, 0xC3, 0x28, 0x80] + Array(" “it” ".utf8)
            while out.count < size { out += unit }
            return out
        },
    ]
}
