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
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
        return width(columns: getenv("COLUMNS").map { String(cString: $0) })
    }

    /// The width `COLUMNS` names when it is a positive number, else 80.
    static func width(columns: String?) -> Int {
        guard let columns, let n = Int(columns), n > 0 else { return 80 }
        return n
    }

    /// The rows of the terminal on `fd` (its window size), else `LINES`, else 24; asked again
    /// for every page, like the width.
    public static func height(fd: Int32) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 { return Int(size.ws_row) }
        return height(lines: getenv("LINES").map { String(cString: $0) })
    }

    /// The height `LINES` names when it is a positive number, else 24.
    static func height(lines: String?) -> Int {
        guard let lines, let n = Int(lines), n > 0 else { return 24 }
        return n
    }
}
