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
            team-antwoorden.csv. Het rapport telt mensen, niet bestanden: de bestanden van één \
            persoon worden samengevoegd en per thema tellen haar of zijn nieuwste antwoorden, \
            alleen van afgeronde thema's. Het toont per thema de mediaan en de middelste helft van \
            de scores, per vraag de antwoorden, de vragen waarover het team het meest verschilt \
            (gespreksonderwerpen) en de tips die voor de meeste teamleden gelden.
            Privacy: geen namen of bestandsnamen; een cijfer over een groep staat er alleen in als \
            minstens --min-group mensen (standaard 5, minimaal 3) bijdroegen. Reflecties (vrije \
            tekst) alleen met --with-reflections, alleen als de schrijver toestemming gaf, en bij \
            minstens 10 zulke teksten. --baseline wordt geweigerd als de twee groepen in minder \
            dan --min-group mensen verschillen: dan zou de vergelijking hun antwoorden verraden.
            De CSV-bestanden zijn UTF-8 met BOM en ; als scheidingsteken (Nederlandse Excel); \
            met --csv-separator , krijg je komma's.
            Bestanden die niet te gebruiken zijn, worden op het scherm gemeld en overgeslagen.
            Afsluitcode: 0 rapport geschreven (eventueel met waarschuwingen), 1 geen enkel bruikbaar \
            bestand of (met --strict) een probleem met een bestand, 2 verkeerd gebruik, 4 rapport niet \
            op te slaan.

            Voorbeelden:
              wijzer team ~/Gedeeld/team-resultaten/
              wijzer team resultaten/ --out Teamsessie --baseline Vorige/team-scores.csv
              wijzer team a.json b.json c.json d.json e.json --min-group 3
              wijzer team resultaten/ --thema lesgeven --thema stagebegeleiding
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

    @Option(name: .customLong("csv-separator"), help: ArgumentHelp("Scheidingsteken in de CSV-bestanden: ; (Nederlandse spreadsheets, standaard) of , (RFC 4180).", valueName: "teken"))
    var csvSeparator: String = ";"

    @Option(name: .customLong("thema"), help: ArgumentHelp("Alleen over dit thema (nummer, id of naam); herhaal voor meer thema's. Zoals een teamsessie: andere thema's tellen niet mee en staan niet in het rapport.", valueName: "thema"))
    var themes: [String] = []

    @Flag(help: "Stop bij elk probleem met een bestand (afsluitcode 1) en schrijf dan geen rapport.")
    var strict = false

    @OptionGroup var options: QuestionnaireOptions

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("Geef minstens één resultaatbestand of map op, bijvoorbeeld: wijzer team resultaten/")
        }
        if separator == nil {
            throw ValidationError("--csv-separator moet ; of , zijn.")
        }
        if minGroup < TeamPrivacy.lowestMinimumGroup {
            throw ValidationError("--min-group moet minstens \(TeamPrivacy.lowestMinimumGroup) zijn: kleinere groepen maken mensen herkenbaar.")
        }
    }

    private var separator: Character? {
        csvSeparator.count == 1 ? TeamCSVRenderer.separators.first { String($0) == csvSeparator } : nil
    }

    func run() throws {
        let files = try options.sources([])
        let checked = Checker.check(files, lint: false)
        if checked.diagnostics.errorCount > 0 {
            throw WijzerError(.findings, "de vragenlijst heeft fouten; controleer haar eerst met `wijzer check`.")
        }
        var settings = TeamSession.Options()
        settings.minimumGroup = minGroup
        settings.withReflections = withReflections
        settings.baseline = baseline.map { [$0] } ?? []
        settings.csvSeparator = separator ?? ";"
        for typed in themes {
            switch ThemeLookup.find(typed, in: checked.questionnaire) {
            case .success(let id): if !settings.themes.contains(id) { settings.themes.append(id) }
            case .failure(let problem): throw WijzerError(.usage, "--thema: " + problem.message)
            }
        }
        let session = TeamSession(questionnaire: checked.questionnaire, stamp: checked.questionnaire.stamp(files: files))
        let outcome = session.run(paths, options: settings)
        let report = outcome.report

        if let first = outcome.loops.first {
            let others = outcome.loops.count - 1
            Terminal.writeError("waarschuwing: \(VisibleText.visible(first))\(others > 0 ? " en \(count(others, "andere koppeling", "andere koppelingen"))" : "") \(others > 0 ? "leiden" : "leidt") naar een map die al gelezen is (een lus van gekoppelde mappen); elke map is één keer gelezen. Haal de koppeling weg als je hem niet nodig hebt.\n")
        }
        for problem in outcome.problems { Terminal.writeError("waarschuwing: \(VisibleText.visible("\(problem)"))\n") }
        for problem in outcome.baselineProblems { Terminal.writeError("waarschuwing (vorige sessie): \(VisibleText.visible("\(problem)"))\n") }
        if let refusal = outcome.baselineRefusal {
            throw WijzerError(.usage, "--baseline geweigerd: \(refusal). Vergelijk alleen met een sessie die minstens \(minGroup) teamleden verschilt, of helemaal niet.")
        }
        let skipped = outcome.problems.count
        let leftOut = report.leftOut.count
        if report.results == 0 {
            throw WijzerError(.findings, "geen enkel bruikbaar resultaatbestand (\(count(outcome.filesFound, "bestand", "bestanden")) gevonden).")
        }
        if strict && (skipped > 0 || leftOut > 0 || !outcome.baselineProblems.isEmpty) {
            throw WijzerError(.findings, "gestopt vanwege --strict: \(count(skipped, "bestand", "bestanden")) overgeslagen, \(count(leftOut, "vraag", "vragen")) niet meegeteld; geen rapport geschreven.")
        }
        let written = try TeamSession.write(report, to: out, csvSeparator: settings.csvSeparator)
        var summary = "Teamrapport geschreven: \(written.joined(separator: ", "))\n"
        summary += "\(count(report.results, "teamlid", "teamleden")) meegeteld (uit \(count(report.files, "bestand", "bestanden")))"
        if skipped > 0 { summary += ", \(count(skipped, "bestand", "bestanden")) overgeslagen (zie hierboven)" }
        if leftOut > 0 { summary += ", \(count(leftOut, "vraag", "vragen")) uit een andere versie niet meegeteld" }
        summary += ".\n"
        if !report.teamShown {
            summary += "Let op: minder dan \(minGroup) teamleden; het rapport toont daarom geen cijfers.\n"
        }
        Terminal.writeError(summary)
    }
}
