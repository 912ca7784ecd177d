import ArgumentParser
import SystemPackage
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
        let files = try SourceLoader.load(paths.isEmpty ? ["Questionnaires"] : paths)
        let formatter = Terminal.diagnosticsFormatter(fd: 2, noColor: noColor)
        var findings = 0
        var changed = 0
        var unsaved = 0
        for original in files {
            var file = original
            var (parsed, diagnostics) = Checker.parse(file)
            var errors = diagnostics.sorted.filter { $0.severity == .error }
            // Characters pasted from a word processor are the one error fmt repairs itself: the
            // fix is certain (the checker gives one fix-it for all of a file's lookalikes).
            if !errors.isEmpty, errors.allSatisfy({ $0.id == .lookalikeCharacter }) {
                var bytes = file.bytes
                for fix in errors.flatMap(\.fixIts) { bytes = fix.applied(to: bytes, file: 0) }
                file = SourceFile(path: file.path, bytes: bytes)
                (parsed, diagnostics) = Checker.parse(file)
                errors = diagnostics.sorted.filter { $0.severity == .error }
            }
            if !errors.isEmpty {
                Terminal.writeError(formatter.format(errors, in: diagnostics.files))
                Terminal.writeError("\(VisibleText.visible(file.path)): niet opgemaakt, eerst \(count(errors.count, "fout", "fouten")) herstellen.\n")
                findings += 1
                continue
            }
            let formatted = Formatter.format(parsed, file: file)
            if Array(formatted.utf8) == original.bytes { continue }
            changed += 1
            if check {
                Terminal.writeError("\(VisibleText.visible(file.path)): staat niet in de vaste opmaak (`wijzer fmt \(VisibleText.visible(file.path))` herstelt dat)\n")
                findings += 1
                continue
            }
            do {
                try replace(file.path, with: formatted)
                Terminal.writeError("\(VisibleText.visible(file.path)): opgemaakt\n")
            } catch {
                // The other files are still formatted; the status says something was not saved.
                Terminal.writeError("\(VisibleText.visible(error.message))\n")
                unsaved += 1
            }
        }
        if unsaved > 0 {
            throw WijzerError(.cannotSave, "\(count(unsaved, "bestand", "bestanden")) niet opgemaakt: kon niet opslaan.")
        }
        if findings > 0 { throw WijzerError(.findings) }
        if changed == 0 {
            Terminal.writeError("Alle \(count(files.count, "bestand staat", "bestanden staan")) al in de vaste opmaak.\n")
        }
    }

    /// Replaces the file atomically (`DurableFile`), keeping its permissions. A file without
    /// write permission is left alone: whoever protected it did not want it rewritten (the
    /// atomic rename would otherwise replace it regardless).
    private func replace(_ path: String, with text: String) throws(WijzerError) {
        let permissions: FilePermissions
        do {
            permissions = try FilePath(path).stat().permissions
        } catch {
            throw .file(path, "kan niet opslaan", error, status: .cannotSave)
        }
        if !permissions.contains(.ownerWrite) {
            throw WijzerError(.cannotSave, "\(path): kan niet opslaan (het bestand is alleen-lezen)")
        }
        try DurableFile.write(Array(text.utf8), to: path, permissions: permissions)
    }
}
