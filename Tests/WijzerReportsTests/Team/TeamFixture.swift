import Foundation
import WijzerContent
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage
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

    /// Writes documents as files named `prefix-i.json` (pretty JSON) into `folder`.
    @discardableResult
    static func write(_ docs: [ResultDocument], to folder: TemporaryFolder, prefix: String = "resultaat") throws -> [String] {
        try docs.enumerated().map { i, doc in
            try folder.write("\(prefix)-\(i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self))
        }
    }

    static func session() -> TeamSession { TeamSession(questionnaire: questionnaire, stamp: stamp) }

    static func options(k: Int = 5, reflections: Bool = false, baseline: [String] = []) -> TeamSession.Options {
        var o = TeamSession.Options()
        o.minimumGroup = k
        o.withReflections = reflections
        o.baseline = baseline
        return o
    }

    /// All four outputs of a report, concatenated with their names.
    static func outputs(_ r: TeamReport) -> [String: String] {
        ["md": TeamMarkdownRenderer.render(r), "html": TeamHTMLRenderer.render(r),
         "scores": TeamCSVRenderer.scores(r), "answers": TeamCSVRenderer.answers(r)]
    }

    /// A result that answers the given questions (by full id) and nothing else.
    static func document(_ answers: [String: AnswerValue], created: Double = 1_790_000_000, name: String? = nil) -> ResultDocument {
        var doc = ResultDocument(questionnaire: stamp, name: name, now: Date(timeIntervalSince1970: created))
        for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
            ResultBuilder.record(value, for: questionnaire.question(id)!, in: &doc, at: Date(timeIntervalSince1970: created + 60))
        }
        for theme in Set(doc.themes.map(\.theme)).sorted() {
            ResultBuilder.complete(theme: theme, in: &doc, questionnaire: questionnaire, at: Date(timeIntervalSince1970: created + 120))
        }
        return doc
    }
}
