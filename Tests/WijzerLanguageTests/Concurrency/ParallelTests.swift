import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport

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

    @Test(arguments: [(0, true), (1, true), (5, false), (93, true), (93, false), (1000, true)])
    func itemsComeBackInOrder(count: Int, inParallel: Bool) {
        let calls = Calls()
        let results = Parallel.map(count, inParallel: inParallel) { i -> String in
            calls.record(i)
            return "item \(i)"
        }
        #expect(results == (0..<count).map { "item \($0)" })
        #expect(calls.items.sorted() == Array(0..<count), "every item once")
    }

    @Test
    func smallWorkStaysInOnePiece() {
        #expect(!Parallel.worthSpreading(size: 99, threshold: 100))
        #expect(Parallel.pieces(size: 99, threshold: 100) == 1)
        #expect(Parallel.worthSpreading(size: 100, threshold: 100) == (Parallel.cores > 1))
        #expect(Parallel.pieces(size: 100, threshold: 100) == (Parallel.cores > 1 ? Parallel.cores * 4 : 1))
    }
}
