import SystemPackage

/// Reads whole files into memory, with a size limit and a Dutch failure naming the file. The
/// one reader for questionnaires and result files.
public enum FileReader {
    /// The bytes of the file at `path`. A file larger than `limit` bytes is refused before it is
    /// read ("`path`: bestand is groter dan … MB; dat is geen `expected`"); every failure carries
    /// `status`.
    public static func read(_ path: String, limit: Int, expected: String, status: WijzerError.Status) throws(WijzerError) -> [UInt8] {
        let fd: FileDescriptor
        do {
            // Non-blocking, so that opening a FIFO does not wait for a writer; the type is
            // checked before anything is read (on a regular file the flag changes nothing).
            fd = try system { try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec, .nonBlocking]) }
        } catch {
            throw .file(path, "kan het bestand niet lezen", error, status: status)
        }
        defer { try? fd.close() }
        let tooLarge = WijzerError(status, "\(path): bestand is groter dan \(megabytes(limit)); dat is geen \(expected)")
        do {
            let info = try fd.stat()
            if info.type == .directory { throw Errno.isDirectory }
            if info.type != .regular {
                throw WijzerError(status, "\(path): is geen gewoon bestand maar \(describe(info.type)); Wijzer leest alleen gewone bestanden")
            }
            let expectedSize = Int(info.size)
            if expectedSize > limit { throw tooLarge }
            // One byte more than the size, so the end of the file is seen without growing; a
            // file that grows while it is read still stops at the limit.
            var bytes = [UInt8](repeating: 0, count: max(expectedSize + 1, 4096))
            var count = 0
            while true {
                if count == bytes.count {
                    if count > limit { throw tooLarge }
                    bytes.append(contentsOf: repeatElement(0, count: bytes.count))
                }
                // swift-system's read takes a raw buffer (no speed reason): the array's own storage, for this call only.
                let n = try system { try bytes.withUnsafeMutableBytes { try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...])) } }
                if n == 0 { break }
                count += n
            }
            if count > limit { throw tooLarge }
            bytes.removeLast(bytes.count - count)
            return bytes
        } catch let error as WijzerError {
            throw error
        } catch let errno as Errno {
            throw .file(path, "kan het bestand niet lezen", errno, status: status)
        } catch {
            throw .file(path, "kan het bestand niet lezen", .ioError, status: status)
        }
    }

    /// What a special file is, in Dutch.
    static func describe(_ type: FileType) -> String {
        switch type {
        case .fifo: "een named pipe (FIFO)"
        case .characterSpecial, .blockSpecial: "een apparaat"
        case .socket: "een socket"
        default: "een bijzonder bestand"
        }
    }

    /// "64 MB", "16 MB", "512 kB".
    static func megabytes(_ limit: Int) -> String {
        limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit >> 10) kB"
    }
}
