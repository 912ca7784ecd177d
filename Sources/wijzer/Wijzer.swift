import ArgumentParser

/// The `wijzer` command: reflective self-assessment for teachers, on the VHTO guide Beter Behouden.
@main
struct Wijzer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijzer",
        abstract: "Wijzer: reflecteer op je eigen lespraktijk met de thema's van Beter Behouden (VHTO).",
        discussion: """
            Wijzer helpt docenten en studieloopbaanbegeleiders in mbo techniek en ICT om studentes \
            beter te behouden. Vragenlijsten staan in .wijzer-bestanden; de standaardvragenlijsten \
            zitten in het programma zelf.

            Voorbeelden:
              wijzer check                      controleer de ingebouwde vragenlijsten
              wijzer check Questionnaires/      controleer de vragenlijsten in een map
              wijzer fmt --check Questionnaires/
            """,
        version: "0.1.0",
        subcommands: [Check.self, Fmt.self, Test.self, Plan.self, Compare.self],
        defaultSubcommand: Check.self
    )

    /// Runs the command line, mapping every outcome to an exit status through `ExitStatus`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.exit(for: error, command: self)
        }
    }
}
