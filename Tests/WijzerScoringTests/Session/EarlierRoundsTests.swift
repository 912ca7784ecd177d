import Foundation
import Testing
import WijzerLanguage
import WijzerScoring

/// The rounds before the current one: the finished themes when a theme is first done again,
/// then each theme done again as it stood just before; never a half-done round.
@Suite("earlier rounds")
struct EarlierRoundsTests {
    let stamp = QuestionnaireStamp(id: "rondes", version: "1", contentHash: "x")

    /// A theme finished at `day` (days after a fixed date) with one answer `value`.
    func round(_ theme: String, _ value: String, finished day: Double?) -> ThemeResult {
        var result = ThemeResult(theme: theme)
        let date = Date(timeIntervalSince1970: 1_700_000_000 + 86_400 * (day ?? 0))
        result.answers = [AnswerRecord(question: "\(theme).q", answer: .option(value), at: date)]
        result.completed = day.map { _ in date }
        return result
    }

    func document(_ themes: [ThemeResult]) -> ResultDocument {
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_700_000_000))
        document.themes = themes
        return document
    }

    @Test func theFirstTimeKeepsTheFinishedThemesAndLeavesOutOneInProgress() {
        let now = document([round("a", "x", finished: 1), round("b", "y", finished: 2), round("c", "z", finished: nil)])
        let kept = EarlierRounds.keeping("a", of: now, in: nil)
        #expect(kept.themes == [round("a", "x", finished: 1), round("b", "y", finished: 2)])
        #expect(kept.updated == round("a", "x", finished: 1).completed)
    }

    @Test func aThemeDoneAgainLaterKeepsItsRoundJustBeforeAndTheOthersAsTheyWere() {
        let first = EarlierRounds.keeping("a", of: document([round("a", "x", finished: 1), round("b", "y", finished: 2)]), in: nil)
        // a was done again (now "v" on day 5); then b is done again.
        let later = document([round("a", "v", finished: 5), round("b", "y", finished: 2)])
        let kept = EarlierRounds.keeping("b", of: later, in: first)
        #expect(kept[theme: "a"] == round("a", "x", finished: 1), "a's round before its redo stays")
        #expect(kept[theme: "b"] == round("b", "y", finished: 2))
        // a done a third time: the round kept is the one just before (day 5), not the first.
        let third = EarlierRounds.keeping("a", of: later, in: kept)
        #expect(third[theme: "a"] == round("a", "v", finished: 5))
        #expect(third.updated == round("a", "v", finished: 5).completed)
    }

    @Test func anUnfinishedThemeChangesNothingKept() {
        let first = EarlierRounds.keeping("a", of: document([round("a", "x", finished: 1)]), in: nil)
        let kept = EarlierRounds.keeping("b", of: document([round("a", "x", finished: 1), round("b", "y", finished: nil)]), in: first)
        #expect(kept == first)
    }

    @Test func aThemeCountsAsRedoneOnceItIsFinishedAgain() {
        let earlier = EarlierRounds.keeping("a", of: document([round("a", "x", finished: 1), round("b", "y", finished: 2)]), in: nil)
        let busy = document([round("a", "v", finished: nil), round("b", "y", finished: 2)])
        #expect(EarlierRounds.redone(busy, since: earlier).isEmpty)
        #expect(EarlierRounds.finished(busy).themes == [round("b", "y", finished: 2)])
        let done = document([round("a", "v", finished: 5), round("b", "y", finished: 2)])
        #expect(EarlierRounds.redone(done, since: earlier) == ["a"])
        #expect(EarlierRounds.finished(done) == done)
    }
}
