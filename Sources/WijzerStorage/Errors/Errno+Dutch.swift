import SystemPackage

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
