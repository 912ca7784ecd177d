import Foundation

/// Work on many items on all cores whose results are used in the items' order.
enum InOrder {
    /// Applies `transform` to `items` in chunks on all cores (structured concurrency: a task group
    /// with a few chunks in flight) and hands each item with its result to `consume` in the items'
    /// order, so what `consume` builds does not depend on timing. Memory holds only the results
    /// of the chunks in flight.
    static func forEach<Item: Sendable, Output: Sendable>(
        _ items: [Item], chunk: Int = 128,
        transform: @escaping @Sendable (Item) -> Output,
        consume: (Item, Output) -> Void
    ) async {
        let chunks = stride(from: 0, to: items.count, by: chunk).map { $0 ..< min($0 + chunk, items.count) }
        let inFlight = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: (Int, [Output]).self) { group in
            var started = 0
            func start() {
                let c = started, part = items[chunks[c]]
                group.addTask { (c, part.map(transform)) }
                started += 1
            }
            while started < min(inFlight, chunks.count) { start() }
            var finished: [Int: [Output]] = [:]
            var used = 0
            for await (c, outputs) in group {
                finished[c] = outputs
                while let ready = finished.removeValue(forKey: used) {
                    for (i, output) in zip(chunks[used], ready) { consume(items[i], output) }
                    used += 1
                }
                if started < chunks.count { start() }
            }
        }
    }
}
