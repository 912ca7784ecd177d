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

    /// `body(item)` for every item in `0..<count`, the items dealt over `parts` threads (part
    /// `p` takes items `p`, `p + parts`, ...); the results in item order.
    static func map<T>(items count: Int, parts: Int, _ body: (Int) -> T) -> [T] {
        let parts = max(1, min(parts, count))
        if parts == 1 { return (0..<count).map(body) }
        let dealt = map(parts) { part in stride(from: part, to: count, by: parts).map(body) }
        return (0..<count).map { dealt[$0 % parts][$0 / parts] }
    }
}
