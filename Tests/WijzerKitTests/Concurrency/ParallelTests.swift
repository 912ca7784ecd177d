import Synchronization
import Testing
@testable import WijzerKit

/// `Parallel` runs every item once and returns the results in order, however it splits them.
@Suite("Parallel")
struct ParallelTests {
    @Test(arguments: [(0, 2), (1, 2), (5, 1), (93, 2), (93, 3), (1000, 8)])
    func itemsComeBackInOrder(count: Int, parts: Int) {
        let calls = Atomic<Int>(0)
        let results = Parallel.map(items: count, parts: parts) { i -> String in
            calls.add(1, ordering: .relaxed)
            return "item \(i)"
        }
        #expect(results == (0..<count).map { "item \($0)" })
        #expect(calls.load(ordering: .relaxed) == count)
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
