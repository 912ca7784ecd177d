import Foundation
import Testing
import WijzerContent
import WijzerTestSupport
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage

/// Reports/examples holds three answer sets and the plans the real code makes of them. When
/// the questionnaires or the renderers change, these tests fail until the examples are
/// regenerated with `WIJZER_RECORD=1 swift test --filter ReportExamples` (review the diff).
@Suite("Report examples")
struct ReportExamplesTests {
    struct Persona: Sendable {
        var file: String
        var examples: [String]
        var reflections: [String: String]
    }

    static let personas = [
        Persona(file: "startende-docent", examples: [
            "voorbereiding-nog-niet", "lesgeven-nog-niet", "studievoortgang-veel-nvt",
            "keuze-weinig-stage", "stage-geen-begeleiding", "beroep-nog-niet",
        ], reflections: [
            "voorbereiding": "Ik doe deze week de test en vraag mijn mentor om mee te doen.",
            "lesgeven": "Ik ga de tafels nummeren zodat ik niet alleen de roepers de beurt geef.",
        ]),
        Persona(file: "ervaren-docent", examples: [
            "voorbereiding-inclusief", "lesgeven-inclusief", "studievoortgang-actief",
            "keuze-inclusief", "stage-inclusief", "beroep-inclusief",
        ], reflections: [
            "lesgeven": "Ik wil mijn aanpak met feedback delen in de sectievergadering.",
            "beroepsorientatie": "Volgend jaar wil ik een oud-studente als ambassadeur vragen.",
        ]),
        Persona(file: "stagebegeleider", examples: [
            "voorbereiding-inclusief", "lesgeven-sparen", "studievoortgang-geen-bericht",
            "keuze-nog-niet", "stage-weinig-vrouwen", "beroep-vakdocent",
        ], reflections: [
            "stagebegeleiding": "Ik plan bij bedrijven met weinig vrouwen een extra bezoek in de eerste maand.",
        ]),
    ]

    static let folder = WijzerProcess.repositoryRoot + "/Reports/examples"
    static let files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
    static let questionnaire = Checker.check(files).questionnaire

    /// The answer set of a persona: the answers of the named examples, every theme completed.
    static func document(_ persona: Persona) -> ResultDocument {
        let q = questionnaire
        let start = Date(timeIntervalSince1970: 1_795_000_000)  // 18 November 2026, a fixed date
        var doc = ResultDocument(questionnaire: q.stamp(files: files), now: start)
        var minute = 0.0
        for id in persona.examples {
            let example = q.examples.first { $0.id.name == id }!
            for (question, answer) in ExampleRunner.answers(of: example).sorted(by: { $0.key < $1.key }) {
                minute += 1
                ResultBuilder.record(answer, for: q.question(question)!, in: &doc, at: start.addingTimeInterval(minute * 60))
            }
        }
        for (theme, text) in persona.reflections.sorted(by: { $0.key < $1.key }) {
            let reflection = q.questions(inTheme: theme).last { $0.kind == .reflection }!
            minute += 1
            ResultBuilder.record(.text(text), for: reflection, in: &doc, at: start.addingTimeInterval(minute * 60))
        }
        for theme in q.themes where !doc[theme: theme.id.name].answers.isEmpty {
            minute += 1
            ResultBuilder.complete(theme: theme.id.name, in: &doc, questionnaire: q, at: start.addingTimeInterval(minute * 60))
        }
        return doc
    }

    @Test(arguments: personas.map(\.file))
    func answerSetIsCurrent(file: String) throws {
        let persona = Self.personas.first { $0.file == file }!
        let json = String(decoding: ResultCodec.encode(Self.document(persona)), as: UTF8.self)
        let mismatch = Golden.mismatch(json, path: "\(Self.folder)/\(file).json")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test(arguments: personas.map(\.file))
    func plansAreCurrent(file: String) throws {
        let document = try ResultFile.read("\(Self.folder)/\(file).json")
        let plan = ActionPlan(document: document, questionnaire: Self.questionnaire, comparedIn: .terminal)
        for (ext, text) in [("md", MarkdownPlanRenderer.render(plan)), ("html", HTMLPlanRenderer.render(plan))] {
            let mismatch = Golden.mismatch(text, path: "\(Self.folder)/\(file).\(ext)")
            #expect(mismatch == nil, "\(mismatch ?? "") (or: swift run wijzer plan Reports/examples/\(file).json --out Reports/examples, then rename)")
        }
    }

    @Test func personasDiffer() throws {
        let plans = try Self.personas.map { p in
            ActionPlan(document: try ResultFile.read("\(Self.folder)/\(p.file).json"), questionnaire: Self.questionnaire, comparedIn: .terminal)
        }
        let average = plans.map { plan in plan.themes.compactMap(\.score).reduce(0, +) / max(1, plan.themes.compactMap(\.score).count) }
        #expect(average[1] > average[0] + 30, "the experienced teacher scores well above the starter: \(average)")
        #expect(plans[0].focus.count == 3)
        #expect(plans[2].focus.contains { $0.id.hasPrefix("stage-") } || plans[2].themes.contains { $0.otherActions.contains { $0.id.hasPrefix("stage-") } })
    }
}
