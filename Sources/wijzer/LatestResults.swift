import ArgumentParser
import Foundation
import WijzerScoring
import WijzerStorage
import WijzerTerminal
import WijzerLanguage

/// The data folder of `plan` and `compare`, and the result files in it, for when the teacher
/// names no file: the latest self-checks of this questionnaire.
struct DataFolderOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Map met je antwoorden (standaard $XDG_DATA_HOME/wijzer of ~/.local/share/wijzer).", valueName: "map"))
    var dataDir: String?

    /// The data folder; a usage error without one.
    func folder() throws -> String {
        if let dataDir { return dataDir }
        guard let folder = SessionStore.defaultFolder(environment: ProcessInfo.processInfo.environment) else {
            throw WijzerError(.usage, "geen thuismap gevonden (HOME is leeg); kies een map met --data-dir.")
        }
        return folder
    }

    /// Where plans and comparisons go unless `--out` says otherwise.
    func planFolder(out: String?) throws -> String { try out ?? PlanWriter.defaultFolder(dataFolder: folder()) }

    /// The `count` most recent result files of `questionnaireID`, oldest first. Snapshot names
    /// carry their time (`<id>-yyyyMMdd-HHmmss.json`), so name order is time order.
    func latestResults(_ questionnaireID: String, count: Int) throws -> [String] {
        let results = SessionStore(folder: try folder()).resultsFolder
        let files = FolderWalker.isFolder(results) == true
            ? try FolderWalker.files(in: results, extension: "json", status: .usage) : []
        let mine = files.filter { ($0 as NSString).lastPathComponent.hasPrefix(questionnaireID + "-") }
        guard mine.count >= count else {
            let needed = count == 1 ? "een zelfcheck" : "\(count) zelfchecks"
            throw WijzerError(.usage, "in \(results) staat niet genoeg: nodig is \(needed), gevonden \(mine.count); geef de bestanden op.")
        }
        return Array(mine.suffix(count))
    }
}

/// Tells the teacher which answers of the result file at `path` were not counted (`ResultMatch`)
/// and what to do about it; `made` names what was made from the rest ("Je actieplan is").
func reportIgnored(_ ignored: [ResultMatch.Ignored], in path: String, made: String) {
    guard !ignored.isEmpty else { return }
    var text = "Let op: \(count(ignored.count, "antwoord", "antwoorden")) in \(VisibleText.visible(PlanWriter.absolute(path))) "
    text += ignored.count == 1 ? "telt niet mee, omdat het" : "tellen niet mee, omdat ze"
    text += " niet (meer) bij de vragenlijst \(ignored.count == 1 ? "past" : "passen"):\n"
    for item in ignored { text += "  - \(VisibleText.visible(item.message))\n" }
    text += "\(made) gemaakt uit de antwoorden die wel passen. Wil je deze vragen meetellen, "
    text += "beantwoord ze dan opnieuw met `wijzer start`.\n"
    Terminal.writeError(text)
}
