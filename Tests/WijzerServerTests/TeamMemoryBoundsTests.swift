import Foundation
import Testing
@testable import WijzerServer
import WijzerReports
import WijzerScoring
import WijzerTestSupport

/// What a long-running server keeps per team session in memory stays bounded: the join budgets
/// (`JoinBudget`) and the reports of the last releases (`TeamReportCache`).
@Suite struct TeamMemoryBoundsTests {
    @Test func joinBudgetsForgetOldSessionsInsteadOfGrowing() async {
        let budget = JoinBudget(capacity: 1, perSecond: 0.001)
        #expect(await budget.take(session: "s0"))
        #expect(await !budget.take(session: "s0"), "one join per session in this budget")
        for i in 1 ..< JoinBudget.remembered { #expect(await budget.take(session: "s\(i)")) }
        // Still within the bound: s0's empty bucket is remembered.
        #expect(await !budget.take(session: "s0"))
        // One session more than the bound: the old buckets go, and s0 starts with a full budget.
        #expect(await budget.take(session: "new"))
        #expect(await budget.take(session: "s0"))
    }

    @Test func theReportCacheMakesOneReportPerReleaseAndStaysBounded() async throws {
        let cache = TeamReportCache()
        let made = Counter()
        let report = TeamReport(TeamAggregator(catalog: TeamCatalog(Bundled.questionnaire, stamp: Bundled.stamp), collectReflections: false).finish(),
                                minimumGroup: 5, baseline: nil)
        let make: @Sendable () async throws -> TeamReport = { await made.add(); return report }
        _ = try await cache.report(session: "a", released: 5, make: make)
        _ = try await cache.report(session: "a", released: 5, make: make)
        #expect(await made.value == 1)
        _ = try await cache.report(session: "a", released: 10, make: make)
        #expect(await made.value == 2)
        for i in 0 ..< TeamReportCache.remembered { _ = try await cache.report(session: "s\(i)", released: 5, make: make) }
        #expect(await made.value == 2 + TeamReportCache.remembered)
        // "a" was forgotten when the bound was reached, so its report is made again.
        _ = try await cache.report(session: "a", released: 10, make: make)
        #expect(await made.value == 3 + TeamReportCache.remembered)
    }
}

extension TeamMemoryBoundsTests {
    /// The instance that makes a release primes its cache with the report of the documents it
    /// released; that report is the one any other instance makes from the stored snapshot.
    /// With the session on all themes (the stored texts are the snapshot's lines) and on one.
    @Test(arguments: [nil, 1])
    func aPrimedReportIsUsedAndEqualsTheSnapshots(themeCount: Int?) async throws {
        var generator = ResultGenerator(questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, seed: 17)
        let all = Bundled.questionnaire.themes.map(\.id.name)
        let themes = Array(all.prefix(themeCount ?? all.count))
        // As the store gives them: read from their stored text.
        let stored = DocumentCache()
        let members = try (0 ..< 8).map { try stored.member(key: "k\($0)", text: DocumentCache.encode(generator.document()), themes: themes) }
        let documents = members.map(\.document)
        let store = try await SQLiteAnswerStore.inMemory()
        let server = WebServer(settings: ServerSettings(), questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, store: store)
        let fromSnapshot = server.teamReport(try TeamSnapshotCodec.decode(TeamSnapshotCodec.encode(members), lines: TeamSnapshotCodec.lineCache()),
                                             themes: themes, minimumGroup: 5)
        #expect(server.teamReport(documents, themes: themes, minimumGroup: 5) == fromSnapshot)
        // From the members as stored, the answers coded once per member: the same report, and
        // a later release codes only who is new or changed.
        #expect(server.teamReport(members: Array(members.prefix(6)), themes: themes, minimumGroup: 5) == server.teamReport(Array(documents.prefix(6)), themes: themes, minimumGroup: 5))
        #expect(server.teamContributions.count == 6)
        #expect(server.teamReport(members: members, themes: themes, minimumGroup: 5) == fromSnapshot)
        #expect(server.teamContributions.count == 8)
        var changed = members[0].document
        changed.name = "Anders"
        let again = try stored.member(key: "k0", text: DocumentCache.encode(changed), themes: themes)
        #expect(server.teamReport(members: [again] + members.dropFirst(), themes: themes, minimumGroup: 5)
            == server.teamReport([again.document] + documents.dropFirst(), themes: themes, minimumGroup: 5))
        #expect(server.teamContributions.count == 9)

        let cache = TeamReportCache()
        let made = Counter()
        await cache.prime(session: "a", released: 8) { await made.add(); return server.teamReport(documents, themes: themes, minimumGroup: 5) }
        let shown = try await cache.report(session: "a", released: 8) { await made.add(); return fromSnapshot }
        #expect(shown == fromSnapshot)
        #expect(await made.value == 1)
        // A later release is made afresh.
        _ = try await cache.report(session: "a", released: 13) { await made.add(); return fromSnapshot }
        #expect(await made.value == 2)
        try await store.close()
    }
}

private actor Counter {
    var value = 0
    func add() { value += 1 }
}
