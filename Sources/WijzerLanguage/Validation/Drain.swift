/// Moves the elements out of an array one by one, for building the model from the parsed files.
///
/// Swift has no consuming loop over an array: `for x in array` copies each element (retaining
/// every reference in it) and releases it again when the array goes, and `reverse()` followed
/// by `popLast()` copied each element twice more, because `reverse` swaps by copying. For the
/// ten thousand declarations and questions of a big set that was a fifth of validation.
/// Hand-written because neither the standard library nor swift-collections moves elements out
/// of an `Array` in order.
enum Drain {
    /// Calls `body` with each element of `array`, in order, moved out (not copied); each slot
    /// is left holding `placeholder`, which should be a value with nothing to release, such as
    /// one made of empty strings and arrays. `array` must not be shared: it would be copied first.
    static func each<T>(_ array: inout [T], placeholder: T, _ body: (consuming T) -> Void) {
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for i in 0..<buffer.count {
                body((base + i).move())
                (base + i).initialize(to: placeholder)
            }
        }
    }
}
