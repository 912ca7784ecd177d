import Foundation
import Testing
@testable import WijzerKit

/// `Parallel` runs every item once and returns the results in order, however it splits them.
@Suite("Parallel")
struct ParallelTests {
    /// The items a body was called with, from any thread.
    private final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [Int] = []
        func record(_ i: Int) { lock.lock(); recorded.append(i); lock.unlock() }
        var items: [Int] { lock.lock(); defer { lock.unlock() }; return recorded }
    }

    @Test(arguments: [(0, 2), (1, 2), (5, 1), (93, 2), (93, 3), (1000, 8)])
    func itemsComeBackInOrder(count: Int, parts: Int) {
        let calls = Calls()
        let results = Parallel.map(items: count, parts: parts) { i -> String in
            calls.record(i)
            return "item \(i)"
        }
        #expect(results == (0..<count).map { "item \($0)" })
        #expect(calls.items.sorted() == Array(0..<count), "every item once")
    }

    @Test(arguments: [0, 1, 2, 7, 64])
    func piecesComeBackInOrder(count: Int) {
        #expect(Parallel.map(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }

    @Test
    func smallWorkStaysInOnePiece() {
        #expect(Parallel.parts(size: 99, threshold: 100) == 1)
        #expect(Parallel.pieces(size: 99, threshold: 100) == 1)
        let parts = Parallel.parts(size: 100, threshold: 100)
        #expect(parts >= 1 && parts <= 8)
        #expect(Parallel.pieces(size: 100, threshold: 100) == (parts == 1 ? 1 : parts * 4))
    }
}
