import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerStorage

/// The one folder walker: files with one extension, recursively, sorted, hidden ones skipped.
@Suite("folder walker")
struct FolderWalkerTests {
    @Test func findsFilesByExtensionSortedAndSkipsHidden() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.wijzer", "a.wijzer", "sub/c.wijzer", "sub/deep/d.wijzer", "notes.txt", "x.wijzer.bak",
                     ".#a.wijzer", ".hidden/e.wijzer", "sub/.f.wijzer.123.tmp"] {
            _ = try folder.write(name, "")
        }
        let found = try FolderWalker.files(in: folder.path + "/", extension: "wijzer", status: .usage)
        #expect(found == ["a.wijzer", "b.wijzer", "sub/c.wijzer", "sub/deep/d.wijzer"].map { folder.path + "/" + $0 })
    }

    @Test func walksEveryRealFolderOnceWhateverLinksLeadThere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("echt/a.json", "{}")
        _ = try folder.write("gedeeld/b.json", "{}")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/echt/link", withDestinationPath: "../gedeeld")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/echt/lus", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/zz", withDestinationPath: "echt")
        let found = try FolderWalker.files(in: folder.path, extension: "json", status: .findings)
        #expect(found == ["echt/a.json", "echt/link/b.json"].map { folder.path + "/" + $0 })
    }

    @Test func aFolderThatCannotBeReadIsAFailureNamingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bestand", "")
        #expect(throws: WijzerError(.findings, "\(file): kan de map niet lezen (een deel van het pad is geen map)")) {
            try FolderWalker.files(in: file, extension: "json", status: .findings)
        }
    }
}
