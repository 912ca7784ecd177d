import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// End-to-end: the real `wijzer team`, on result files generated for the questionnaires on disk.
@Suite("wijzer team")
struct TeamCommandTests {
    static let questionnaire: (Questionnaire, QuestionnaireStamp) = {
        let files = try! SourceLoader.load([WijzerProcess.repositoryRoot + "/Questionnaires"])
        let q = Checker.check(files).questionnaire
        return (q, q.stamp(files: files))
    }()

    func team(_ count: Int, seed: UInt64 = 1, in folder: TemporaryFolder, name: String? = "Pieter Bakker") throws {
        var g = ResultGenerator(questionnaire: Self.questionnaire.0, stamp: Self.questionnaire.1, seed: seed)
        for i in 0 ..< count {
            _ = try folder.write("resultaten/bakker-\(i).json", String(decoding: ResultCodec.encode(g.document(name: name)), as: UTF8.self))
        }
    }

    @Test func writesFourFilesAndWarnsAboutBadOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(8, in: folder)
        _ = try folder.write("resultaten/kapot.json", "{\"formatVersion\": 1,")
        let run = try WijzerProcess.run(["team", "resultaten", "--out", "uit"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("waarschuwing: resultaten/kapot.json: geen geldig resultaatbestand (geen JSON-object: geen geldige JSON (afgebroken of beschadigd bestand?))"))
        #expect(run.stderr.contains("8 teamleden meegeteld (uit 8 bestanden), 1 bestand overgeslagen"))
        let scores = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/uit/team-scores.csv"))
        #expect(Array(scores.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "t")] && String(decoding: scores, as: UTF8.self).contains("thema_id;thema;"))
        for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
            let text = try String(contentsOfFile: folder.path + "/uit/" + name, encoding: .utf8)
            #expect(!text.contains("kapot") && !text.contains("bakker") && !text.contains("Pieter"), "\(name)")
        }
    }

    /// `--thema`: the report is on that theme alone, as a live session's; answers to other
    /// themes are not counted. An unknown theme is a usage error that names the themes there are.
    @Test func aReportOnChosenThemesOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(8, in: folder)
        let run = try WijzerProcess.run(["team", "resultaten", "--thema", "2", "--out", "uit"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let titles = Self.questionnaire.0.themes.map(\.title.text)
        let scores = try String(contentsOfFile: folder.path + "/uit/team-scores.csv", encoding: .utf8)
        #expect(scores.split(whereSeparator: \.isNewline).count == 2 && scores.contains(titles[1]), "a header and one theme: \(scores)")
        let answers = try String(contentsOfFile: folder.path + "/uit/team-antwoorden.csv", encoding: .utf8)
        for title in titles where title != titles[1] { #expect(!scores.contains(title) && !answers.contains(title), "\(title)") }
        let report = try String(contentsOfFile: folder.path + "/uit/team-rapport.md", encoding: .utf8)
        #expect(report.contains("| \(titles[1]) | "))
        for title in titles where title != titles[1] { #expect(!report.contains("| \(title) | "), "\(title)") }

        let unknown = try WijzerProcess.run(["team", "resultaten", "--thema", "koken", "--out", "uit2"], directory: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--thema: Onbekend thema “koken”. Typ een nummer van 1 tot 6 of de naam van een thema: 1 Voorbereiding, 2 Lesgeven"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit2"))
    }

    @Test func noUsableFileExitsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.json", "rommel")
        let run = try WijzerProcess.run(["team", "a.json", "--out", "uit"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("geen enkel bruikbaar resultaatbestand"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit"))
    }

    @Test func strictMakesAnyProblemFatal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(6, in: folder)
        _ = try folder.write("resultaten/leeg.json", "")
        let run = try WijzerProcess.run(["team", "resultaten", "--strict", "--out", "uit"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("gestopt vanwege --strict"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit/team-rapport.md"))
        let ok = try WijzerProcess.run(["team", "resultaten/bakker-0.json", "resultaten/bakker-1.json", "--strict", "--out", "uit"], directory: folder.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("minder dan 5 teamleden"))
    }

    @Test(arguments: [(["team", "x.json", "--min-group", "2"], "--min-group moet minstens 3 zijn"), (["team"], "Geef minstens één resultaatbestand")])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try WijzerProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func minGroupThreeAndBaselineWork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(4, in: folder)
        let first = try WijzerProcess.run(["team", "resultaten", "--min-group", "3", "--out", "toen"], directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try WijzerProcess.run(["team", "resultaten", "--min-group", "3", "--out", "nu", "--baseline", "toen/team-scores.csv"], directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        let md = try String(contentsOfFile: folder.path + "/nu/team-rapport.md", encoding: .utf8)
        #expect(md.contains("## Verandering sinds de vorige sessie"))
        #expect(md.contains("4 teamleden"))
    }

    /// `--csv-separator ,` gives RFC 4180 for other tools; anything else is a usage error.
    @Test func csvSeparatorCanBeAComma() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(5, in: folder)
        let run = try WijzerProcess.run(["team", "resultaten", "--out", "uit", "--csv-separator", ","], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let answers = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/uit/team-antwoorden.csv"))
        #expect(answers.starts(with: Array("\u{FEFF}vraag_id,thema,vraag,".utf8)))
        let bad = try WijzerProcess.run(["team", "resultaten", "--out", "uit", "--csv-separator", "|"], directory: folder.path)
        #expect(bad.status == 2 && bad.stderr.contains("--csv-separator moet ; of , zijn"), "\(bad.stderr)")
    }

    /// The differencing attack: a report on 12 people with `--baseline` on the same 11 gives away
    /// the 12th person's answers, so it is refused (exit 2, no report); 12 against 7 is fine.
    @Test func baselineDifferingByFewerThanKIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var g = ResultGenerator(questionnaire: Self.questionnaire.0, stamp: Self.questionnaire.1, seed: 5)
        for i in 0 ..< 12 {
            var doc = g.document(themes: ["lesgeven"])
            doc.respondent = String(repeating: "0", count: 30) + (i < 10 ? "0\(i)" : "\(i)")
            let bytes = String(decoding: ResultCodec.encode(doc), as: UTF8.self)
            _ = try folder.write("nu/r\(i).json", bytes)
            if i < 11 { _ = try folder.write("bijna/r\(i).json", bytes) }
            if i < 7 { _ = try folder.write("klein/r\(i).json", bytes) }
        }
        let refused = try WijzerProcess.run(["team", "nu", "--out", "uit", "--baseline", "bijna"], directory: folder.path)
        #expect(refused.status == 2 && refused.stderr.contains("--baseline geweigerd"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit/team-rapport.md"))
        let csv = try WijzerProcess.run(["team", "bijna", "--out", "toen"], directory: folder.path)
        #expect(csv.status == 0)
        let fromCSV = try WijzerProcess.run(["team", "nu", "--out", "uit", "--baseline", "toen/team-scores.csv"], directory: folder.path)
        #expect(fromCSV.status == 2 && fromCSV.stderr.contains("--baseline geweigerd"), "\(fromCSV.stderr)")
        let allowed = try WijzerProcess.run(["team", "nu", "--out", "uit", "--baseline", "klein"], directory: folder.path)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let md = try String(contentsOfFile: folder.path + "/uit/team-rapport.md", encoding: .utf8)
        #expect(md.contains("## Verandering sinds de vorige sessie") && md.contains("kan iemand herkennen"))
    }

    /// Whether LibreOffice is installed (`make test` installs it, so CI always has it).
    static let hasLibreOffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    /// Reads a CSV (as written) and the same file converted to xlsx by LibreOffice, importing it
    /// as a Dutch spreadsheet does (UTF-8, `;`), and prints every cell that differs.
    static let compareCells = """
        import csv, sys, openpyxl
        rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=sys.argv[3]))
        sheet = [["" if v is None else (str(v) if not isinstance(v, float) else repr(v)) for v in row]
                 for row in openpyxl.load_workbook(sys.argv[2]).active.iter_rows(values_only=True)]
        bad = 0
        for r, row in enumerate(rows):
            got = sheet[r] + [""] * (len(row) - len(sheet[r])) if r < len(sheet) else []
            for c, want in enumerate(row):
                if c >= len(got) or got[c] != want:
                    bad += 1
                    if bad < 5: print("row", r + 1, "column", c + 1, repr(want), "->", repr(got[c] if c < len(got) else None))
        if len(sheet) != len(rows): bad += 1; print(len(rows), "rows written,", len(sheet), "read")
        sys.exit(1 if bad else 0)
        """

    /// The CSV files open in a Dutch spreadsheet with every cell as written ("Beroepsoriëntatie",
    /// not "BeroepsoriÃ«ntatie", and not one column): converted by LibreOffice headless with a
    /// Dutch import (UTF-8, `;`) and read back with openpyxl. A comma-separated file fails the
    /// same check, so the check can fail.
    @Test(.enabled(if: hasLibreOffice || ProcessInfo.processInfo.environment["CI"] != nil))
    func csvRoundTripsThroughLibreOffice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(6, in: folder)
        let run = try WijzerProcess.run(["team", "resultaten", "--out", "uit"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let comma = try WijzerProcess.run(["team", "resultaten", "--out", "komma", "--csv-separator", ","], directory: folder.path)
        #expect(comma.status == 0, "\(comma.stderr)")
        func convert(_ csv: String) throws -> String {
            let soffice = try WijzerProcess.runExecutableForTests("/usr/bin/env", [
                "HOME=" + folder.path + "/lo", "soffice", "--headless", "--infilter=Text - txt - csv (StarCalc):59,34,76,1",
                "--convert-to", "xlsx", "--outdir", folder.path + "/xlsx", folder.path + "/" + csv,
            ])
            #expect(soffice.status == 0, "\(soffice.stdout)\(soffice.stderr)")
            let name = (csv as NSString).lastPathComponent.replacingOccurrences(of: ".csv", with: ".xlsx")
            return folder.path + "/xlsx/" + name
        }
        for name in ["team-scores.csv", "team-antwoorden.csv"] {
            let xlsx = try convert("uit/" + name)
            let check = try WijzerProcess.runExecutableForTests("/usr/bin/env", ["python3", "-c", Self.compareCells, folder.path + "/uit/" + name, xlsx, ";"])
            #expect(check.status == 0, "\(name): \(check.stdout)\(check.stderr)")
        }
        let answers = try WijzerProcess.runExecutableForTests("/usr/bin/env", ["python3", "-c", """
            import openpyxl, sys
            cells = [c for row in openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True) for c in row]
            sys.exit(0 if "Beroepsoriëntatie" in cells else 1)
            """, folder.path + "/xlsx/team-antwoorden.xlsx"])
        #expect(answers.status == 0, "\(answers.stdout)\(answers.stderr)")
        // The RFC 4180 file, imported the Dutch way, is one column: the check sees it.
        let wrong = try convert("komma/team-scores.csv")
        let control = try WijzerProcess.runExecutableForTests("/usr/bin/env", ["python3", "-c", Self.compareCells, folder.path + "/komma/team-scores.csv", wrong, ","])
        #expect(control.status == 1, "\(control.stdout)")
    }
}
