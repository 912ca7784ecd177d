import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring

/// The pure session state: order, show-if, back, skip, resume, completion.
@Suite("theme session")
struct ThemeSessionTests {
    let date = Date(timeIntervalSince1970: 1_800_000_000)

    func fresh() -> ThemeSession {
        let (q, stamp) = mini()
        return ThemeSession(questionnaire: q, theme: "les", document: ResultDocument(questionnaire: stamp, now: date))
    }

    @Test func showIfHidesAndRevealsQuestions() throws {
        var s = fresh()
        let step1 = s.resume()
        #expect(step1)
        #expect(s.progress == .question(1, of: 3), "jesse hidden until zeg = a, and never counted")
        s.record(.option("a"), at: date)
        let step2 = s.advance()
        #expect(step2 == 1)
        #expect(s.progress == .extra(after: 1, of: 3), "jesse is an extra question: the total stays 3")
        let step3 = s.back()
        #expect(step3)
        s.record(.option("b"), at: date)
        let step4 = s.advance()
        #expect(step4 == 2, "jesse hidden again")
    }

    /// `advance`, `back` and `firstOpen` look from the current question on; they must move as a
    /// search of all visible questions does, from every place and with every show-if state.
    @Test func movesAsASearchOfAllVisibleQuestions() {
        var checked = 0
        for zeg in [nil, "a", "b"] { for jesse in [false, true] { for skipped in [false, true] {
            var s = fresh()
            if let zeg { s.go(to: 0); s.record(.option(zeg), at: date) }
            if jesse { s.go(to: 1); s.record(.option("ja"), at: date) }
            if skipped { s.go(to: 2); s.skip(at: date) }
            let visible = s.visibleIndices
            let open = visible.first { !s.isDone(s.questions[$0]) }
            #expect(s.firstOpen == open)
            for place in [nil] + s.questions.indices.map(Optional.some) {
                // A session just made has no current question.
                var forward = ThemeSession(questionnaire: s.questionnaire, theme: "les", document: s.document)
                if let place { forward.go(to: place) }
                var backward = forward
                let next = place.flatMap { c in visible.first { $0 > c } } ?? open
                #expect(forward.advance() == next, "zeg \(zeg ?? "-"), jesse \(jesse), skipped \(skipped), place \(place ?? -1)")
                let previous = visible.last { $0 < (place ?? s.questions.count) }
                #expect(backward.back() == (previous != nil))
                #expect(backward.current == (previous ?? place))
                checked += 1
            }
        } } }
        #expect(checked == 12 * (fresh().questions.count + 1))
    }

    @Test func skipBackAndResumeAtFirstOpen() throws {
        var s = fresh()
        _ = s.resume()
        s.record(.option("b"), at: date)
        s.advance()
        s.skip(at: date)
        #expect(s.record.skipped == ["toets.vaak"])
        s.advance()
        #expect(s.current == 3)
        var again = ThemeSession(questionnaire: s.questionnaire, theme: "les", document: s.document)
        let step5 = again.resume()
        #expect(step5)
        #expect(again.current == 3, "resumes after the skipped question")
        #expect(again.doneCount == (2, 3))
        let step6 = again.back()
        #expect(step6 && again.current == 2)
        again.record(.number(4), at: date)
        #expect(again.record.skipped.isEmpty, "answering removes the skip")
    }

    @Test func completeScoresTheThemeAndDropsHiddenAnswers() throws {
        var s = fresh()
        _ = s.resume()
        s.record(.option("a"), at: date); s.advance()
        s.record(.option("ja"), at: date); s.advance()
        let step7 = s.back()

        let step7b = s.back()
        #expect(step7 && step7b)
        s.record(.option("b"), at: date)   // hides jesse
        s.go(to: 2)
        s.record(.number(5), at: date); s.advance()
        s.record(.text("Vaker doorvragen."), at: date)
        let step8 = s.advance()
        #expect(step8 == nil)
        s.complete(at: date)
        let r = s.record
        #expect(r.completed == date)
        #expect(r.answers.map(\.question) == ["toets.zeg", "toets.vaak", "toets.voornemen"])
        #expect(r.score == 100)
        #expect(r.strengths.map(\.text) == ["Je geeft groeigerichte feedback."])
        #expect(r.reflections.map(\.text) == ["Vaker doorvragen."])
        #expect(r.tips.isEmpty)
        #expect(ThemeState.of("les", in: s.document, questionnaire: s.questionnaire).label.hasPrefix("klaar op "))
    }

    @Test func themeStates() throws {
        var s = fresh()
        #expect(ThemeState.of("les", in: s.document, questionnaire: s.questionnaire) == .new)
        _ = s.resume()
        s.record(.option("a"), at: date)
        #expect(ThemeState.of("les", in: s.document, questionnaire: s.questionnaire).label == "bezig: 1 van 3")
    }
}
