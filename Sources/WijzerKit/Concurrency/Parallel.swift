import Dispatch
import Foundation

/// Splits work over the machine's cores, for sets big enough to gain from it.
enum Parallel {
    /// How many parts to split work of `size` into: one below `threshold`, else one per core
    /// (at most eight).
    static func parts(size: Int, threshold: Int) -> Int {
        size < threshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }

    /// `body(part)` for every part in `0..<count`, each on a thread of its own when there are
    /// several; the results in part order.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        // Each part writes only its own slot.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: count) { part in results[part] = body(part) }
        }
        return results.map { $0! }
    }

    /// How many pieces to cut work of `size` into when it is split by ranges: one below
    /// `threshold`, else four per core. `map` hands pieces out as threads ask for them, so a
    /// core that starts late or is slowed by other work takes fewer, instead of the others
    /// waiting for its half.
    static func pieces(size: Int, threshold: Int) -> Int {
        let parts = parts(size: size, threshold: threshold)
        return parts == 1 ? 1 : parts * 4
    }

    /// `body(item)` for every item in `0..<count`, on several threads when `parts` is more than
    /// one; the results in item order. Each item is handed to whichever thread is free next.
    static func map<T>(items count: Int, parts: Int, _ body: (Int) -> T) -> [T] {
        if parts <= 1 || count <= 1 { return (0..<count).map(body) }
        return map(count, body)
    }
}
