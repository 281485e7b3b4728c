// The interactive reader: the loop joining the screen models and the ncurses backend. One
// article (`run`), or a library of many (`runLibrary`: the list, and an article opened from
// it); either way one backend and one teardown.
import Foundation
import Model

enum TUI {
    static func makeBackend(mouse: Bool, theme: ThemeChoice?) -> CursesBackend {
        do {
            return try CursesBackend(mouse: mouse, theme: theme)
        } catch let e as CursesBackend.Failure {
            Diagnostics.fail(e.message)
        } catch {
            Diagnostics.fail("cannot start the terminal: \(error)")
        }
    }

    static func run(article: Article, analysis: Analysis, mouse: Bool, theme: ThemeChoice? = nil) {
        let backend = makeBackend(mouse: mouse, theme: theme)
        let size = backend.size
        let state = ReaderState(analysis: analysis, name: article.displayName, colour: backend.colour,
                                width: size.width, height: size.height)
        state.palette = backend.palette
        if let w = article.warnings.first { state.message = w }
        backend.draw(Screen.render(state))
        var status: Int32 = 0
        loop: while true {
            if let sig = backend.exitSignal {
                status = 128 + sig
                break
            }
            if backend.takeContinue() {
                backend.invalidate()
                let s = backend.size
                state.resize(width: s.width, height: s.height)
                backend.draw(Screen.render(state))
            }
            let (key, resized) = backend.readKey()
            if resized {
                let s = backend.size
                state.resize(width: s.width, height: s.height)
            }
            if let key = key {
                switch state.handle(key) {
                case .quit: break loop
                case .copy(let text): state.message = Clipboard.copy(text, terminal: backend)
                case .redraw: backend.invalidate()
                case .none, .back, .nextArticle, .previousArticle: break
                }
            } else if !resized {
                continue
            }
            backend.draw(Screen.render(state))
        }
        backend.finish()
        if status != 0 { exit(status) }
    }
}
