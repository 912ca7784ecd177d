import ArgumentParser
import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// The options of the interactive commands (`start`, `onboarding`): where data and plans go,
/// the teacher's name, and the questionnaire options.
struct RunnerOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Map voor je antwoorden (standaard $XDG_DATA_HOME/wijzer of ~/.local/share/wijzer).", valueName: "map"))
    var dataDir: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("Map voor je actieplan (standaard plannen in je gegevensmap).", valueName: "map"))
    var out: String?

    @Option(name: .customLong("name"), help: ArgumentHelp("Je naam, zoals die in je resultaat en actieplan komt.", valueName: "naam"))
    var name: String?

    @OptionGroup var questionnaires: QuestionnaireOptions

    /// The runner for this process: readline when standard input is a terminal, lines of a pipe
    /// otherwise; colour only on a terminal.
    func makeRunner(command: [String]) throws -> Runner {
        if let name, case .failure(let rejection) = TypedLine.check(Array(name.utf8)) {
            throw WijzerError(.usage, "--name: \(rejection.message)")
        }
        try requireFolder(dataDir, option: "--data-dir")
        try requireFolder(out, option: "--out")
        try requireFolder(questionnaires.folder, option: "--questionnaires")
        let files = try questionnaires.sources([])
        let result = Checker.check(files, lint: false)
        if result.diagnostics.errorCount > 0 {
            let formatter = Terminal.diagnosticsFormatter(fd: 2, noColor: questionnaires.noColor)
            Terminal.writeError(formatter.format(result.diagnostics.sorted.filter { $0.severity == .error }, in: result.diagnostics.files))
            Terminal.writeError("De vragenlijst heeft fouten; herstel die eerst met wijzer check.\n")
            throw WijzerError(.findings)
        }
        let folder = dataDir ?? SessionStore.defaultFolder(environment: ProcessInfo.processInfo.environment)
        guard let folder else {
            throw WijzerError(.usage, "geen thuismap gevonden (HOME is leeg); kies een map met --data-dir.")
        }
        let store = SessionStore(folder: folder)
        let lock = try store.lock(result.questionnaire.id)
        let interactive = Terminal.isTerminal(0)
        let output = RunnerOutput.standard(color: interactive && Terminal.useColor(fd: 1, disabled: questionnaires.noColor))
        let input: LineSource = interactive ? ReadlineSource() : PipeSource(output: output)
        let context = try RunnerContext(
            questionnaire: result.questionnaire, stamp: result.questionnaire.stamp(files: files),
            store: store, planFolder: PlanWriter.absolute(out ?? PlanWriter.defaultFolder(dataFolder: folder)), input: input, output: output,
            resumeCommand: resumeCommand(command), name: name, lock: lock)
        return Runner(context: context)
    }

    /// "wijzer start lesgeven --data-dir X": the same command, with the options that matter.
    private func resumeCommand(_ command: [String]) -> String {
        var words = ["wijzer"] + command
        if let dataDir { words += ["--data-dir", dataDir] }
        if let folder = questionnaires.folder { words += ["--questionnaires", folder] }
        return words.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }
}
