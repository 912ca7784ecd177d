import Foundation
import Testing
@testable import WijzerReports
import WijzerScoring

/// A memo of people's figures (`TeamFiguresMemo`) changes how often people are scored, never
/// the report: aggregations that grow as a live team session's releases do give, with one memo,
/// the same four outputs as without, and score each person of one result once.
@Suite struct TeamFiguresMemoTests {
    /// 30 generated results, a copy of one of them, and a person with two result files (as the
    /// runner writes one after every theme, both with the person's respondent id).
    static let documents: [ResultDocument] = {
        var docs = TeamFixture.documents(30, seed: 17)
        docs.insert(docs[3], at: 12)
        var g = TeamFixture.generator(99)
        let themes = TeamFixture.questionnaire.themes.map(\.id.name)
        for theme in themes.prefix(2) {
            var doc = g.document(themes: [theme])
            doc.respondent = "r-twee-bestanden"
            docs.append(doc)
        }
        return docs
    }()

    /// The four outputs of `docs` counted as participants 1, 2, ..., with `memo` or without.
    static func outputs(_ docs: [ResultDocument], catalog: TeamCatalog = TeamFixture.catalog, reflections: Bool = false,
                        memo: TeamFiguresMemo?) -> [String: String] {
        var aggregator = TeamAggregator(catalog: catalog, collectReflections: reflections)
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "deelnemer \(i + 1)") }
        return TeamFixture.outputs(TeamReport(aggregator.finish(memo: memo), minimumGroup: 5, baseline: nil))
    }

    @Test func releasesWithAMemoGiveTheSameReportsAsWithout() {
        let memo = TeamFiguresMemo()
        for count in Array(stride(from: 5, through: Self.documents.count, by: 5)) + [Self.documents.count] {
            let released = Array(Self.documents.prefix(count))
            for reflections in [false, true] {
                #expect(Self.outputs(released, reflections: reflections, memo: memo)
                    == Self.outputs(released, reflections: reflections, memo: nil), "\(count) results, reflections \(reflections)")
            }
        }
        // The person of two files is counted once, with both files.
        var aggregator = TeamAggregator(catalog: TeamFixture.catalog, collectReflections: false)
        for (i, doc) in Self.documents.enumerated() { aggregator.add(doc, from: "d\(i)") }
        #expect(aggregator.finish(memo: memo).results == 31)
    }

    @Test func eachPersonOfOneResultIsScoredOnce() {
        let memo = TeamFiguresMemo()
        var aggregator = TeamAggregator(catalog: TeamFixture.catalog, collectReflections: false)
        // 30 people of one result and a copy of one of them.
        for (i, doc) in Self.documents.prefix(31).enumerated() { aggregator.add(doc, from: "d\(i)") }
        _ = aggregator.finish(memo: memo)
        #expect(memo.scored == 30)
        _ = aggregator.finish(memo: memo)
        #expect(memo.scored == 30, "a second release scores nobody again")
        // A person of two results is scored every time: their figures come from both.
        for (i, doc) in Self.documents.suffix(2).enumerated() { aggregator.add(doc, from: "twee-\(i)") }
        _ = aggregator.finish(memo: memo)
        _ = aggregator.finish(memo: memo)
        #expect(memo.scored == 32)
    }

    /// Another version of the questionnaire (another content hash) has its own figures: a memo
    /// shared by two catalogs gives each the outcome it gives without.
    @Test func aMemoSharedByTwoVersionsKeepsThemApart() {
        let memo = TeamFiguresMemo()
        var stamp = TeamFixture.stamp
        stamp.contentHash = "een-andere-versie"
        let other = TeamCatalog(TeamFixture.questionnaire, stamp: stamp)
        let docs = Array(Self.documents.prefix(20))
        for catalog in [TeamFixture.catalog, other, TeamFixture.catalog] {
            #expect(Self.outputs(docs, catalog: catalog, memo: memo) == Self.outputs(docs, catalog: catalog, memo: nil))
        }
        // 19 people (the 20 results hold one copy), scored once for each version.
        #expect(memo.scored == 2 * 19)
    }
}
