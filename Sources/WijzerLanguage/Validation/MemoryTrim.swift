#if canImport(Glibc)
import Glibc
#endif

/// Gives free heap pages back to the system (glibc's `malloc_trim`), where that exists.
///
/// Checking a big set builds its model from the parsed files' declarations and then frees
/// those: the freed pages stay resident unless given back, and the model's arrays, made next,
/// would add to the peak. Looked up at run time, because the Glibc module does not export it;
/// elsewhere this does nothing.
enum MemoryTrim {
    /// Below this many bytes of input there is too little to give back to be worth a call.
    static let worthwhile = 512 * 1024

    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        return dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
        #else
        return nil
        #endif
    }()

    static func returnFreePages() {
        _ = trim?(0)
    }
}
