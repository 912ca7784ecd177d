import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer test`: run the examples written beside the questionnaires.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Voer de voorbeelden (example) uit en controleer welke tips en scores volgen.",
        discussion: """
            Elk voorbeeld geeft antwoorden en zegt welke tips wel en niet moeten volgen en in welk \
            bereik een score ligt. Een voorbeeld dat niet klopt, wordt gemeld als \
            bestand:regel:kolom bij de verwachting die niet uitkomt.
            Afsluitcode: 0 alles klopt, 1 fouten in de vragenlijst of voorbeelden die niet kloppen, 2 verkeerd gebruik.

            Voorbeelden:
              wijzer test                       de voorbeelden van de ingebouwde vragenlijsten
              wijzer test Questionnaires/       de voorbeelden in een map
            """
    )

    @Argument(help: ArgumentHelp("Bestanden of mappen (standaard: de ingebouwde vragenlijsten).", valueName: "pad"))
    var paths: [String] = []

    @OptionGroup var options: QuestionnaireOptions

    func run() throws {
        let files = try options.sources(paths)
        let result = Checker.check(files, lint: false)
        let formatter = Terminal.diagnosticsFormatter(fd: 2, noColor: options.noColor)
        if result.diagnostics.errorCount > 0 {
            Terminal.writeError(formatter.format(result.diagnostics.sorted.filter { $0.severity == .error }, in: result.diagnostics.files))
            Terminal.writeError("De vragenlijst heeft \(count(result.diagnostics.errorCount, "fout", "fouten")); herstel die eerst (`wijzer check`).\n")
            throw WijzerError(.findings)
        }
        var engine = DiagnosticEngine(files: result.diagnostics.files)
        let outcomes = ExampleRunner.run(result.questionnaire, diagnostics: &engine)
        if outcomes.isEmpty {
            Terminal.writeError(formatter.format(engine.sorted, in: engine.files))
            throw WijzerError(.findings, "niets te testen: \(files.count == 1 ? "het bestand bevat" : "de bestanden bevatten") geen voorbeelden (\(files.map(\.path).joined(separator: ", ")))")
        }
        Terminal.writeError(formatter.format(engine.sorted, in: engine.files))
        let failed = outcomes.filter { !$0.passed }.count
        Terminal.writeError(failed == 0
            ? "Alle \(count(outcomes.count, "voorbeeld klopt", "voorbeelden kloppen")).\n"
            : "\(count(failed, "voorbeeld klopt", "voorbeelden kloppen")) niet.\n")
        if failed > 0 { throw WijzerError(.findings) }
    }
}
