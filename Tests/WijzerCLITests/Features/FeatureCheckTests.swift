import Foundation
import Testing
import WijzerTestSupport

/// Each construct of issue 13, point 2, through the real `wijzer check`: its documented example
/// is in order, and a typical mistake with it is named by its id at its place.
@Suite("issue 13 constructs: wijzer check")
struct FeatureCheckTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var set: String
        var original: String
        var mistake: String
        var id: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "exclusive, min/max", set: exclusiveOptionSet, original: "multiple max 2", mistake: "multiple max 9", id: "bad-selection-limits"),
        Case(name: "dont-know", set: validSet, original: "toets.hoevaak = 2", mistake: "toets.hoevaak = dont-know", id: "no-dont-know"),
        Case(name: "weight", set: weightedSet, original: "weight 2", mistake: "weight 0", id: "bad-weight"),
        Case(name: "when score", set: scoreTipSet, original: "when score feedback < 40", mistake: "when score feedbak < 40", id: "unknown-score-target"),
        Case(name: "shuffle", set: shuffleSet, original: "choice shuffle", mistake: "yesno shuffle", id: "trailing-token"),
        Case(name: "scenario show-if", set: scenarioShowIfSet, original: "show-if rol.begeleider = ja", mistake: "show-if rol.begeleidr = ja", id: "unknown-question"),
        Case(name: "named condition", set: namedConditionSet, original: "show-if stagebegeleider\n", mistake: "show-if stagebegeleidr\n", id: "unknown-condition"),
        Case(name: "end labels", set: endsLabelledSet, original: "\"heel zeker\"", mistake: "\"zeker\" \"heel zeker\"", id: "label-count"),
        Case(name: "decimal step", set: decimalSet, original: "step 0.5", mistake: "step 0", id: "bad-number-step"),
        Case(name: "custom timeframe", set: customTimeframeSet, original: "timeframe \"voor de volgende stageperiode\"", mistake: "timeframe \"\"", id: "empty-text"),
        Case(name: "resource without URL", set: validSet.replacingOccurrences(of: "\"Praktische tips\" https://www.vhto.nl/lesgeven/praktische-tips/", with: "\"Rolmodellen in de klas (boek)\""),
             original: "\"Rolmodellen in de klas (boek)\"", mistake: "\"\"", id: "missing-title"),
        Case(name: "after", set: tipAfterSet, original: "after bias-test", mistake: "after bias-tset", id: "unknown-tip"),
    ]

    /// `wijzer check --format json` of `text`: its exit status and the findings' ids.
    func check(_ text: String) throws -> (status: Int32, ids: [String], stderr: String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("set.wijzer", text)
        let run = try WijzerProcess.run(["check", "--format", "json", "set.wijzer"], directory: folder.path)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let items = try #require(doc["diagnostics"] as? [[String: Any]])
        return (run.status, items.compactMap { $0["id"] as? String }, run.stderr)
    }

    @Test(arguments: cases)
    func theExampleIsInOrderAndTheMistakeIsNamed(_ c: Case) throws {
        #expect(c.set.contains(c.original), "the mistake does not apply")
        let clean = try check(c.set)
        #expect(clean.status == 0 && clean.ids.isEmpty, "\(clean.ids) \(clean.stderr)")
        let broken = try check(c.set.replacingOccurrences(of: c.original, with: c.mistake))
        #expect(broken.status == 1)
        #expect(broken.ids.first == c.id, "\(broken.ids)")
    }
}
