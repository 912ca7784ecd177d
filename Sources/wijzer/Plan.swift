import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer plan`: regenerate a personal action plan from a result file.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Maak het persoonlijke actieplan opnieuw uit een resultaatbestand.",
        discussion: """
            Leest een resultaatbestand (JSON; zonder bestand: je laatste zelfcheck) en schrijft \
            het actieplan als Markdown en als HTML-pagina (af te drukken als PDF) naast je \
            resultaten, in de map plannen van je gegevensmap, of in de map van --out. Een \
            eerder plan wordt nooit overschreven: een tweede plan van dezelfde dag krijgt een \
            volgnummer. De plannen bevatten je eigen antwoorden en worden alleen voor jou \
            leesbaar opgeslagen.

            Voorbeelden:
              wijzer plan
              wijzer plan ~/.local/share/wijzer/results/beter-behouden-20261130-101500.json
              wijzer plan resultaat.json --format html --out ~/Documenten
              wijzer plan resultaat.json --format json     (scores en tips als JSON op het scherm)
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json, all
    }

    @Argument(help: ArgumentHelp("Het resultaatbestand (standaard je laatste zelfcheck).", valueName: "resultaat"))
    var result: String?

    @Option(help: "md, html, json of all (md en html).")
    var format: Format = .all

    @Option(help: ArgumentHelp("Map voor het actieplan (standaard plannen in je gegevensmap).", valueName: "map"))
    var out: String?

    @OptionGroup var data: DataFolderOptions

    @OptionGroup var options: QuestionnaireOptions

    func run() throws {
        try requireFolder(out, option: "--out")
        let files = try options.sources([])
        let checked = Checker.check(files, lint: false)
        let questionnaire = checked.questionnaire
        let result = try self.result ?? data.latestResults(questionnaire.id, count: 1)[0]
        let (document, ignored) = try ResultFile.read(result, for: questionnaire, stamp: questionnaire.stamp(files: files))
        reportIgnored(ignored, in: result, made: format == .json ? "De scores zijn" : "Je actieplan is")
        if format == .json {
            let evaluation = Scorer.evaluate(questionnaire, document.answers, themes: Set(document.themes.map(\.theme)))
            Terminal.writeOutput(EvaluationJSON.encode(evaluation))
            return
        }
        let formats: [PlanWriter.Format] = switch format {
        case .md: [.markdown]
        case .html: [.html]
        default: PlanWriter.Format.allCases
        }
        let written = try PlanWriter.write(document, questionnaire: questionnaire, folder: data.planFolder(out: out), formats: formats)
        Terminal.writeError("Actieplan geschreven: \(VisibleText.visible(written.joined(separator: ", ")))\n")
    }
}
