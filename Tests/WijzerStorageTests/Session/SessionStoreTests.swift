#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerStorage

/// Saving, loading, snapshots and changed questionnaires.
@Suite("session store")
struct SessionStoreTests {
    let date = Date(timeIntervalSince1970: 1_800_000_000)

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func savesPrivatelyAndLoadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (q, stamp) = mini()
        let store = SessionStore(folder: folder.path + "/data")
        var s = ThemeSession(questionnaire: q, theme: "les", document: try store.load(q, stamp: stamp, now: date).document)
        _ = s.resume()
        s.record(.option("b"), at: date)
        try store.save(s.document)
        #expect(mode(store.folder) == 0o700)
        #expect(mode(store.sessionPath("mini")) == 0o600)
        let loaded = try store.load(q, stamp: stamp)
        #expect(loaded.document == s.document)
        #expect(loaded.dropped.isEmpty && loaded.notes.isEmpty)
        let snapshot = try store.snapshot(s.document, at: date)
        #expect(snapshot.hasPrefix(store.folder + "/results/mini-20"))
        #expect(mode(snapshot) == 0o600)
        #expect(mode(store.resultsFolder) == 0o700)
    }

    @Test func unreadableSessionIsSetAsideNotLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (q, stamp) = mini()
        let store = SessionStore(folder: folder.path)
        _ = try folder.write("session-mini.json", "{ half")
        let loaded = try store.load(q, stamp: stamp, now: date)
        #expect(loaded.document.themes.isEmpty)
        #expect(loaded.notes.first?.contains("kon niet worden gelezen") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("session-mini.onleesbaar-") })
    }

    @Test func changedQuestionnaireKeepsUnchangedAnswersAndReopensTheme() throws {
        let (q, stamp) = mini()
        var s = ThemeSession(questionnaire: q, theme: "les", document: ResultDocument(questionnaire: stamp, now: date))
        _ = s.resume()
        s.record(.option("b"), at: date); s.advance()
        s.record(.number(3), at: date); s.advance()
        s.record(.text("x"), at: date)
        s.complete(at: date)
        let (changed, newStamp) = mini(miniSet.replacingOccurrences(of: "Hoe vaak corrigeer je?", with: "Hoe vaak verbeter je?")
            .replacingOccurrences(of: "question voornemen", with: "question plan"))
        let (migrated, dropped) = SessionMigration.migrate(s.document, to: changed, stamp: newStamp)
        #expect(dropped.map(\.question) == ["toets.vaak", "toets.voornemen"])
        #expect(dropped.map(\.reason) == [.changed, .removed])
        #expect(dropped[0].message.contains("Hoe vaak verbeter je?"))
        #expect(migrated[theme: "les"].answers.map(\.question) == ["toets.zeg"])
        #expect(migrated[theme: "les"].completed == nil, "reopened so the changed question is asked")
        #expect(migrated.questionnaire == newStamp)
    }

    @Test func defaultFolderFollowsXDG() {
        #expect(SessionStore.defaultFolder(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/wijzer")
        #expect(SessionStore.defaultFolder(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/wijzer")
        #expect(SessionStore.defaultFolder(environment: [:]) == nil)
    }
}
