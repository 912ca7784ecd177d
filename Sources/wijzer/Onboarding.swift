import ArgumentParser
import WijzerStorage
import WijzerTerminal

/// `wijzer onboarding`: the guided path for a new teacher through all six themes.
struct Onboarding: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onboarding",
        abstract: "De kennismaking: alle thema's in de aanbevolen volgorde, met de achtergrond vooraf.",
        discussion: """
            Begint bij het eerste thema. Elk thema begint met de achtergrond (kennis) en daarna de \
            situaties en vragen; afgeronde thema's worden overgeslagen. Aan het eind staat je \
            actieplan in de map van --out. Stoppen kan altijd (:stop, Ctrl-C, Ctrl-D); \
            `wijzer onboarding` gaat later verder waar je was.
            Afsluitcode: als bij `wijzer start`.
            """
    )

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let runner = try options.makeRunner(command: ["onboarding"])
        let outcome = runner.onboarding()
        if let error = outcome.error(interactive: runner.context.input.isInteractive) { throw error }
    }
}
