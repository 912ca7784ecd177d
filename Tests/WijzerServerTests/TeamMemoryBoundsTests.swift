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

private actor Counter {
    var value = 0
    func add() { value += 1 }
}
