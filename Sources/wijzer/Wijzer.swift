import ArgumentParser
import WijzerStorage
import WijzerTerminal

/// The `wijzer` command: reflective self-assessment for teachers, on any questionnaire set.
@main
struct Wijzer: ParsableCommand {
    /// Without a subcommand, `wijzer` on a terminal opens the start screen (`start`); with input
    /// from a pipe or file it checks the questionnaires (`check`), as scripts expect.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "wijzer",
        abstract: "Wijzer: reflecteer op je eigen lespraktijk met de thema's van een vragenlijst.",
        discussion: """
            Zonder opdracht opent `wijzer` op een terminal het startscherm (`wijzer start`); \
            komt de invoer uit een pipe of bestand, dan doet `wijzer` hetzelfde als `wijzer check`.

            Wijzer helpt docenten om met een vragenlijst naar hun eigen praktijk te kijken en er \
            een actieplan bij te maken. Vragenlijsten staan in .wijzer-bestanden; de \
            standaardvragenlijsten zitten in het programma zelf.

            Voorbeelden:
              wijzer                        het startscherm: kies een thema
              wijzer onboarding             alle thema's in de aanbevolen volgorde
              wijzer start lesgeven         meteen naar het thema Lesgeven
              wijzer plan resultaat.json    je actieplan opnieuw maken
              wijzer compare oud.json nieuw.json
              wijzer team resultaten/       een teamrapport zonder namen
              wijzer check                  de vragenlijsten controleren
            """,
        version: "0.1.0",
        subcommands: [Start.self, Onboarding.self, Check.self, Fmt.self, Test.self, Plan.self, Compare.self, Team.self, Serve.self],
        defaultSubcommand: Terminal.isTerminal(0) ? Start.self : Check.self
    ) }

    /// Runs the command line; every failure ends in `ErrorReport`, which renders it.
    static func main() {
        StandardDescriptors.secure()
        var chosen: ParsableCommand.Type?
        do {
            var command = try parseAsRoot()
            chosen = type(of: command)
            try command.run()
        } catch {
            ErrorReport.exit(for: error, root: self, command: chosen)
        }
    }
}
