import Foundation
import Testing
import WijzerTestSupport

/// Issue 12, points 17 and 18: `plan` and `compare` count only the answers of a result file
/// that fit the questionnaire as it is now, and name the ones they left out.
@Suite("plan and compare on edited result files and questionnaires")
struct ResultMatchTests {
    let example = WijzerProcess.repositoryRoot + "/Reports/examples/startende-docent.json"

    /// The example with the answer to `question` replaced by `answer` (nil: removed).
    func example(_ question: String, _ answer: Any?) throws -> String {
        var document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: example))) as! [String: Any]
        var themes = document["themes"] as! [[String: Any]]
        for t in themes.indices {
            var answers = themes[t]["answers"] as! [[String: Any]]
            if let answer {
                for a in answers.indices where answers[a]["question"] as? String == question { answers[a]["answer"] = answer }
            } else {
                answers.removeAll { $0["question"] as? String == question }
            }
            themes[t]["answers"] = answers
        }
        document["themes"] = themes
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The theme scores of `wijzer plan --format json`.
    func scores(_ run: WijzerProcess.Outcome) throws -> [String: Int] {
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        var scores: [String: Int] = [:]
        for t in json["themes"] as! [[String: Any]] { scores[t["theme"] as! String] = t["score"] as? Int }
        return scores
    }

    @Test func anUnknownOptionIsNamedAndDoesNotChangeTheScore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let unknown = try folder.write("onbekend.json", example("docentenkamer.aanpak", ["option": "z"]))
        let without = try folder.write("zonder.json", example("docentenkamer.aanpak", nil))
        let original = try WijzerProcess.run(["plan", example, "--format", "json"])
        let edited = try WijzerProcess.run(["plan", unknown, "--format", "json"])
        let reference = try WijzerProcess.run(["plan", without, "--format", "json"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try scores(edited) == scores(reference))
        #expect(try scores(edited)["voorbereiding"] != scores(original)["voorbereiding"], "test case does not apply")
        #expect(edited.stderr.contains("1 antwoord in \(unknown) telt niet mee"), "\(edited.stderr)")
        #expect(edited.stderr.contains("vraag `docentenkamer.aanpak` kent het antwoord `z` niet; het is niet meegeteld"))
        #expect(reference.stderr.isEmpty, "\(reference.stderr)")
    }

    @Test func anUnknownQuestionAndAnOutOfRangeNumberAreNamedByCompare() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = try example("docentenkamer.collegas", ["number": 99])
        text = text.replacingOccurrences(of: "\"question\" : \"docentenkamer.aanpak\"", with: "\"question\" : \"docentenkamer.verzonnen\\u001b]0;x\\u0007\"")
        let edited = try folder.write("r.json", text)
        let run = try WijzerProcess.run(["compare", example, edited, "--out", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 antwoorden in \(edited) tellen niet mee"), "\(run.stderr)")
        #expect(run.stderr.contains("vraag `docentenkamer.collegas` kent het antwoord `99` niet"))
        #expect(run.stderr.contains("vraag `docentenkamer.verzonnen^[]0;x^G` staat niet (meer) in de vragenlijst"))
        #expect(run.stderr.contains("De vergelijking is gemaakt uit de antwoorden die wel passen."))
        #expect(!run.stderr.contains("\u{1B}"))
    }

    /// The bundled questionnaires with one question's text changed.
    func editedQuestionnaires(in folder: TemporaryFolder) throws -> String {
        let source = WijzerProcess.repositoryRoot + "/Questionnaires"
        let target = folder.path + "/vragenlijsten"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            var text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            text = text.replacingOccurrences(of: "question aanpak \"Welke zin past het best", with: "question aanpak \"Welke zin past nu het best")
            try text.write(toFile: target + "/" + name, atomically: true, encoding: .utf8)
        }
        return target
    }

    @Test func planRemakesAPlanOfAnEditedQuestionnaireFromWhatStillMatches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let questionnaires = try editedQuestionnaires(in: folder)
        let run = try WijzerProcess.run(["plan", example, "--questionnaires", questionnaires, "--out", folder.path + "/plannen"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("vraag `docentenkamer.aanpak` is veranderd sinds je hem beantwoordde; je antwoord is niet meegeteld"), "\(run.stderr)")
        #expect(run.stderr.contains("Je actieplan is gemaakt uit de antwoorden die wel passen."))
        #expect(run.stderr.contains("Actieplan geschreven:"))
        // Only the changed question is left out: the plan equals that of the file without it.
        let without = try folder.write("zonder.json", example("docentenkamer.aanpak", nil))
        let edited = try WijzerProcess.run(["plan", example, "--questionnaires", questionnaires, "--format", "json"])
        let reference = try WijzerProcess.run(["plan", without, "--questionnaires", questionnaires, "--format", "json"])
        #expect(edited.stdout == reference.stdout)
        #expect(edited.stderr.contains("1 antwoord in"))
    }

    @Test func compareTreatsAResultOfAnEditedQuestionnaireTheSameWay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let questionnaires = try editedQuestionnaires(in: folder)
        let later = WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json"
        let run = try WijzerProcess.run(["compare", example, later, "--questionnaires", questionnaires, "--out", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        for path in [example, later] {
            #expect(run.stderr.contains("1 antwoord in \(path) telt niet mee"), "\(run.stderr)")
        }
        #expect(run.stderr.contains("vraag `docentenkamer.aanpak` is veranderd"))
        #expect(run.stdout.contains("Vergelijking van je zelfcheck"))
    }
}
