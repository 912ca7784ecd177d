import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
@testable import WijzerStorage
import WijzerTestSupport

/// The anonymous respondent id: random, once per data folder, in every result snapshot.
@Suite("Team: respondent id")
struct RespondentIDTests {
    @Test func createdOncePerFolderRandomAndPrivate() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        defer { a.remove(); b.remove() }
        let first = try RespondentID.id(in: a.path + "/wijzer")
        #expect(RespondentID.isValid(first))
        #expect(try RespondentID.id(in: a.path + "/wijzer") == first, "the same folder keeps its id")
        #expect(try RespondentID.id(in: b.path + "/wijzer") != first, "another folder gets another")
        let mode = try FileManager.default.attributesOfItem(atPath: a.path + "/wijzer/respondent")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Never derived from a name, user or machine.
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        #expect(!first.contains(ProcessInfo.processInfo.hostName) && (user.count < 3 || !first.contains(user)))
        _ = try a.write("wijzer/respondent", "kapot")
        let replaced = try RespondentID.id(in: a.path + "/wijzer")
        #expect(RespondentID.isValid(replaced) && replaced != first)
    }

    @Test func everySnapshotOfAFolderCarriesItsID() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = SessionStore(folder: folder.path + "/wijzer")
        let stamp = QuestionnaireStamp(id: "mini", version: "1", contentHash: "0")
        let doc = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_790_000_000))
        let one = try store.snapshot(doc, at: Date(timeIntervalSince1970: 1_790_000_100))
        let two = try store.snapshot(doc, at: Date(timeIntervalSince1970: 1_790_000_200))
        let ids = try [one, two].map { try ResultFile.read($0).respondent }
        let folderID = try RespondentID.id(in: store.folder)
        #expect(ids[0] != nil && ids[0] == ids[1] && ids[0] == folderID)
        #expect(doc.respondent == nil, "the session itself is unchanged")
    }
}
