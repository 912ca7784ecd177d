import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// A decimal number question (`number 0.0..10.0 step 0.5 unit "uur"`) through the runner on a
/// pipe, the result file, the plan, `wijzer test`, `wijzer compare` and `wijzer team`.
@Suite("decimal numbers: runner, plan, compare and team")
struct DecimalNumberRunTests {
    @Test func theRunnerTakesACommaAndRefusesANumberBetweenTheSteps() throws {
        let answered = try FeatureRun(decimalSet, theme: "werk", typed: "7,3\n1,5\n1\n")
        defer { answered.remove() }
        let run = answered.run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Typ een getal van 0 tot 10 in stappen van 0,5 (uur)."))
        #expect(run.stdout.contains("7,3 kan niet: deze vraag gaat in stappen van 0,5. Bedoel je 7 of 7,5?"))
        let result = try String(contentsOfFile: answered.folder.path + "/" + answered.result(), encoding: .utf8)
        #expect(result.contains("\"number\" : 1.5"))
        let schema = try SchemaValidation.validate(WijzerProcess.repositoryRoot + "/docs/result.schema.json", [answered.folder.path + "/" + answered.result()])
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")
        // The schema of before, which took whole numbers only, refuses it: the change is real.
        let old = try String(contentsOfFile: WijzerProcess.repositoryRoot + "/docs/result.schema.json", encoding: .utf8)
            .replacingOccurrences(of: "\"number\": { \"type\": \"number\" }", with: "\"number\": { \"type\": \"integer\" }")
        let oldPath = try answered.folder.write("old.schema.json", old)
        #expect(try SchemaValidation.validate(oldPath, [answered.folder.path + "/" + answered.result()]).status == 1)
        #expect(try answered.themeScore() == 15, "3 of 20 steps")
        // The plan quotes the answer behind the tip the Dutch way.
        let plan = try answered.plan()
        #expect(plan.contains("Maak tijd voor begeleiding"))
        #expect(plan.contains("1,5 uur"), "\(plan)")
    }

    @Test func examplesWithDecimalsPass() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", decimalSet)
        let run = try WijzerProcess.run(["test", "q"], directory: folder.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test func compareAndTeamReadDecimalAnswers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", decimalSet)
        let files = [SourceFile(path: folder.path + "/q/set.wijzer", text: decimalSet)]
        let q = Checker.check(files).questionnaire
        let stamp = q.stamp(files: files)
        let hours = ["1.5", "7.5", "8", "2.5", "10", "7"]
        for (i, h) in hours.enumerated() {
            var doc = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_790_000_000 + Double(i) * 86_400))
            let at = Date(timeIntervalSince1970: 1_790_000_100 + Double(i) * 86_400)
            ResultBuilder.record(.number(DecimalNumber(h)!), for: q.question("week.uren")!, in: &doc, at: at)
            ResultBuilder.complete(theme: "werk", in: &doc, questionnaire: q, at: at)
            _ = try folder.write("resultaten/r\(i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self))
        }
        let compare = try WijzerProcess.run(["compare", "resultaten/r0.json", "resultaten/r1.json", "--questionnaires", "q", "--out", "vergelijk"],
                                            directory: folder.path)
        #expect(compare.status == 0, "\(compare.stderr)")
        // 1,5 hours triggered the tip, 7,5 no longer does.
        #expect(compare.stdout.contains("Maak tijd voor begeleiding"), "\(compare.stdout)")
        let team = try WijzerProcess.run(["team", "resultaten", "--questionnaires", "q", "--out", "uit", "--min-group", "3"], directory: folder.path)
        #expect(team.status == 0, "\(team.stderr)")
        let md = try String(contentsOfFile: folder.path + "/uit/team-rapport.md", encoding: .utf8)
        #expect(md.contains("| 7,5 uur | 1 |"), "\(md)")
        #expect(md.contains("| 1,5 uur | 1 |"))
        #expect(!md.contains("ligt niet op de stappen"))
        // 1,5 2,5 7 7,5 8 10: the mean of 7 and 7,5.
        #expect(md.contains("Mediaan: 7,25 uur."))
        // The answers CSV for a Dutch spreadsheet writes the number with a decimal comma, the
        // RFC 4180 one with a point.
        let csv = try String(contentsOfFile: folder.path + "/uit/team-antwoorden.csv", encoding: .utf8)
        #expect(csv.contains(";7,5;7,5 uur;1;"), "\(csv)")
        let comma = try WijzerProcess.run(["team", "resultaten", "--questionnaires", "q", "--out", "komma", "--min-group", "3", "--csv-separator", ","],
                                          directory: folder.path)
        #expect(comma.status == 0, "\(comma.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/komma/team-antwoorden.csv", encoding: .utf8).contains(",7.5,\"7,5 uur\",1,"))
    }

    /// A Dutch spreadsheet (LibreOffice, Dutch import) reads a decimal answer of the answers CSV
    /// as the number 7.5: written with a point it would be text (or, in Excel, 7 May).
    @Test(.enabled(if: TeamCommandTests.hasLibreOffice || ProcessInfo.processInfo.environment["CI"] != nil))
    func aDutchSpreadsheetReadsDecimalAnswersAsNumbers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", decimalSet)
        let files = [SourceFile(path: folder.path + "/q/set.wijzer", text: decimalSet)]
        let q = Checker.check(files).questionnaire
        for (i, h) in ["7.5", "7.5", "2.5", "10", "7"].enumerated() {
            var doc = ResultDocument(questionnaire: q.stamp(files: files), now: Date(timeIntervalSince1970: 1_790_000_000 + Double(i) * 86_400))
            ResultBuilder.record(.number(DecimalNumber(h)!), for: q.question("week.uren")!, in: &doc, at: doc.created)
            ResultBuilder.complete(theme: "werk", in: &doc, questionnaire: q, at: doc.created)
            _ = try folder.write("resultaten/r\(i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self))
        }
        let team = try WijzerProcess.run(["team", "resultaten", "--questionnaires", "q", "--out", "uit"], directory: folder.path)
        #expect(team.status == 0, "\(team.stderr)")
        let soffice = try WijzerProcess.runExecutableForTests("/usr/bin/env", [
            "HOME=" + folder.path + "/lo", "soffice", "--headless", "--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1043,false,true",
            "--convert-to", "xlsx", "--outdir", folder.path + "/xlsx", folder.path + "/uit/team-antwoorden.csv",
        ])
        #expect(soffice.status == 0, "\(soffice.stdout)\(soffice.stderr)")
        let read = try WijzerProcess.runExecutableForTests("/usr/bin/env", ["python3", "-c", """
            import openpyxl, sys
            rows = list(openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True))
            keys = [row[3] for row in rows[1:] if row[4] == "7,5 uur"]
            print(keys)
            sys.exit(0 if keys == [7.5] else 1)
            """, folder.path + "/xlsx/team-antwoorden.xlsx"])
        #expect(read.status == 0, "\(read.stdout)\(read.stderr)")
    }
}
