import Foundation
import Synchronization
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// Saves written in groups (`SaveQueue`, one group at a time in each store) by two stores on
/// one database at once, as two instances of `wijzer serve` do, the groups sharing links: every
/// save commits (a deadlock would make PostgreSQL abort a group and fail its saves) and no
/// change is lost.
@Suite struct GroupSaveTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    @Test(arguments: StoreKind.allCases)
    func overlappingGroupsOfTwoStoresAllCommit(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let stores = [try await fixture.open(), try await fixture.open()]
        let links = (0 ..< 8).map { _ in PrivateLink.make() }
        for link in links { try await stores[0].create(link: link, document: ResultDocument(questionnaire: stamp)) }
        let questionnaire = stamp.id
        let rounds = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0 ..< rounds {
                // Each store walks the links in its own order, so their groups overlap in every way.
                for (s, store) in stores.enumerated() {
                    for link in s == 0 ? links : links.reversed() {
                        group.addTask {
                            let stored = try await store.update(link: link, questionnaire: questionnaire) {
                                $0.themes.append(ThemeResult(theme: "s\(s)-\(i)"))
                            }
                            #expect(stored?.themes.contains { $0.theme == "s\(s)-\(i)" } == true)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        for link in links {
            let themes = try #require(try await stores[1].load(link: link, questionnaire: questionnaire)).themes.map(\.theme)
            #expect(themes.count == 2 * rounds && Set(themes).count == 2 * rounds)
        }
        for store in stores { try await store.close() }
    }

    /// Another process writes the self-check after the group read it and before its UPDATE (the
    /// change itself runs that writer): the UPDATE leaves it alone, the group reads it again
    /// and applies the save to what the other process wrote. Neither change is lost, and the
    /// other writer did not wait for this store's group (it holds no lock between statements).
    @Test func aSelfCheckChangedByAnotherProcessMeanwhileIsReadAgain() async throws {
        let fixture = try await StoreFixture(.sqlite)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        _ = try await store.update(link: link, questionnaire: stamp.id) { $0.themes.append(ThemeResult(theme: "eerst")) }
        let other = """
            import json, sqlite3, sys
            c = sqlite3.connect(sys.argv[1], timeout=5)
            (text,) = c.execute("SELECT document FROM self_checks").fetchone()
            d = json.loads(text); t = dict(d["themes"][0]); t["theme"] = "ander-proces"; d["themes"].append(t)
            c.execute("UPDATE self_checks SET document = ?", (json.dumps(d),)); c.commit()
            """
        let runs = Mutex(0)
        let path = fixture.address
        let stored = try await store.update(link: link, questionnaire: stamp.id) { document in
            if runs.withLock({ $0 += 1; return $0 }) == 1 {
                let python = Process()
                python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                python.arguments = ["python3", "-c", other, path]
                try python.run()
                python.waitUntilExit()
                #expect(python.terminationStatus == 0)
            }
            document.themes.append(ThemeResult(theme: "deze-save"))
        }
        #expect(runs.withLock { $0 } == 2)
        #expect(stored?.themes.map(\.theme) == ["eerst", "ander-proces", "deze-save"])
        let loaded = try await store.load(link: link, questionnaire: stamp.id)
        #expect(loaded?.themes.map(\.theme) == ["eerst", "ander-proces", "deze-save"])
        try await store.close()
    }
}
