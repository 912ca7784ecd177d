import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer compare`: progress between two self-checks.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Vergelijk twee zelfchecks: scores per thema, afgeronde en nieuwe tips.",
        discussion: """
            Toont op het scherm hoe je scores per thema veranderd zijn en welke tips je hebt \
            afgerond of erbij kreeg, en schrijft hetzelfde als Markdown in de map van --out.

            Voorbeeld:
              wijzer compare resultaat-september.json resultaat-december.json
            """
    )

    @Argument(help: ArgumentHelp("De eerdere zelfcheck.", valueName: "oud"))
    var old: String

    @Argument(help: ArgumentHelp("De nieuwe zelfcheck.", valueName: "nieuw"))
    var new: String

    @Option(help: ArgumentHelp("Map voor de vergelijking als Markdown.", valueName: "map"))
    var out: String = "Reports"

    @OptionGroup var options: QuestionnaireOptions

    func run() throws {
        try requireFolder(out, option: "--out")
        let files = try options.sources([])
        let questionnaire = Checker.check(files, lint: false).questionnaire
        let before = try ResultFile.read(old)
        let after = try ResultFile.read(new)
        for (doc, path) in [(before, old), (after, new)] where doc.questionnaire.id != questionnaire.id {
            throw WijzerError(.findings, "\(path): veld `questionnaire.id`: hoort bij `\(doc.questionnaire.id)`, niet bij `\(questionnaire.id)`")
        }
        let comparison = Comparison(old: before, new: after, questionnaire: questionnaire)
        Terminal.writeOutput(comparison.text())
        try DurableFile.ensurePrivateDirectory(out)
        let path = "\(out)/vergelijking-\(DutchDate.iso(before.updated))-\(DutchDate.iso(after.updated)).md"
        try DurableFile.write(Array(comparison.markdown().utf8), to: path)
        Terminal.writeError("Vergelijking geschreven: \(VisibleText.visible(path))\n")
    }
}
