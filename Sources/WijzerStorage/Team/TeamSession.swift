import WijzerLanguage
import WijzerScoring
import WijzerReports

/// A team session: read the team's result files, add them up and write the report. The one
/// entry point for `wijzer team`.
public struct TeamSession: Sendable {
    /// What the command asks for.
    public struct Options: Sendable {
        public var minimumGroup = TeamPrivacy.defaultMinimumGroup
        public var withReflections = false
        /// An earlier `team-scores.csv`, or result files or folders of an earlier session.
        public var baseline: [String] = []
        /// The CSV files' separator: `;` for Dutch spreadsheets, `,` for RFC 4180 tools.
        public var csvSeparator: Character = ";"
        /// The themes (ids) the report is on, as a live session's; empty: every theme. Answers
        /// to other themes are not counted, and the report leaves those themes out.
        public var themes: [String] = []

        public init() {}
    }

    /// What a session produced.
    public struct Outcome: Sendable {
        public var report: TeamReport
        /// Files found (after expanding folders).
        public var filesFound: Int
        /// Problems with files, sorted by path: for the terminal only.
        public var problems: [TeamProblem]
        /// Problems with the baseline's files.
        public var baselineProblems: [TeamProblem]
        /// Why the baseline comparison is refused (Dutch); then the report has none.
        public var baselineRefusal: String?
        /// Linked folders skipped because they lead to a folder already read (a link loop).
        public var loops: [String] = []
    }

    let catalog: TeamCatalog

    public init(questionnaire: Questionnaire, stamp: QuestionnaireStamp) {
        catalog = TeamCatalog(questionnaire, stamp: stamp)
    }

    /// Reads and aggregates `paths` (files or folders).
    public func run(_ paths: [String], options: Options) -> Outcome {
        let (files, outcome, loops) = aggregate(paths, themes: options.themes, withReflections: options.withReflections)
        var baseline: TeamBaseline.Session?
        var baselineProblems: [TeamProblem] = []
        var refusal: String?
        if !options.baseline.isEmpty {
            (baseline, baselineProblems) = loadBaseline(options.baseline, themes: options.themes, minimumGroup: options.minimumGroup)
            refusal = baseline.flatMap { TeamBaseline.refusal(now: outcome, then: $0, minimumGroup: options.minimumGroup) }
        }
        let report = TeamReport(outcome, minimumGroup: options.minimumGroup, baseline: refusal == nil ? baseline?.themes : nil)
        return Outcome(report: report, filesFound: files, problems: outcome.problems, baselineProblems: baselineProblems,
                       baselineRefusal: refusal, loops: loops)
    }

    /// Finds the result files under `paths` and adds them up (of `themes` only, unless empty),
    /// one file at a time; returns how many files were found.
    ///
    /// One thread: 10,000 files take about 1.9 s of CPU. Reading them on both cores (a task
    /// group over chunks) gave no measurable gain on the shared two-core machine (docs/TEAM.md).
    private func aggregate(_ paths: [String], themes: [String], withReflections: Bool) -> (files: Int, outcome: TeamAggregator.Outcome, loops: [String]) {
        let (files, missing, loops) = TeamFiles.find(paths)
        var aggregator = TeamAggregator(catalog: catalog, collectReflections: withReflections, themes: themes.isEmpty ? nil : themes)
        for problem in missing { aggregator.reject(problem.path, reason: problem.message) }
        for file in files { aggregator.add(Self.contribution(of: file, aggregator), from: file) }
        return (files.count, aggregator.finish(), loops)
    }

    /// Reads, decodes, checks and scores one result file.
    private static func contribution(of path: String, _ aggregator: TeamAggregator) -> Result<TeamContribution, TeamProblem.Reason> {
        var bytes: [UInt8]
        switch TeamFiles.read(path) {
        case .failure(let reason): return .failure(reason)
        case .success(let b): bytes = b
        }
        // An editor that re-saves the file may put a byte order mark first: JSON does not allow it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.init(message: "geen geldig resultaatbestand (leeg bestand)"))
        }
        do {
            return aggregator.contribution(of: try ResultCodec.decode(bytes, path: path))
        } catch {
            return .failure(.init(message: error.message))
        }
    }

    private func loadBaseline(_ paths: [String], themes: [String], minimumGroup: Int) -> (TeamBaseline.Session?, [TeamProblem]) {
        if paths.count == 1, paths[0].hasSuffix(".csv") {
            switch TeamFiles.read(paths[0]) {
            case .failure(let reason): return (nil, [TeamProblem(path: paths[0], message: reason.message)])
            case .success(let bytes):
                guard let table = TeamBaseline.fromCSV(String(decoding: bytes, as: UTF8.self)) else {
                    return (nil, [TeamProblem(path: paths[0], message: "geen team-scores.csv van een eerder teamrapport")])
                }
                return (TeamBaseline.Session(themes: table, people: nil), [])
            }
        }
        let outcome = aggregate(paths, themes: themes, withReflections: false).outcome
        let report = TeamReport(outcome, minimumGroup: minimumGroup, baseline: nil)
        return (TeamBaseline.Session(themes: TeamBaseline.fromReport(report), people: outcome.people), outcome.problems)
    }

    /// The file names a report is written to.
    public static let fileNames = ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"]

    /// Writes the report's four files into `folder` (created 0700, files 0600); returns the paths.
    public static func write(_ report: TeamReport, to folder: String, csvSeparator: Character = ";") throws(WijzerError) -> [String] {
        try DurableFile.ensurePrivateDirectory(folder)
        let contents = [TeamMarkdownRenderer.render(report), TeamHTMLRenderer.render(report),
                        TeamCSVRenderer.scores(report, separator: csvSeparator), TeamCSVRenderer.answers(report, separator: csvSeparator)]
        var written: [String] = []
        for (name, text) in zip(fileNames, contents) {
            let path = folder + "/" + name
            try DurableFile.write(Array(text.utf8), to: path)
            written.append(path)
        }
        return written
    }
}
