#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SystemPackage
import Testing
import WijzerTestSupport
@testable import WijzerStorage

/// The one file reader: whole files, a size limit, Dutch failures naming the file.
@Suite("file reader")
struct FileReaderTests {
    @Test func readsAWholeFileLargerThanItsFirstBuffer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = (0 ..< 100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder.path + "/groot.bin"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileReader.read(path, limit: 1 << 20, expected: "test", status: .findings) == bytes)
        let empty = try folder.write("leeg", "")
        #expect(try FileReader.read(empty, limit: 10, expected: "test", status: .findings) == [])
    }

    @Test func refusesAFileOverTheLimitWithItsStatus() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.json", String(repeating: "x", count: 2049))
        #expect(try FileReader.read(path, limit: 2049, expected: "resultaatbestand", status: .findings).count == 2049)
        #expect(throws: WijzerError(.usage, "\(path): bestand is groter dan 2 kB; dat is geen resultaatbestand")) {
            try FileReader.read(path, limit: 2048, expected: "resultaatbestand", status: .usage)
        }
    }

    @Test func failuresAreDutchAndNameThePath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: WijzerError(.findings, "\(folder.path)/weg: kan het bestand niet lezen (bestaat niet)")) {
            try FileReader.read(folder.path + "/weg", limit: 10, expected: "test", status: .findings)
        }
        #expect(throws: WijzerError(.findings, "\(folder.path): kan het bestand niet lezen (is een map)")) {
            try FileReader.read(folder.path, limit: 10, expected: "test", status: .findings)
        }
    }

    @Test func errnoReasonsAreDutch() {
        #expect(Errno.permissionDenied.dutch == "geen toegang")
        #expect(Errno.noSpace.dutch == "de schijf is vol")
        #expect(Errno.badFileDescriptor.dutch.hasPrefix("systeemfout \(EBADF): "), "others keep their number and system text")
    }

    @Test func exitStatusesAreTheDocumentedNumbers() {
        let statuses: [WijzerError.Status] = [.ok, .findings, .usage, .inputEnded, .cannotSave, .signal(2), .signal(15)]
        #expect(statuses.map(\.code) == [0, 1, 2, 3, 4, 130, 143])
    }
}
