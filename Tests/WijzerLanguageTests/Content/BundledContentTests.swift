import Foundation
import Testing
import WijzerContent
import WijzerTestSupport
@testable import WijzerLanguage

/// The six themes of Beter Behouden as shipped in the binary.
@Suite("Bundled content")
struct BundledContentTests {
    static let files = BundledQuestionnaires.files.map { SourceFile(path: "Questionnaires/\($0.name)", text: $0.contents) }
    static let result = Checker.check(files)
    static var questionnaire: Questionnaire { result.questionnaire }

    /// The guide's text: a copy of `shared/seed/beter-behouden.txt` kept with the tests, so the
    /// checks run in any checkout (`WIJZER_SEED` points elsewhere).
    static func seed() throws -> String {
        let path = ProcessInfo.processInfo.environment["WIJZER_SEED"] ?? testsFolder + "/Fixtures/beter-behouden.txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SeedMissing(path: path)
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct SeedMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "the guide's text is not at \(path); set WIJZER_SEED to its path" }
    }

    @Test func checksWithoutFindings() {
        let messages = DiagnosticsFormatter(style: .compact).format(Self.result.diagnostics.sorted, in: Self.result.diagnostics.files)
        #expect(messages.isEmpty, "\(messages)")
    }

    @Test func sixThemesInTheGuidesOrder() {
        #expect(Self.questionnaire.themes.map(\.id.name) == [
            "voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie",
        ])
        #expect(Self.questionnaire.id == "beter-behouden")
    }

    @Test func enoughTipsScenariosAndExamples() {
        let q = Self.questionnaire
        #expect(q.tips.count >= 45)
        #expect(q.scenarios.count >= 18)
        for theme in q.themes {
            let scenarios = q.scenarios.filter { $0.theme.name == theme.id.name }
            #expect(scenarios.count >= 3, "theme \(theme.id.name) has \(scenarios.count) scenarios")
            let questions = q.questions(inTheme: theme.id.name)
            #expect((8...15).contains(questions.count), "theme \(theme.id.name) has \(questions.count) questions")
            #expect(questions.last?.kind == .reflection, "theme \(theme.id.name) should end with a reflection")
            let examples = q.examples.filter { ex in ex.answers.contains { q.question($0.question)?.theme == theme.id.name } }
            #expect(examples.count >= 3, "theme \(theme.id.name) has \(examples.count) examples")
            #expect(q.tips.contains { $0.theme?.name == theme.id.name }, "theme \(theme.id.name) has no tips")
        }
    }

    @Test func everyTipCitesTheGuideAndHasResources() {
        for tip in Self.questionnaire.tips {
            #expect(tip.source?.text.hasPrefix("https://www.vhto.nl/") == true, "tip \(tip.id.name) cites no VHTO page")
            #expect(!tip.resources.isEmpty && tip.steps.count >= 2, "tip \(tip.id.name)")
        }
    }

    @Test func everyURLOfTheSeedAppears() throws {
        let seed = try Self.seed()
        let urls = Set(seed.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("http") }.map(String.init))
        #expect(urls.count == 35)
        let all = BundledQuestionnaires.files.map(\.contents).joined(separator: "\n")
        let missing = urls.filter { !all.contains($0) }.sorted()
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    /// Runs of 12 words of `text` that also stand in `seed` (URLs ignored, case and punctuation too).
    static func copiedRuns(in text: String, seed: String) -> [String] {
        func words(_ text: String) -> [Substring] {
            text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("http") }.joined(separator: " ")
                .lowercased().split { !($0.isLetter || $0.isNumber) }
        }
        func runs(_ w: [Substring]) -> [String] {
            w.count < 12 ? [] : (0...(w.count - 12)).map { w[$0..<($0 + 12)].joined(separator: " ") }
        }
        let shingles = Set(runs(words(seed)))
        return runs(words(text)).filter(shingles.contains)
    }

    @Test func copyDetectorFindsACopiedSentence() throws {
        let seed = try Self.seed()
        let copied = "Intro. Het is belangrijk dat studentes zich thuis voelen op school en in het contact met hun medestudenten."
        #expect(!Self.copiedRuns(in: copied, seed: seed).isEmpty)
        #expect(Self.copiedRuns(in: "Studentes moeten zich thuis voelen, op school en bij klasgenoten.", seed: seed).isEmpty)
    }

    /// Paraphrase, never copy: no run of 12 words from the guide appears in the questionnaires.
    @Test func noTwelveWordRunFromTheGuide() throws {
        let seed = try Self.seed()
        for file in BundledQuestionnaires.files {
            let copied = Self.copiedRuns(in: file.contents, seed: seed)
            #expect(copied.isEmpty, "\(file.name) copies the guide: \(copied.prefix(3))")
        }
    }
}
