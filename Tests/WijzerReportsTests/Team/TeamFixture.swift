import Foundation
import WijzerContent
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
import WijzerTestSupport

/// The bundled questionnaire and synthetic team results for the team tests.
enum TeamFixture {
    static let files = BundledQuestionnaires.files.map { SourceFile(path: "Questionnaires/\($0.name)", text: $0.contents) }
    static let questionnaire = Checker.check(files).questionnaire
    static let stamp = questionnaire.stamp(files: files)
    static let catalog = TeamCatalog(questionnaire, stamp: stamp)

    static func generator(_ seed: UInt64) -> ResultGenerator {
        ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: seed)
    }

    /// `count` documents from `seed`.
    static func documents(_ count: Int, seed: UInt64, themes: [String]? = nil, name: String? = nil) -> [ResultDocument] {
        var g = generator(seed)
        return (0 ..< count).map { _ in g.document(themes: themes, name: name) }
    }

    /// The outcome of adding `docs` as if read from files named `prefix-i.json`.
    static func outcome(_ docs: [ResultDocument], reflections: Bool = false, prefix: String = "resultaat") -> TeamAggregator.Outcome {
        var aggregator = TeamAggregator(catalog: catalog, collectReflections: reflections)
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "\(prefix)-\(i).json") }
        return aggregator.finish()
    }

    /// The report on `docs` with groups of at least `k`.
    static func report(_ docs: [ResultDocument], k: Int = 5, reflections: Bool = false, prefix: String = "resultaat",
                       baseline: [String: TeamReport.Distribution]? = nil) -> TeamReport {
        TeamReport(outcome(docs, reflections: reflections, prefix: prefix), minimumGroup: k, baseline: baseline)
    }

    /// All four outputs of a report, concatenated with their names.
    static func outputs(_ r: TeamReport) -> [String: String] {
        ["md": TeamMarkdownRenderer.render(r), "html": TeamHTMLRenderer.render(r),
         "scores": TeamCSVRenderer.scores(r), "answers": TeamCSVRenderer.answers(r)]
    }

    /// A result that answers the given questions (by full id) and nothing else; `shared`: its
    /// texts may be quoted anonymously.
    static func document(_ answers: [String: AnswerValue], created: Double = 1_790_000_000, name: String? = nil,
                         respondent: String? = nil, shared: Bool = false) -> ResultDocument {
        var doc = ResultDocument(questionnaire: stamp, name: name, now: Date(timeIntervalSince1970: created))
        doc.respondent = respondent
        for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
            ResultBuilder.record(value, for: questionnaire.question(id)!, in: &doc, at: Date(timeIntervalSince1970: created + 60))
        }
        if shared {
            for t in doc.themes.indices {
                for a in doc.themes[t].answers.indices { if case .text = doc.themes[t].answers[a].answer { doc.themes[t].answers[a].shareAnonymously = true } }
            }
        }
        for theme in Set(doc.themes.map(\.theme)).sorted() {
            ResultBuilder.complete(theme: theme, in: &doc, questionnaire: questionnaire, at: Date(timeIntervalSince1970: created + 120))
        }
        return doc
    }
}
