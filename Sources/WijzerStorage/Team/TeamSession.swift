#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        public var workers = 2

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
    }

    let catalog: TeamCatalog

    public init(questionnaire: Questionnaire, stamp: QuestionnaireStamp) {
        catalog = TeamCatalog(questionnaire, stamp: stamp)
    }

    /// Reads and aggregates `paths` (files or folders).
    public func run(_ paths: [String], options: Options) -> Outcome {
        let aggregator = TeamAggregator(catalog: catalog, collectReflections: options.withReflections)
        let (files, missing) = TeamInput.files(paths)
        let outcome = aggregator.run(files, workers: options.workers)
        var baseline: [String: TeamReport.Distribution]?
        var baselineProblems: [TeamProblem] = []
        if !options.baseline.isEmpty {
            (baseline, baselineProblems) = loadBaseline(options.baseline, minimumGroup: options.minimumGroup)
        }
        let report = TeamReport(tally: outcome.tally, catalog: catalog, minimumGroup: options.minimumGroup,
                                withReflections: options.withReflections, baseline: baseline)
        return Outcome(report: report, filesFound: files.count, problems: (missing + outcome.problems).sorted(),
                       baselineProblems: baselineProblems)
    }

    private func loadBaseline(_ paths: [String], minimumGroup: Int) -> ([String: TeamReport.Distribution]?, [TeamProblem]) {
        if paths.count == 1, paths[0].hasSuffix(".csv") {
            var buffer: [UInt8] = []
            switch TeamInput.read(paths[0], into: &buffer) {
            case .failure(let f): return (nil, [TeamProblem(path: paths[0], message: f.message)])
            case .success(let n):
                let text = String(decoding: buffer[0 ..< n], as: UTF8.self)
                guard let table = TeamBaseline.fromCSV(text) else {
                    return (nil, [TeamProblem(path: paths[0], message: "geen team-scores.csv van een eerder teamrapport")])
                }
                return (table, [])
            }
        }
        let aggregator = TeamAggregator(catalog: catalog, collectReflections: false)
        let (files, missing) = TeamInput.files(paths)
        let outcome = aggregator.run(files)
        let report = TeamReport(tally: outcome.tally, catalog: catalog, minimumGroup: minimumGroup, withReflections: false, baseline: nil)
        return (TeamBaseline.fromReport(report), (missing + outcome.problems).sorted())
    }

    /// The file names a report is written to.
    public static let fileNames = ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"]

    /// Writes the report's four files into `folder` (created 0700, files 0600); returns the paths.
    public static func write(_ report: TeamReport, to folder: String) throws(WijzerError) -> [String] {
        try DurableFile.ensurePrivateDirectory(folder)
        let contents = [TeamMarkdownRenderer.render(report), TeamHTMLRenderer.render(report),
                        TeamCSVRenderer.scores(report), TeamCSVRenderer.answers(report)]
        var written: [String] = []
        for (name, text) in zip(fileNames, contents) {
            let path = folder + "/" + name
            try DurableFile.write(Array(text.utf8), to: path)
            written.append(path)
        }
        return written
    }
}
