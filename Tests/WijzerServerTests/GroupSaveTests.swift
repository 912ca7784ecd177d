import Foundation
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// Saves written in groups (`SaveQueue`, several groups at once on PostgreSQL) by two stores on
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
}
