#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SystemPackage
import WijzerScoring

/// Keeps a second Wijzer away from a session that is open in another window.
///
/// Each runner holds the whole session in memory and saves it whole, so two runners on one
/// session would overwrite each other's answers. Merging saves per theme would still lose an
/// answer changed in both windows, so instead the first runner holds an exclusive `flock(2)` on
/// `session-<questionnaire>.lock` for as long as it runs, and a second one stops with a Dutch
/// message naming the first (process id, since when). The kernel drops the lock when the
/// process ends in any way, kill -9 included, so a lock left by a dead process never blocks.
public final class SessionLock {
    private let descriptor: FileDescriptor

    private init(descriptor: FileDescriptor) { self.descriptor = descriptor }

    deinit { try? descriptor.close() }

    /// Takes the lock at `path` (the folder must exist) and writes this process's id and `now`
    /// into it for whoever comes second; a held lock is a `cannotSave` error saying who holds it.
    public static func acquire(_ path: String, now: Date = Date()) throws(WijzerError) -> SessionLock {
        let fd: FileDescriptor
        do {
            fd = try system {
                try FileDescriptor.open(FilePath(path), .readWrite, options: [.create, .closeOnExec],
                                        permissions: .ownerReadWrite)
            }
        } catch {
            throw .file(path, "kan de sessie niet vastzetten", error, status: .cannotSave)
        }
        guard flock(fd.rawValue, LOCK_EX | LOCK_NB) == 0 else {
            let reason = Errno(rawValue: errno)
            let holder = reason == .wouldBlock ? Holder(reading: fd) : nil
            try? fd.close()
            if reason != .wouldBlock {
                throw .file(path, "kan de sessie niet vastzetten", reason, status: .cannotSave)
            }
            throw WijzerError(.cannotSave, busyMessage(holder))
        }
        let text = "pid \(getpid())\nsince \(Int(now.timeIntervalSince1970))\n"
        _ = ftruncate(fd.rawValue, 0)
        _ = try? fd.writeAll(toAbsoluteOffset: 0, Array(text.utf8))
        return SessionLock(descriptor: fd)
    }

    /// "je antwoorden zijn al open in een ander venster (Wijzer, proces 1234, sinds 21:45). …"
    static func busyMessage(_ holder: Holder?) -> String {
        var who = "Wijzer"
        if let holder {
            who += ", proces \(holder.pid)"
            if let since = holder.since { who += ", sinds \(DutchClock.format(since))" }
        }
        return "je antwoorden zijn al open in een ander venster (\(who)). Twee vensters tegelijk zouden "
            + "elkaars antwoorden overschrijven. Stop eerst in dat venster met :stop (of sluit het) en start "
            + "Wijzer dan hier opnieuw."
    }

    /// Who holds the lock, as written into the lock file.
    struct Holder: Equatable {
        var pid: Int32
        var since: Date?

        /// Parses "pid N\nsince SECONDS\n"; nil while the holder has not written it yet.
        init?(text: String) {
            var pid: Int32?
            var since: Date?
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2 else { continue }
                if parts[0] == "pid" { pid = Int32(parts[1]) }
                if parts[0] == "since", let seconds = Int(parts[1]) { since = Date(timeIntervalSince1970: TimeInterval(seconds)) }
            }
            guard let pid else { return nil }
            self.pid = pid
            self.since = since
        }

        init?(reading fd: FileDescriptor) {
            var buffer = [UInt8](repeating: 0, count: 128)
            // swift-system's read takes a raw buffer (no speed reason): the array's own storage, for this call only.
            let count = (try? buffer.withUnsafeMutableBytes { try fd.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
            self.init(text: String(decoding: buffer.prefix(count), as: UTF8.self))
        }
    }
}

/// The time a lock was taken, as a Dutch reader says it: "21:45" today, else "30 november 2026".
enum DutchClock {
    static func format(_ date: Date, now: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard calendar.isDate(date, inSameDayAs: now) else { return DutchDate.long(date) }
        let c = calendar.dateComponents([.hour, .minute], from: date)
        let minute = c.minute ?? 0
        return "\(c.hour ?? 0):\(minute < 10 ? "0" : "")\(minute)"
    }
}
