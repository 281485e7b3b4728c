// Running work items on N threads: each thread takes the next index until none is left,
// so a slow item does not hold up the others (files differ a lot in size).
import Dispatch
import Foundation

enum Parallel {
    /// Calls `body(i)` for every i in 0..<count, on min(jobs, count) threads (the calling one included).
    static func forEach(count: Int, jobs: Int, _ body: (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for i in 0..<count { body(i) }
            return
        }
        let next = IndexDispenser()
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let i = next.take(below: count) { body(i) }
            }
        }
    }

    /// Hands out 0, 1, 2, … to worker threads.
    private final class IndexDispenser: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}
