import Foundation
import SystemPackage
import Testing
import WijzerTestSupport
@testable import WijzerStorage

/// Durable, private writes, and failures that say which file could not be saved.
@Suite("durable file")
struct DurableFileTests {
    func permissions(_ path: String) throws -> FilePermissions {
        FilePermissions(rawValue: try FilePath(path).stat().permissions.rawValue & 0o777)
    }

    @Test func writesPrivatelyAndReplacesWithoutLeftovers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/a/b"
        try DurableFile.ensurePrivateDirectory(data)
        #expect(try permissions(data) == .ownerReadWriteExecute)
        try DurableFile.write(Array("een".utf8), to: data + "/s.json")
        try DurableFile.write(Array("twee".utf8), to: data + "/s.json")
        #expect(try FileReader.read(data + "/s.json", limit: 100, expected: "test", status: .findings) == Array("twee".utf8))
        #expect(try permissions(data + "/s.json") == .ownerReadWrite)
        try DurableFile.write([], to: data + "/eigen.wijzer", permissions: [.ownerReadWrite, .groupRead, .otherRead])
        #expect(try permissions(data + "/eigen.wijzer") == [.ownerReadWrite, .groupRead, .otherRead])
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).sorted() == ["eigen.wijzer", "s.json"])
    }

    @Test func failuresCannotSaveAndNameThePath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bestand", "")
        #expect(throws: WijzerError(.cannotSave, "\(file)/x.json: kan niet opslaan (een deel van het pad is geen map)")) {
            try DurableFile.write([1], to: file + "/x.json")
        }
        #expect(throws: WijzerError(.cannotSave, "\(file)/sub: kan de map niet maken (een deel van het pad is geen map)")) {
            try DurableFile.ensurePrivateDirectory(file + "/sub")
        }
        #expect(throws: WijzerError(.cannotSave, "\(file): is geen map")) {
            try DurableFile.ensurePrivateDirectory(file)
        }
    }
}
