import ArgumentParser
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTerminal

/// `wijzer compare`: progress between two self-checks.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Vergelijk twee zelfchecks: per thema, en welke tips er nog nodig zijn.",
        discussion: """
            Toont op het scherm hoe je per thema veranderd bent, welke tips volgens je \
            antwoorden niet meer nodig zijn en welke erbij kwamen, en schrijft hetzelfde als \
            Markdown naast je resultaten (in de map plannen van je gegevensmap) of in de map van \
            --out, zonder een eerdere vergelijking te overschrijven. Zonder bestanden vergelijkt \
            het je twee laatste zelfchecks; de oudste komt altijd eerst.

            Voorbeelden:
              wijzer compare
              wijzer compare resultaat-september.json resultaat-december.json
            """
    )

    @Argument(help: ArgumentHelp("De ene zelfcheck (standaard je op een na laatste).", valueName: "oud"))
    var old: String?

    @Argument(help: ArgumentHelp("De andere zelfcheck (standaard je laatste).", valueName: "nieuw"))
    var new: String?

    @Option(help: ArgumentHelp("Map voor de vergelijking als Markdown (standaard plannen in je gegevensmap).", valueName: "map"))
    var out: String?

    @OptionGroup var data: DataFolderOptions

    @OptionGroup var options: QuestionnaireOptions

    func validate() throws {
        if old != nil, new == nil { throw ValidationError("geef twee zelfchecks op, of geen: dan worden je twee laatste vergeleken.") }
    }

    func run() throws {
        try requireFolder(out, option: "--out")
        let files = try options.sources([])
        let questionnaire = Checker.check(files, lint: false).questionnaire
        let paths = try old.flatMap { o in new.map { [o, $0] } } ?? data.latestResults(questionnaire.id, count: 2)
        let stamp = questionnaire.stamp(files: files)
        let read = try paths.map { path in (path: path, read: try ResultFile.read(path, for: questionnaire, stamp: stamp)) }
        for (path, (_, ignored)) in read { reportIgnored(ignored, in: path, made: "De vergelijking is") }
        var checks = read.map { (path: $0.path, document: $0.read.document) }
        // The older one first, whatever the order on the command line.
        if checks[1].document.updated < checks[0].document.updated { checks.swapAt(0, 1) }
        let (before, after) = (checks[0], checks[1])
        Terminal.writeError("Oudere zelfcheck: \(PlanWriter.absolute(before.path)) (\(DutchDate.long(before.document.updated)))\n")
        Terminal.writeError("Nieuwere zelfcheck: \(PlanWriter.absolute(after.path)) (\(DutchDate.long(after.document.updated)))\n")
        let comparison = Comparison(old: before.document, new: after.document, questionnaire: questionnaire)
        Terminal.writeOutput(comparison.text())
        let folder = try data.planFolder(out: out)
        try DurableFile.ensurePrivateDirectory(folder)
        let stem = "vergelijking-\(DutchDate.iso(before.document.updated))-\(DutchDate.iso(after.document.updated))"
        let path = PlanWriter.unusedStem(stem, in: PlanWriter.absolute(folder), extensions: ["md"]) + ".md"
        try DurableFile.write(Array(comparison.markdown().utf8), to: path)
        Terminal.writeError("Vergelijking geschreven: \(VisibleText.visible(path))\n")
    }
}
