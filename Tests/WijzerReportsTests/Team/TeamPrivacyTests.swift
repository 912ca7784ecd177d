import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
import WijzerTestSupport

@Suite("Team: privacy")
struct TeamPrivacyTests {
    func report(_ docs: [ResultDocument], k: Int = 5, reflections: Bool = false, names: String = "r") throws -> (TeamReport, [String: String]) {
        let report = TeamFixture.report(docs, k: k, reflections: reflections, prefix: names)
        return (report, TeamFixture.outputs(report))
    }

    @Test func noNamesFileNamesUserHostOrTimestamps() throws {
        let docs = TeamFixture.documents(12, seed: 7, name: "Marieke Jansen")
        let (_, outputs) = try report(docs, reflections: true, names: "jansen-marieke")
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let host = ProcessInfo.processInfo.hostName
        let forbidden = ["Marieke", "Jansen", "jansen-marieke", ".json", "wijzer-test-"] + [user, host].filter { $0.count >= 3 }
        let times = try Regex(#"\d{2}:\d{2}(:\d{2})?|\d{4}-\d{2}-\d{2}T"#)
        for (name, output) in outputs {
            // The stylesheet's `:root` selector is not a user name.
            let text = output.replacingOccurrences(of: ":root{", with: "")
            for word in forbidden { #expect(!text.contains(word), "\(name) contains \(word)") }
            #expect(text.firstMatch(of: times) == nil, "\(name) has a time of day")
            for doc in docs { #expect(!text.contains(DutchDate.iso(doc.created)), "\(name) has a creation date") }
        }
    }

    @Test func teamBelowKShowsNoFigures() throws {
        let (r, outputs) = try report(TeamFixture.documents(4, seed: 3))
        #expect(!r.teamShown)
        #expect(r.themes.allSatisfy { $0.scores == nil } && r.questions.allSatisfy { $0.respondents == nil && $0.bars.isEmpty })
        #expect(r.tips.isEmpty && r.topics.isEmpty && r.month == nil)
        #expect(outputs["md"]!.contains("Te weinig antwoorden om te tonen"))
        #expect(!outputs["md"]!.contains("4 resultaten"), "not even the team size")
        for line in outputs["scores"]!.split(separator: "\r\n").dropFirst() { #expect(line.hasSuffix(";;;;;te weinig antwoorden om te tonen")) }
    }

    @Test(arguments: [3, 5])
    func minimumGroupIsHonoured(k: Int) throws {
        let (r, _) = try report(TeamFixture.documents(k, seed: 5, themes: ["lesgeven"], ), k: k)
        #expect(r.teamShown)
        let (below, _) = try report(TeamFixture.documents(k - 1, seed: 5, themes: ["lesgeven"]), k: k)
        #expect(!below.teamShown)
    }

    /// Answered by 4 (k − 1) or 3 of 10: no counts for it. Answered by 5 (k), 8, 9 or 10 of 10:
    /// shown; that 1 or 2 skipped it gives away no answer (docs/TEAM.md).
    @Test(arguments: [(3, false), (4, false), (5, true), (8, true), (9, true), (10, true)])
    func smallGroupsAreHiddenButNotSmallRemainders(answered: Int, shown: Bool) throws {
        let docs = (0 ..< 10).map { i in
            var answers: [String: AnswerValue] = ["toets-nabespreking.fatima": .option(i % 2 == 0 ? "a" : "b")]
            if i < answered { answers["werkplaats-instructie.doorvragen"] = .option("a") }
            return TeamFixture.document(answers, created: 1_790_000_000 + Double(i))
        }
        let (r, outputs) = try report(docs)
        let q = try #require(r.questions.first { $0.id == "werkplaats-instructie.doorvragen" })
        #expect((q.respondents != nil) == shown)
        #expect(q.bars.isEmpty == !shown)
        if !shown {
            let rows = outputs["answers"]!.split(separator: "\r\n").filter { $0.hasPrefix("werkplaats-instructie.doorvragen;") }
            #expect(rows.count == 1 && rows[0].hasSuffix(";;;;;te weinig antwoorden om te tonen"))
            #expect(!outputs["md"]!.contains("(\(answered) antwoorden"))
        }
    }

    /// 6 of 8 did Lesgeven: shown (the 2 others add nothing to subtract); 2 did Voorbereiding: hidden.
    @Test func themeScoresNeedKButNotARemainderOfK() throws {
        var docs = (0 ..< 6).map { TeamFixture.document(["toets-nabespreking.fatima": .option("b")], created: 1_790_000_000 + Double($0)) }
        docs += (0 ..< 2).map { TeamFixture.document(["projectpresentatie.eerste-gedachte": .option("a")], created: 1_790_100_000 + Double($0)) }
        let (r, _) = try report(docs)
        #expect(r.themes.first { $0.id == "lesgeven" }?.scores?.count == 6)
        #expect(r.themes.first { $0.id == "voorbereiding" }?.scores == nil)
    }

    @Test func reflectionsOnlyWithFlagAndTenRespondentsSortedAndUnlinked() throws {
        let reflection = TeamFixture.questionnaire.questions.first { $0.kind == .reflection }!
        let texts = (0 ..< 12).map { "Voornemen \(Character(Unicode.Scalar(UInt8(90 - $0))))" }
        let docs = texts.enumerated().map { i, t in TeamFixture.document([reflection.id: .text(t)], created: 1_790_000_000 + Double(i), shared: true) }
        let (without, md) = try report(docs)
        #expect(without.reflections == nil && !md["md"]!.contains("Voornemen"))
        let (with, _) = try report(docs, reflections: true)
        #expect(with.reflections?.first?.texts == texts.sorted())
        let (nine, _) = try report(Array(docs.prefix(9)), reflections: true)
        #expect(nine.reflections == [])
    }

    @Test func sameFilesInAnyOrderGiveIdenticalBytes() throws {
        let docs = TeamFixture.documents(15, seed: 99)
        let (_, a) = try report(docs, reflections: true, names: "a")
        var g = TeamFixture.generator(1)
        var shuffled = docs
        for i in shuffled.indices.reversed() { shuffled.swapAt(i, g.below(i + 1)) }
        let (_, b) = try report(shuffled, reflections: true, names: "zz")
        #expect(a == b)
    }
}
