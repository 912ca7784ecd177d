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

    /// The same error with another exit status (e.g. a read failure that is a usage error here).
    public func with(status: Status) -> WijzerError {
        WijzerError(status, message)
    }
}

extension Errno {
    /// The reason in Dutch for the failures people meet; others keep the system's own text.
    public var dutch: String {
        switch self {
        case .noSuchFileOrDirectory: "bestaat niet"
        case .permissionDenied, .notPermitted: "geen toegang"
        case .isDirectory: "is een map"
        case .notDirectory: "een deel van het pad is geen map"
        case .fileExists: "bestaat al"
        case .noSpace: "de schijf is vol"
        case .diskQuotaExceeded: "je schijfruimte (quotum) is op"
        case .readOnlyFileSystem: "de schijf is alleen-lezen"
        case .fileNameTooLong: "de naam is te lang"
        case .tooManySymbolicLinkLevels: "te veel symbolische koppelingen"
        case .ioError: "leesfout of schrijffout van de schijf"
        case .fileTooLarge: "het bestand is te groot"
        default: "systeemfout \(rawValue): \(description)"
        }
    }
}

/// Runs a swift-system call, whose functions throw untyped, as a typed `Errno` throw.
func system<T>(_ body: () throws -> T) throws(Errno) -> T {
    do {
        return try body()
    } catch let errno as Errno {
        throw errno
    } catch {
        // swift-system throws nothing else; keep a readable reason if that ever changes.
        throw Errno.ioError
    }
}
