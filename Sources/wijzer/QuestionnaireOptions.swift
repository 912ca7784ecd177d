import ArgumentParser
import WijzerContent
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// Where the questionnaires come from: paths on the command line, `--questionnaires DIR`, or
/// the set bundled inside the binary.
struct QuestionnaireOptions: ParsableArguments {
    @Option(name: .customLong("questionnaires"), help: ArgumentHelp(
        "Map met .wijzer-bestanden in plaats van de ingebouwde vragenlijsten.", valueName: "map"))
    var folder: String?

    @Flag(name: .customLong("no-color"), help: "Geen kleur in de uitvoer.")
    var noColor = false

    /// The files to use: `paths` if given, else `--questionnaires`, else the bundled set.
    func sources(_ paths: [String]) throws -> [SourceFile] {
        let chosen = paths.isEmpty ? folder.map { [$0] } ?? [] : paths
        if chosen.isEmpty {
            return BundledQuestionnaires.files.map {
                SourceFile(path: "\(BundledQuestionnaires.folder)/\($0.name)", text: $0.contents)
            }
        }
        return try SourceLoader.load(chosen)
    }
}

/// A folder option given as "" names no folder (it would read as ": is geen map").
func requireFolder(_ value: String?, option: String) throws {
    if value?.isEmpty == true { throw WijzerError(.usage, "\(option): geef een map op; de waarde is leeg") }
}

/// Dutch counting: "1 fout", "2 fouten".
func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
