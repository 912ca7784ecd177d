#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// The columns of the terminal on `fd` (its window size), else `COLUMNS`, else 80.
    ///
    /// Asked again for every text laid out, so a window made wider or narrower during a
    /// session is used from the next screen on.
    public static func width(fd: Int32) -> Int {
        window(fd)?.columns ?? width(columns: getenv("COLUMNS").map { String(cString: $0) })
    }

    /// The width `COLUMNS` names when it is a positive number, else 80.
    static func width(columns: String?) -> Int { positive(columns) ?? 80 }

    /// The rows of the terminal on `fd` (its window size), else `LINES`, else 24; asked again
    /// for every page, like the width.
    public static func height(fd: Int32) -> Int {
        window(fd)?.rows ?? height(lines: getenv("LINES").map { String(cString: $0) })
    }

    /// The height `LINES` names when it is a positive number, else 24.
    static func height(lines: String?) -> Int { positive(lines) ?? 24 }

    /// The window size of the terminal on `fd`, each part nil when the terminal does not say.
    private static func window(_ fd: Int32) -> (columns: Int?, rows: Int?)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return (size.ws_col > 0 ? Int(size.ws_col) : nil, size.ws_row > 0 ? Int(size.ws_row) : nil)
    }

    /// An environment value that is a positive number.
    private static func positive(_ text: String?) -> Int? {
        guard let text, let n = Int(text), n > 0 else { return nil }
        return n
    }
}
