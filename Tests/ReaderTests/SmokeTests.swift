import Testing
@testable import Reader

@Suite struct SmokeTests {
    @Test func articleLoaderRejectsMissingFile() {
        #expect(throws: ArticleLoader.Failure.self) { try ArticleLoader.load(path: "/nonexistent/x.txt", force: false) }
    }
}
