// The pipeline: small passes in a fixed order, each reading the previous passes' output.
//   paragraphs → tokens → sentences → mentions → actors → quotes → nested quotes → content trim → attribution → confidence

public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ text: String) -> Analysis {
        var document = Document(text: text)
        document.paragraphs = ParagraphSplitter.split(document.bytes)
        document.tokens = Tokenizer.tokenize(document.bytes)
        (document.sentences, document.paragraphs) = SentenceSplitter.split(document)
        let candidates = MentionFinder.find(in: document)
        let (actors, mentions) = ActorResolver.resolve(candidates, in: document)
        var analysis = Analysis(document: document, actors: actors, mentions: mentions)
        // One index of the mentions (their order, the sexes of the persons) for the three passes.
        let index = MentionIndex(analysis, quotations: [])
        analysis.quotes = QuoteFinder.find(in: analysis, mentions: index)
        analysis.quotes = NestedQuotes.resolve(analysis.quotes, in: document)
        analysis.quotes = ContentTrim.trim(analysis.quotes, in: document)
        analysis.quotes = Attributor.attribute(analysis.quotes, in: analysis, reusing: index)
        analysis.quotes = QuoteConfidence.assess(analysis.quotes, in: analysis, reusing: index)
        return analysis
    }
}
