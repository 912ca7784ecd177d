import Dispatch
import Foundation

/// Splits work over the machine's cores, for sets big enough to gain from it.
enum Parallel {
    /// Whether work of `size` is worth spreading over the cores: at least `threshold` (below
    /// it, starting threads costs more than it gains) and more than one core.
    static func worthSpreading(size: Int, threshold: Int) -> Bool {
        size >= threshold && cores > 1
    }

    /// The cores to use: all of them, up to eight.
    static var cores: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) }

    /// `body(item)` for every item in `0..<count`, the results in item order. With
    /// `inParallel` and several items, on as many threads as cores (this one and new ones),
    /// each item going to whichever thread is free next; else one after the other, here.
    ///
    /// Hand-written rather than `DispatchQueue.concurrentPerform`: Linux kept waking
    /// libdispatch's long-lived worker on the core the caller was running on, and then both
    /// shared one core for a run of checks in a row (a third slower). A thread created for the
    /// work is placed on an idle core.
    static func map<T>(_ count: Int, inParallel: Bool = true, _ body: (Int) -> T) -> [T] {
        let helpers = min(count, cores) - 1
        if !inParallel || helpers < 1 { return (0..<count).map(body) }
        // Each item writes only its own slot.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let shared = Shared()
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            shared.item = { results[$0] = body($0) }
            for _ in 0..<helpers {
                // The thread holds `shared`, never `body`: a `Thread` object may outlive this
                // scope, which `withoutActuallyEscaping` would (rightly) stop on.
                let thread = Thread {
                    shared.work(count)
                    shared.finished.signal()
                }
                thread.stackSize = 8 << 20  // as the main thread's: parsing recurses
                thread.start()
            }
            shared.work(count)
            for _ in 0..<helpers { shared.finished.wait() }
            shared.item = nil
        }
        return results.map { $0! }
    }

    /// What the threads of one `map` share: the work for one item, the next item to take, and
    /// a signal per thread done. (A lock, not `Atomic`, which needs macOS 15; it is taken once
    /// per item, a file or a slice of questions.)
    private final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        /// Set before any thread starts and cleared after all are done.
        var item: ((Int) -> Void)?
        let finished = DispatchSemaphore(value: 0)

        /// Takes items and does them until all `count` are taken.
        func work(_ count: Int) {
            let item = item!
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                if i >= count { return }
                item(i)
            }
        }
    }

    /// How many pieces to cut work of `size` into when it is split by ranges: one below
    /// `threshold`, else four per core. `map` hands pieces out as threads ask for them, so a
    /// core that starts late or is slowed by other work takes fewer, instead of the others
    /// waiting for its half.
    static func pieces(size: Int, threshold: Int) -> Int {
        worthSpreading(size: size, threshold: threshold) ? cores * 4 : 1
    }
}
