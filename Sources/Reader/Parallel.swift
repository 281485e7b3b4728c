// Running work items on N threads: each thread takes the next index until none is left,
// so a slow item does not hold up the others (files differ a lot in size).
import Dispatch
import Foundation

enum Parallel {
    /// Calls `body(i)` for every i in 0..<count, on min(jobs, count) threads (the calling one included).
    static func forEach(count: Int, jobs: Int, _ body: @escaping (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for i in 0..<count { body(i) }
            return
        }
        let next = IndexDispenser()
        // Dedicated threads rather than Dispatch's shared pool, so `jobs` threads really run
        // even when the pool is busy (concurrentPerform may then run the work serially).
        // (The body escapes: a finished thread may release its closure a moment after signalling.)
        let box = UncheckedBox(body)
        let done = DispatchSemaphore(value: 0)
        for _ in 1..<workers {
            let thread = Thread {
                while let i = next.take(below: count) { box.value(i) }
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        while let i = next.take(below: count) { body(i) }
        for _ in 1..<workers { done.wait() }
    }

    /// Carries the body to the worker threads.
    private final class UncheckedBox<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
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
