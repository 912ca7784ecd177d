import Testing
import WijzerLanguage
import WijzerScoring
import WijzerServer

/// "n.v.t. / weet ik niet" through the forms of every kind that has it.
@Suite struct NotApplicableTests {
    static let questions = Bundled.questionnaire.questions.filter { $0.decl.notApplicable != nil && $0.showIf == nil }

    func path(_ link: String, _ q: ResolvedQuestion) -> String {
        let number = Bundled.questionnaire.questions(inTheme: q.theme).firstIndex(of: q)! + 1
        return "/s/\(link)/thema/\(q.theme)/vraag/\(number)"
    }

    @Test func everyQuestionWithNotApplicableTakesItFromItsForm() async throws {
        #expect(Self.questions.count >= 3)
        try await withServer { browser, store in
            let link = try await browser.begin()
            for q in Self.questions {
                let fields: [(String, String)] = switch q.kind ?? .reflection {
                case .number, .reflection: [("actie", "antwoord"), ("nvt", "ja")]
                default: [("actie", "antwoord"), ("antwoord", "nvt")]
                }
                let page = try await browser.post(path(link, q), fields)
                #expect(page.status == .seeOther, "\(q.id): \(page.body.prefix(200))")
            }
            let answers = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)).answers
            for q in Self.questions { #expect(answers[q.id] == .notApplicable, "\(q.id)") }
        }
    }

    @Test func notApplicableWithAnotherAnswerIsRefused() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            var tried = 0
            for q in Self.questions {
                let fields: [(String, String)]
                switch q.kind ?? .reflection {
                case .multiple: fields = [("antwoord", AnswerMenu(q.decl).kind.choices[0].key), ("antwoord", "nvt")]
                case .number(let low, _, _, _): fields = [("antwoord", low.description), ("nvt", "ja")]
                default: continue
                }
                #expect(try await browser.post(path(link, q), [("actie", "antwoord")] + fields).status == .badRequest, "\(q.id)")
                tried += 1
            }
            // A question without n.v.t. does not take it either.
            let plain = try #require(Bundled.questionnaire.questions.first { $0.decl.notApplicable == nil && $0.showIf == nil })
            #expect(try await browser.post(path(link, plain), [("actie", "antwoord"), ("antwoord", "nvt"), ("nvt", "ja")]).status == .badRequest)
            #expect(tried > 0)
            #expect(try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)).answers.isEmpty)
        }
    }
}
