import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer check`: parse and validate questionnaires, reporting every problem in one run.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer vragenlijsten en meld alle fouten en waarschuwingen.",
        discussion: """
            Alle bestanden samen vormen één vragenlijstset: id's zijn uniek over de hele set en \
            verwijzingen mogen naar andere bestanden gaan. Elke melding staat als \
            bestand:regel:kolom: error|warning: melding (op een terminal met de regel en een ^ eronder); \
            een voorgestelde verbetering volgt als help:-regel, een verwante plek als note:-regel.
            Met --format json of --format sarif komen de meldingen als JSON op de standaarduitvoer, \
            voor editors en CI (velden: docs/check-output.schema.json; SARIF 2.1.0).
            Afsluitcode: 0 geen meldingen, 1 fouten of waarschuwingen, 2 verkeerd gebruik.

            Voorbeelden:
              wijzer check                          de ingebouwde vragenlijsten
              wijzer check Questionnaires/          alle .wijzer-bestanden in een map
              wijzer check les.wijzer tips.wijzer   twee bestanden als één set
              wijzer check --format sarif > wijzer.sarif
            """
    )

    @Argument(help: ArgumentHelp("Bestanden of mappen (standaard: de ingebouwde vragenlijsten).", valueName: "pad"))
    var paths: [String] = []

    @Option(help: "text (standaard), json of sarif.")
    var format: CheckFormat = .text

    @OptionGroup var options: QuestionnaireOptions

    func run() throws {
        let files = try options.sources(paths)
        let result = Checker.check(files)
        if format != .text {
            let engine = result.diagnostics
            Terminal.writeOutput(format == .json ? DiagnosticsJSON.render(engine)
                : DiagnosticsSARIF.render(engine, toolVersion: Wijzer.configuration.version))
            if engine.errorCount + engine.warningCount > 0 { throw WijzerError(.findings) }
            return
        }
        let formatter = Terminal.diagnosticsFormatter(fd: 2, noColor: options.noColor)
        let diagnostics = result.diagnostics.sorted
        Terminal.writeError(formatter.format(diagnostics, in: result.diagnostics.files))
        if result.diagnostics.suppressed > 0 {
            Terminal.writeError("… en nog \(result.diagnostics.suppressed) meldingen die niet getoond worden (meer dan \(DiagnosticEngine.limitPerFile) in één bestand).\n")
        }
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        let q = result.questionnaire
        let fileCount = count(files.count, "bestand", "bestanden")
        if q.themes.isEmpty && q.questions.isEmpty && result.diagnostics.errorCount == 0 {
            throw WijzerError(.findings, "niets te controleren: \(files.count == 1 ? "het bestand bevat" : "de bestanden bevatten") geen thema's en geen vragen (\(files.map(\.path).joined(separator: ", ")))")
        }
        if diagnostics.isEmpty {
            Terminal.writeError("In orde: \(fileCount), \(count(q.themes.count, "thema", "thema's")), "
                + "\(count(q.questions.count, "vraag", "vragen")), \(count(q.tips.count, "tip", "tips")).\n")
            return
        }
        Terminal.writeError("\(count(errors, "fout", "fouten")) en \(count(warnings, "waarschuwing", "waarschuwingen")) in \(fileCount).\n")
        if let note = unreadSiblings(files: files, diagnostics: diagnostics) { Terminal.writeError(note + "\n") }
        throw WijzerError(.findings)
    }

    /// When single files of a folder were checked and something is called unknown, a note that
    /// the folder's other files, where it may be defined, were not read.
    private func unreadSiblings(files: [SourceFile], diagnostics: [Diagnostic]) -> String? {
        let unknown: Set<DiagnosticID> = [.unknownTip, .unknownTheme, .unknownDimension, .unknownScenario, .unknownQuestion, .unknownScoreTarget]
        guard diagnostics.contains(where: { unknown.contains($0.id) }) else { return nil }
        let read = Set(files.map(\.path))
        for path in paths where FolderWalker.isFolder(path) == false {
            let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            guard let siblings = try? FolderWalker.files(in: folder, extension: "wijzer", status: .findings) else { continue }
            let unread = siblings.filter { !read.contains($0) && !read.contains(String($0.dropFirst(2))) }
            if !unread.isEmpty {
                return "Let op: \(count(unread.count, "ander .wijzer-bestand", "andere .wijzer-bestanden")) in \(VisibleText.visible(folder)) "
                    + "\(unread.count == 1 ? "is" : "zijn") niet gelezen; wat daar staat, heet hier onbekend. "
                    + "Controleer de hele set met: wijzer check \(VisibleText.visible(folder))"
            }
        }
        return nil
    }
}

/// How `wijzer check` writes its findings.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
}
