import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer team`: a team report from the team's result files, without exposing anyone.
struct Team: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Maak een teamrapport uit de resultaatbestanden van een team, zonder iemand herkenbaar te maken.",
        discussion: """
            Leest resultaatbestanden (of mappen met .json-bestanden) en schrijft in de map van --out: \
            team-rapport.md, team-rapport.html (af te drukken als PDF), team-scores.csv en \
            team-antwoorden.csv. Het rapport toont per thema de spreiding van de scores, per vraag \
            de antwoorden, de vragen waarover het team het meest verschilt (gespreksonderwerpen) \
            en de tips die voor de meeste teamleden gelden.
            Privacy: geen namen of bestandsnamen; een cijfer over een groep staat er alleen in als \
            minstens --min-group mensen (standaard 5, minimaal 3) bijdroegen. Reflecties (vrije \
            tekst) alleen met --with-reflections en bij minstens 10 antwoorden.
            Bestanden die niet te gebruiken zijn, worden op het scherm gemeld en overgeslagen.
            Afsluitcode: 0 rapport geschreven (eventueel met waarschuwingen), 1 geen enkel bruikbaar \
            bestand of (met --strict) een probleem met een bestand, 2 verkeerd gebruik.

            Voorbeelden:
              wijzer team ~/Gedeeld/team-resultaten/
              wijzer team resultaten/ --out Teamsessie --baseline Vorige/team-scores.csv
              wijzer team a.json b.json c.json d.json e.json --min-group 3
            """
    )

    @Argument(help: ArgumentHelp("Resultaatbestanden of mappen ermee.", valueName: "pad"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Map voor het teamrapport.", valueName: "map"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Een eerdere team-scores.csv, of een map met resultaten van een eerdere sessie.", valueName: "pad"))
    var baseline: String?

    @Option(name: .customLong("min-group"), help: ArgumentHelp("Kleinste groep waarover cijfers getoond worden (minimaal 3).", valueName: "aantal"))
    var minGroup: Int = TeamPrivacy.defaultMinimumGroup

    @Flag(name: .customLong("with-reflections"), help: "Neem vrije-tekstreflecties op (alleen bij minstens 10 antwoorden op een vraag).")
    var withReflections = false

    @Flag(help: "Stop bij elk probleem met een bestand (afsluitcode 1) en schrijf dan geen rapport.")
    var strict = false

    @OptionGroup var options: QuestionnaireOptions

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("Geef minstens één resultaatbestand of map op, bijvoorbeeld: wijzer team resultaten/")
        }
        if minGroup < TeamPrivacy.lowestMinimumGroup {
            throw ValidationError("--min-group moet minstens \(TeamPrivacy.lowestMinimumGroup) zijn: kleinere groepen maken mensen herkenbaar.")
        }
    }

    func run() throws {
        let files = try options.sources([])
        let checked = Checker.check(files, lint: false)
        if checked.diagnostics.errorCount > 0 {
            Terminal.writeError("wijzer team: de vragenlijst heeft fouten; controleer haar eerst met `wijzer check`.\n")
            try ExitStatus.findings.exit()
        }
        var settings = TeamSession.Options()
        settings.minimumGroup = minGroup
        settings.withReflections = withReflections
        settings.baseline = baseline.map { [$0] } ?? []
        let session = TeamSession(questionnaire: checked.questionnaire, stamp: checked.questionnaire.stamp(files: files))
        let outcome = session.run(paths, options: settings)
        let report = outcome.report

        for problem in outcome.problems { Terminal.writeError("waarschuwing: \(problem)\n") }
        for problem in outcome.baselineProblems { Terminal.writeError("waarschuwing (vorige sessie): \(problem)\n") }
        let skipped = outcome.problems.count
        let leftOut = report.leftOut.count
        if report.results == 0 {
            Terminal.writeError("wijzer team: geen enkel bruikbaar resultaatbestand (\(count(outcome.filesFound, "bestand", "bestanden")) gevonden).\n")
            try ExitStatus.findings.exit()
        }
        if strict && (skipped > 0 || leftOut > 0 || !outcome.baselineProblems.isEmpty) {
            Terminal.writeError("wijzer team: gestopt vanwege --strict: \(count(skipped, "bestand", "bestanden")) overgeslagen, \(count(leftOut, "vraag", "vragen")) niet meegeteld; geen rapport geschreven.\n")
            try ExitStatus.findings.exit()
        }
        let written: [String]
        do {
            written = try TeamSession.write(report, to: out)
        } catch {
            Terminal.writeError("wijzer team: \(error)\n")
            try ExitStatus.findings.exit()
        }
        var summary = "Teamrapport geschreven: \(written.joined(separator: ", "))\n"
        summary += "\(count(report.results, "resultaat", "resultaten")) meegeteld"
        if skipped > 0 { summary += ", \(count(skipped, "bestand", "bestanden")) overgeslagen (zie hierboven)" }
        if leftOut > 0 { summary += ", \(count(leftOut, "vraag", "vragen")) uit een andere versie niet meegeteld" }
        summary += ".\n"
        if !report.teamShown {
            summary += "Let op: minder dan \(minGroup) resultaten; het rapport toont daarom geen cijfers.\n"
        }
        Terminal.writeError(summary)
    }
}
