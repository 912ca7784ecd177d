import Testing
@testable import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// Tips triggered by a dimension or theme score: parsed, checked, formatted and scored.
@Suite("tips triggered by a score")
struct ScoreTipTests {
    @Test func parsedCheckedAndFormatted() throws {
        #expect(findings(scoreTipSet) == [], "no unreachable-tip warning either")
        let tip = try #require(check(scoreTipSet).questionnaire.tip("feedback-oefenen"))
        #expect(tip.triggers.map(\.weight) == [2])
        let messy = scoreTipSet.replacingOccurrences(of: "  when score feedback < 40 weight 2", with: "  als   score feedback<40 gewicht 2")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == scoreTipSet + "\n")
    }

    @Test func scoresOnlyInATipsWhen() {
        let unknown = scoreTipSet.replacingOccurrences(of: "when score feedback <", with: "when score feedbak <")
        #expect(findings(unknown) == ["24:14-24:21 unknown-score-target"])
        let inQuestion = scoreTipSet.replacingOccurrences(of: "        score feedback +2\n", with: "        score feedback +2\n    when score lesgeven < 50\n      tip feedback-oefenen\n")
        #expect(findings(inQuestion).contains("20:16-20:24 score-condition-outside-tip"), "\(findings(inQuestion))")
        let outOfRange = scoreTipSet.replacingOccurrences(of: "< 40", with: "< 400")
        #expect(findings(outOfRange) == ["24:25-24:28 number-out-of-range"])
    }

    @Test func theScorerTriggersTheTipFromTheScore() throws {
        let q = check(scoreTipSet).questionnaire
        let low = Scorer.evaluate(q, ["toets.spaart": .option("a")])
        #expect(low.dimension("feedback")?.score == 0)
        #expect(low.tip("feedback-oefenen")?.weight == 2)
        #expect(Scorer.evaluate(q, ["toets.spaart": .option("b")]).tip("feedback-oefenen") == nil)
        #expect(Scorer.evaluate(q, [:]).tip("feedback-oefenen") == nil, "no score, no tip")
        // The one evaluator: a score test compares the score it is given.
        let condition = Condition.score(target: "feedback", .less, 40)
        #expect(condition.evaluate([:], scores: ["feedback": 39]) && !condition.evaluate([:], scores: ["feedback": 40]) && !condition.evaluate([:]))
    }
}
