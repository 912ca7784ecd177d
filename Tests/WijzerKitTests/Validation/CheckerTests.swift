import Testing
import WijzerContent
@testable import WijzerKit

/// Parsing and the reachability search on several threads report exactly what one thread does.
@Suite("Checker")
struct CheckerTests {
    /// The bundled set five times over (so every id is a duplicate), with a different mistake
    /// in each copy of a few files: findings in many files, from parsing and from validation.
    static let files: [SourceFile] = (0..<5).flatMap { copy in
        BundledQuestionnaires.files.enumerated().map { index, file in
            var text = file.contents
            // Conditions that can never hold: warnings from the reachability search.
            text = text.replacingOccurrences(of: "    when answer >= 4", with: "    when answer >= 40")
            if (index + copy) % 3 == 0 {
                text = text.replacingOccurrences(of: "  order ", with: "  ordr ")
                    .replacingOccurrences(of: "weight 2", with: "weight \"2\"")
                text += "\n  verdwaald \"tekst\n"
            }
            return SourceFile(path: "kopie\(copy)/\(file.name)", text: text)
        }
    }

    static func report(_ result: Checker.Result) -> [String] {
        result.diagnostics.diagnostics.map { DiagnosticsFormatter(style: .compact).format($0) }
            + ["onderdrukt: \(result.diagnostics.suppressed)", "vragen: \(result.questionnaire.questions.count)"]
    }

    @Test(arguments: [2, 3, 8])
    func threadsReportWhatOneThreadReports(workers: Int) {
        let one = Self.report(Checker.check(Self.files, lint: true, workers: 1))
        #expect(one.count > 100, "the set should have findings in many files")
        #expect(one.filter { $0.contains("kan met geen enkel antwoord waar zijn") }.count >= 5)
        #expect(Self.report(Checker.check(Self.files, lint: true, workers: workers)) == one)
    }
}
