// `reader --json FILE...`: one JSON object per file, in input order.
import Foundation
import Model

enum BatchJSON {
    /// Returns false when any file failed.
    static func run(paths: [String], jobs: Int, force: Bool) -> Bool {
        var ok = true
        for path in paths {
            do {
                let article = try ArticleLoader.load(path: path, force: force)
                let analysis = Analyzer().analyze(article.text)
                print(JSONExport.json(analysis, file: path))
            } catch let error as ArticleLoader.Failure {
                Diagnostics.warn(error.message)
                print("{\"file\": \(JSONExport.quoted(path)), \"error\": \(JSONExport.quoted(error.message))}")
                ok = false
            } catch {
                ok = false
            }
        }
        return ok
    }
}
