#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SystemPackage
import Testing
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerStorage

/// Fault injection for the save: a writer that fails at every step in turn — the exclusive
/// open, every byte of the writes, the fsync, the rename and the fsync of the folder — and after
/// each failure the session on disk is a whole, loadable state: the previous one when the
/// failure came before the rename, and never a temporary file left behind.
@Suite("save under faults")
struct SaveFaultTests {
    /// Every step costs one unit, every written byte one unit; when the budget is spent the
    /// next step fails with ENOSPC (a write first writes what the budget still allows).
    final class Budget: @unchecked Sendable {
        var left: Int
        init(_ left: Int) { self.left = left }

        func spend() throws(Errno) {
            guard left > 0 else { throw .noSpace }
            left -= 1
        }

        var calls: SaveCalls {
            let real = SaveCalls.system
            return SaveCalls(
                create: { path, permissions throws(Errno) in try self.spend(); return try real.create(path, permissions) },
                write: { fd, bytes throws(Errno) in
                    guard self.left > 0 else { throw .noSpace }
                    let allowed = min(bytes.count, self.left)
                    let n = try real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<allowed]))
                    self.left -= n
                    return n
                },
                sync: { fd throws(Errno) in try self.spend(); try real.sync(fd) },
                rename: { from, to throws(Errno) in try self.spend(); try real.rename(from, to) },
                link: { from, to throws(Errno) in try self.spend(); try real.link(from, to) },
                syncFolder: { folder throws(Errno) in try self.spend(); try real.syncFolder(folder) })
        }
    }

    @Test func everyFailureLeavesAWholeLoadableSession() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (q, stamp) = mini()
        let store = SessionStore(folder: folder.path + "/data")
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        var session = ThemeSession(questionnaire: q, theme: "les", document: ResultDocument(questionnaire: stamp, now: date))
        _ = session.resume()
        session.record(.option("a"), at: date)
        let previous = session.document
        try store.save(previous)
        session.record(.option("b"), at: date.addingTimeInterval(1))
        _ = session.advance()
        session.record(.number(3), at: date.addingTimeInterval(2))
        let next = session.document
        let bytes = ResultCodec.encode(next)
        let path = store.sessionPath("mini")
        // create + bytes + fsync + rename + fsync of the folder
        let steps = 1 + bytes.count + 3
        var failures = 0
        let previousBytes = Data(ResultCodec.encode(previous))
        for budget in 0...steps {
            // The previous state, put back without fsync (hundreds of rounds; the disk is not the point).
            try previousBytes.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            var failed = false
            do {
                try DurableFile.write([(path, bytes)], calls: Budget(budget).calls)
            } catch {
                failed = true
                failures += 1
                #expect(error.status == .cannotSave)
                #expect(error.message.hasPrefix(path + ": "))
            }
            #expect(failed == (budget < steps), "budget \(budget) of \(steps)")
            let onDisk = try ResultFile.read(path)
            // Only a failure of the folder's fsync comes after the rename.
            #expect(onDisk == (budget >= steps - 1 ? next : previous), "budget \(budget) of \(steps)")
            #expect(try store.load(q, stamp: stamp).document == onDisk)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder).filter { $0.hasSuffix(".tmp") } == [],
                    "budget \(budget): no temporary file left")
            #expect(try FilePath(path).stat().permissions.rawValue & 0o777 == 0o600)
        }
        #expect(failures == steps)
    }

    @Test func aPlanUnderFaultsIsWholeOrAbsent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let files = [(path: folder.path + "/plan.md", bytes: Array("# Plan\n".utf8)),
                     (path: folder.path + "/plan.html", bytes: Array("<h1>Plan</h1>\n".utf8))]
        let steps = files.reduce(0) { $0 + 1 + $1.bytes.count + 1 } + files.count + 1
        for budget in 0..<steps {
            #expect(throws: WijzerError.self) { try DurableFile.write(files, calls: Budget(budget).calls) }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            // Before the renames nothing is there; a failed second rename leaves the first file
            // whole (the output is still refused); the folder's fsync fails with both in place.
            #expect(names.allSatisfy { !$0.hasSuffix(".tmp") }, "budget \(budget): \(names)")
            for file in files where names.contains(String(file.path.split(separator: "/").last!)) {
                #expect(try FileReader.read(file.path, limit: 100, expected: "plan", status: .findings) == file.bytes)
            }
            for name in names { try FileManager.default.removeItem(atPath: folder.path + "/" + name) }
        }
        try DurableFile.write(files, calls: Budget(steps).calls)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.html", "plan.md"])
    }
}
