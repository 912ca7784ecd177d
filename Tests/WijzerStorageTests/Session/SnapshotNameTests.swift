import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerStorage

/// Result files are never replaced: two snapshots within one second get different names.
@Suite("snapshot names")
struct SnapshotNameTests {
    @Test func snapshotsInTheSameSecondKeepEachOther() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (q, stamp) = mini()
        let store = SessionStore(folder: folder.path + "/data")
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        var documents: [ResultDocument] = []
        var paths: [String] = []
        for answer in ["a", "b", "c"] {
            var s = ThemeSession(questionnaire: q, theme: "les", document: ResultDocument(questionnaire: stamp, now: date))
            _ = s.resume()
            s.record(.option(answer), at: date)
            documents.append(s.document)
            paths.append(try store.snapshot(s.document, at: date))
        }
        let base = "\(store.resultsFolder)/mini-\(SessionStore.stamp(date))"
        #expect(paths == [base + ".json", base + "-2.json", base + "-3.json"])
        var respondents: Set<String> = []
        for (path, document) in zip(paths, documents) {
            // A snapshot carries the data folder's anonymous respondent id; otherwise it is the document.
            var saved = try ResultFile.read(path)
            respondents.insert(try #require(saved.respondent))
            saved.respondent = nil
            #expect(saved == document)
        }
        #expect(respondents.count == 1, "one data folder, one respondent")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.resultsFolder).count == 3, "no temporary files left")
    }

    @Test func createNeverReplacesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("r.json", "eerst\n")
        #expect(try DurableFile.create(Array("later\n".utf8), at: path) == false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "eerst\n")
        #expect(try DurableFile.create(Array("nieuw\n".utf8), at: folder.path + "/s.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["r.json", "s.json"])
    }
}
