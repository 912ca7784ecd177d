import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `Drain.each` hands out every element once, in order, moved out of the array.
@Suite("Drain")
struct DrainTests {
    private final class Counter {
        var freed = 0
    }

    private final class Box {
        let value: Int
        let counter: Counter
        init(_ value: Int, _ counter: Counter) { (self.value, self.counter) = (value, counter) }
        deinit { counter.freed += 1 }
    }

    @Test(arguments: [0, 1, 7, 300])
    func elementsMoveOutInOrder(count: Int) {
        let counter = Counter()
        var array = (0..<count).map { Box($0, counter) }
        let placeholder = Box(-1, Counter())
        var seen: [Int] = []
        Drain.each(&array, placeholder: placeholder) { box in seen.append(box.value) }
        #expect(seen == Array(0..<count))
        // Moved, not copied: the array no longer holds the elements, so once the body let go
        // of them they are gone, while the array itself is still alive.
        #expect(counter.freed == count)
        #expect(array.count == count)
        #expect(array.allSatisfy { $0 === placeholder })
    }
}
