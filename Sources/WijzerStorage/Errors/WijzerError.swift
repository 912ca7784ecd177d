import SystemPackage

/// The one error a `wijzer` command fails with: a Dutch message for the person at the terminal
/// and the exit status that goes with it.
///
/// Domain failures (a file that cannot be read or written, a result file that does not fit)
/// become a `WijzerError` here, at the storage edge; the executable renders it once, as
/// `wijzer <opdracht>: <message>`, the way swift-argument-parser renders its errors in one place.
public struct WijzerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var status: Status
    /// What went wrong, in Dutch, naming the file where there is one. Empty when the command
    /// has already said it (diagnostics, a summary): then only the status counts.
    public var message: String

    public init(_ status: Status, _ message: String = "") {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    /// A system call on `path` failed: "`path`: `action` (`reason`)", e.g.
    /// "a.wijzer: kan het bestand niet lezen (geen toegang)".
    public static func file(_ path: String, _ action: String, _ errno: Errno, status: Status) -> WijzerError {
        WijzerError(status, "\(path): \(action) (\(errno.dutch))")
    }
}
