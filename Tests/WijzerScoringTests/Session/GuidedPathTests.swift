import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// The guided path: the theme begun, else the first new one in the set's order, within a
/// team's themes when asked, and nothing once all are done.
@Suite("guided path")
struct GuidedPathTests {
    /// Four themes of one question each, in the order a, b, c, d.
    let q: Questionnaire = {
        var text = "questionnaire pad \"Pad\"\n  version \"1\"\n"
        for (n, id) in ["a", "b", "c", "d"].enumerated() {
            text += """

                theme \(id) "Thema \(id)"
                  order \(n + 1)
                scenario s\(id) "Situatie \(id)" in \(id)
                  situation
                    Iets gebeurt.
                  question q "Wat doe je?"
                    choice
                      x "Dit"
                      y "Dat"

                """
        }
        return check(text).questionnaire
    }()
    let ids = ["a", "b", "c", "d"]

    func document(completing done: [String], answering started: String? = nil) -> ResultDocument {
        var document = ResultDocument(questionnaire: QuestionnaireStamp(id: q.id, version: "1", contentHash: "x"))
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        if let started, let first = q.questions(inTheme: started).first {
            ResultBuilder.record(.notApplicable, for: first, in: &document, at: date)
        }
        for id in done { ResultBuilder.complete(theme: id, in: &document, questionnaire: q, at: date) }
        return document
    }

    @Test func theFirstThemeStillToDoInTheSetsOrder() throws {
        #expect(GuidedPath.next(in: document(completing: []), questionnaire: q)?.theme.id.name == ids[0])
        // A later theme done first does not move the path past the first.
        #expect(GuidedPath.next(in: document(completing: [ids[1]]), questionnaire: q)?.theme.id.name == ids[0])
        let next = try #require(GuidedPath.next(in: document(completing: [ids[0], ids[1]], answering: ids[2]), questionnaire: q))
        #expect(next.theme.id.name == ids[2])
        guard case .inProgress(done: 1, _) = next.state else {
            Issue.record("expected the started theme in progress with one answer, got \(next.state)")
            return
        }
        #expect(GuidedPath.next(in: document(completing: ids), questionnaire: q) == nil)
    }

    @Test func aThemeBegunComesBeforeANewOne() {
        // Busy with c while a is new: c first, as the start screen suggests.
        #expect(GuidedPath.next(in: document(completing: [], answering: ids[2]), questionnaire: q)?.theme.id.name == ids[2])
        #expect(GuidedPath.next(in: document(completing: [ids[2]], answering: ids[3]), questionnaire: q)?.theme.id.name == ids[3])
    }

    @Test func aTeamsThemesOnly() {
        let among = [ids[3], ids[1]]
        #expect(GuidedPath.next(in: document(completing: []), questionnaire: q, among: among)?.theme.id.name == ids[1])
        #expect(GuidedPath.next(in: document(completing: [ids[1]]), questionnaire: q, among: among)?.theme.id.name == ids[3])
        #expect(GuidedPath.next(in: document(completing: [ids[1], ids[3]]), questionnaire: q, among: among) == nil)
    }
}
