import Foundation
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// What every answer store promises (`AnswerStore`), checked on SQLite and on a real PostgreSQL
/// server alike.
@Suite struct StoreContractTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    @Test(arguments: StoreKind.allCases)
    func createLoadUpdateDelete(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.created == Date(timeIntervalSince1970: 1_800_000_000))
        let changed = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "Test" }
        #expect(changed?.name == "Test")
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Test")
        #expect(try await store.update(link: PrivateLink.make(), questionnaire: stamp.id) { $0.name = "x" } == nil)
        #expect(try await store.load(link: PrivateLink.make(), questionnaire: stamp.id) == nil)
        #expect(try await store.delete(link: link, questionnaire: stamp.id))
        #expect(try await store.load(link: link, questionnaire: stamp.id) == nil)
        #expect(try await !store.delete(link: link, questionnaire: stamp.id))
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aLinkIsCreatedOnce(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        _ = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "eerste" }
        await #expect(throws: StoreError.duplicate) {
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        }
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "eerste")
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aLinkOfAnotherQuestionnaireIsNoLinkHere(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        #expect(try await store.load(link: link, questionnaire: "iets-anders") == nil)
        #expect(try await store.update(link: link, questionnaire: "iets-anders") { $0.name = "x" } == nil)
        #expect(try await !store.delete(link: link, questionnaire: "iets-anders"))
        let kept = try await store.load(link: link, questionnaire: stamp.id)
        #expect(kept != nil && kept?.name == nil)
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeThatThrowsStoresNothing(_ kind: StoreKind) async throws {
        struct Refused: Error {}
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        await #expect(throws: Refused.self) {
            _ = try await store.update(link: link, questionnaire: stamp.id) { document in
                document.name = "half"
                throw Refused()
            }
        }
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == nil)
        try await store.close()
    }

    /// Many tasks change one self-check at once, through two stores on one database (two
    /// server instances): every change is there afterwards.
    @Test(arguments: StoreKind.allCases)
    func concurrentChangesToOneLinkAreNotLost(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let first = try await fixture.open()
        let second = try await fixture.open()
        let link = PrivateLink.make()
        try await first.create(link: link, document: ResultDocument(questionnaire: stamp))
        let questionnaire = stamp.id
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0 ..< 60 {
                let store = i.isMultiple(of: 2) ? first : second
                group.addTask {
                    _ = try await store.update(link: link, questionnaire: questionnaire) { $0.themes.append(ThemeResult(theme: "t\(i)")) }
                }
            }
            try await group.waitForAll()
        }
        let themes = try #require(try await second.load(link: link, questionnaire: questionnaire)).themes.map(\.theme)
        #expect(Set(themes) == Set((0 ..< 60).map { "t\($0)" }) && themes.count == 60)
        try await first.close()
        try await second.close()
    }

    /// Saves of many links at once (on SQLite they share commits): each returns its own
    /// document, a change that throws stores nothing and fails only its own caller, and after
    /// reopening the database every returned save is there.
    @Test(arguments: StoreKind.allCases)
    func concurrentSavesOfManyLinksAreEachStoredOrRefused(_ kind: StoreKind) async throws {
        struct Refused: Error {}
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let links = (0 ..< 40).map { _ in PrivateLink.make() }
        for link in links { try await store.create(link: link, document: ResultDocument(questionnaire: stamp)) }
        let questionnaire = stamp.id
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for (i, link) in links.enumerated() {
                group.addTask {
                    do {
                        let saved = try await store.update(link: link, questionnaire: questionnaire) { document in
                            document.name = "naam \(i)"
                            if i.isMultiple(of: 3) { throw Refused() }
                        }
                        return (i, saved?.name == "naam \(i)")
                    } catch {
                        return (i, false)
                    }
                }
            }
            return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
        }
        #expect(outcomes.count == 40)
        #expect(outcomes.allSatisfy { $0.value == !$0.key.isMultiple(of: 3) })
        try await store.close()
        let reopened = try await fixture.open()
        for (i, link) in links.enumerated() {
            let name = try await reopened.load(link: link, questionnaire: questionnaire)?.name
            #expect(name == (i.isMultiple(of: 3) ? nil : "naam \(i)"), "link \(i)")
        }
        try await reopened.close()
    }

    /// Loads of many links at once (on PostgreSQL they share statements): each returns its own
    /// self-check, nil for an unknown link and for one of another questionnaire, also when
    /// the same link is asked for twice at once; and a load after a save sees it.
    @Test(arguments: StoreKind.allCases)
    func concurrentLoadsOfManyLinksEachReturnTheirOwn(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let other = QuestionnaireStamp(id: "iets-anders", version: "1", contentHash: "def")
        let links = (0 ..< 60).map { _ in PrivateLink.make() }
        for (i, link) in links.enumerated() where !i.isMultiple(of: 5) {
            var document = ResultDocument(questionnaire: i.isMultiple(of: 7) ? other : stamp)
            document.name = "naam \(i)"
            try await store.create(link: link, document: document)
        }
        /// What a load of link `i` for `stamp` must give: nil for the unknown (every fifth) and
        /// for another questionnaire's (every seventh).
        func expected(_ i: Int) -> String? { i.isMultiple(of: 5) || i.isMultiple(of: 7) ? nil : "naam \(i)" }
        let questionnaire = stamp.id
        for round in 0 ..< 3 {
            let loaded = try await withThrowingTaskGroup(of: (Int, String??).self) { group in
                for i in Array(links.indices) + Array(0 ..< 10) {
                    group.addTask { (i, try await store.load(link: links[i], questionnaire: questionnaire).map(\.name)) }
                }
                return try await group.reduce(into: [(Int, String??)]()) { $0.append($1) }
            }
            #expect(loaded.count == 70)
            for (i, name) in loaded { #expect(name == expected(i).map { Optional($0) }, "round \(round), link \(i)") }
        }
        let saved = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in links.indices where expected(i) != nil {
                group.addTask {
                    _ = try await store.update(link: links[i], questionnaire: questionnaire) { $0.name = "nieuw \(i)" }
                    return try await store.load(link: links[i], questionnaire: questionnaire)?.name == "nieuw \(i)"
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(saved.count == 41 && saved.allSatisfy { $0 })
        try await store.close()
    }

    /// A leaked database holds no working link: only the link's SHA-256, in hex.
    @Test(arguments: StoreKind.allCases)
    func linksAreStoredOnlyAsTheirDigest(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = "abcdefghijkmnpqrstuvwxyz23456789"
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        try await store.close()
        #expect(try await fixture.raw("SELECT link_hash FROM self_checks")
            == ["962d1fe87bc7c1136e3473947a84d39e94acbd8cbd1485bf31e2615dd1d07942"])
        #expect(try await fixture.raw("SELECT document FROM self_checks").allSatisfy { !$0.contains(link) })
    }

    /// The rounds before a theme was done again: kept beside the self-check, untouched by saves,
    /// for this questionnaire only, and gone with the self-check.
    @Test(arguments: StoreKind.allCases)
    func earlierRoundsAreKeptBesideTheSelfCheckAndDeletedWithIt(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        #expect(try await store.earlierRounds(link: link, questionnaire: stamp.id) == nil)
        var rounds = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        rounds[theme: "a"].completed = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try await store.keepEarlierRounds(rounds, link: link, questionnaire: stamp.id))
        #expect(try await !store.keepEarlierRounds(rounds, link: PrivateLink.make(), questionnaire: stamp.id))
        #expect(try await !store.keepEarlierRounds(rounds, link: link, questionnaire: "iets-anders"))
        _ = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "na" }
        #expect(try await store.earlierRounds(link: link, questionnaire: stamp.id) == rounds)
        #expect(try await store.earlierRounds(link: link, questionnaire: "iets-anders") == nil)
        #expect(try await store.delete(link: link, questionnaire: stamp.id))
        #expect(try await store.earlierRounds(link: link, questionnaire: stamp.id) == nil)
        #expect(try await fixture.raw("SELECT CAST(COUNT(*) AS TEXT) FROM self_checks WHERE earlier IS NOT NULL") == ["0"])
        try await store.close()
    }
}
