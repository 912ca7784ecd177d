import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer start [THEMA...]`: answer the questions of one or more themes; without themes the
/// start screen. This is also what `wijzer` alone does on a terminal.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Beantwoord de vragen van een of meer thema's (zonder thema: het startscherm).",
        discussion: """
            Je antwoordt met het nummer, de letter of het begin van een antwoord; bij een schaal \
            of getal met het getal. Opdrachten: :terug, :overslaan, :uitleg, :overzicht, :stop en \
            :help (ook :back, :skip, :explain, :review, :quit). Na elk antwoord wordt alles \
            bewaard; Ctrl-C of Ctrl-D stopt, en de volgende keer ga je verder waar je was. Aan het \
            eind van een thema volgen een overzicht, het resultaat en je actieplan (--out).

            Zonder terminal (invoer uit een bestand of pipe) leest Wijzer één antwoord per regel, \
            in dezelfde vorm, opdrachten ook. Houdt de invoer op voordat alles beantwoord is, dan \
            wordt bewaard wat er was en is de afsluitcode 3.
            Afsluitcode: 0 klaar of gestopt, 2 verkeerd gebruik, 3 invoer hield op, 4 opslaan \
            mislukt, 130 na Ctrl-C (128 + signaal).

            Voorbeelden:
              wijzer start                          het startscherm met alle thema's
              wijzer start lesgeven                 meteen naar het thema Lesgeven
              wijzer start --data-dir ~/wijzer      je antwoorden in een andere map
            """
    )

    @Argument(help: ArgumentHelp("Thema's (id, titel of nummer) om te doen, na elkaar.", valueName: "thema"))
    var themes: [String] = []

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let runner = try options.makeRunner(command: ["start"] + themes)
        var chosen: [String] = []
        for typed in themes {
            switch ThemeLookup.find(typed, in: runner.context.questionnaire) {
            case .success(let id): chosen.append(id)
            case .failure(let problem):
                throw WijzerError(.usage, problem.message)
            }
        }
        let outcome = chosen.isEmpty ? runner.home() : runner.start(themes: chosen)
        if let error = outcome.error(interactive: runner.context.input.isInteractive) { throw error }
    }
}
