import ArgumentParser
import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer fmt`: rewrite questionnaire files in the canonical layout.
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Zet vragenlijsten in de vaste opmaak (inspringing, spaties, Engelse sleutelwoorden).",
        discussion: """
            Verandert alleen de opmaak, nooit de inhoud. Bestanden met fouten blijven onaangeroerd; \
            de fouten worden gemeld. Met --check wordt niets geschreven en meldt fmt welke \
            bestanden anders zouden worden (afsluitcode 1).

            Voorbeelden:
              wijzer fmt Questionnaires/            herschrijf alle bestanden in de map
              wijzer fmt --check Questionnaires/    alleen controleren, bijvoorbeeld in CI
            """
    )

    @Argument(help: ArgumentHelp("Bestanden of mappen (standaard: ./Questionnaires).", valueName: "pad"))
    var paths: [String] = []

    @Flag(help: "Niets schrijven; meld bestanden die nog niet in de vaste opmaak staan.")
    var check = false

    @Flag(name: .customLong("no-color"), help: "Geen kleur in de uitvoer.")
    var noColor = false

    func run() throws {
        let targets = paths.isEmpty ? ["Questionnaires"] : paths
        let files: [SourceFile]
        do {
            files = try SourceLoader.load(targets)
        } catch {
            Terminal.writeError("wijzer fmt: \(error.message)\n")
            try ExitStatus.usage.exit()
        }
        let formatter = Terminal.diagnosticsFormatter(fd: 2, noColor: noColor)
        var findings = 0
        var changed = 0
        for file in files {
            let (parsed, diagnostics) = Checker.parse(file)
            let errors = diagnostics.sorted.filter { $0.severity == .error }
            if !errors.isEmpty {
                Terminal.writeError(formatter.format(errors, in: diagnostics.files))
                Terminal.writeError("\(file.path): niet opgemaakt, eerst \(count(errors.count, "fout", "fouten")) herstellen.\n")
                findings += 1
                continue
            }
            let formatted = Formatter.format(parsed, file: file)
            if Array(formatted.utf8) == file.bytes { continue }
            changed += 1
            if check {
                Terminal.writeError("\(file.path): staat niet in de vaste opmaak (`wijzer fmt \(file.path)` herstelt dat)\n")
                findings += 1
                continue
            }
            do {
                try replace(file.path, with: formatted)
                Terminal.writeError("\(file.path): opgemaakt\n")
            } catch {
                Terminal.writeError("\(file.path): kan niet schrijven: \(error.localizedDescription)\n")
                findings += 1
            }
        }
        if findings > 0 { try ExitStatus.findings.exit() }
        if changed == 0 {
            Terminal.writeError("Alle \(count(files.count, "bestand staat", "bestanden staan")) al in de vaste opmaak.\n")
        }
    }

    /// Replaces the file atomically (`DurableFile`), keeping its permissions.
    private func replace(_ path: String, with text: String) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        try DurableFile.write(Array(text.utf8), to: path, mode: mode_t(mode))
    }
}
