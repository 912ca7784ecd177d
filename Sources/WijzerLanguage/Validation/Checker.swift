/// Parses and validates a questionnaire set: the entry point of `wijzer check`.
public enum Checker {
    /// The outcome of checking a set of files.
    public struct Result: Sendable {
        public var questionnaire: Questionnaire
        public var diagnostics: DiagnosticEngine
    }

    /// Parses one file on its own: syntax errors only, no cross-file validation (for `wijzer fmt`).
    public static func parse(_ file: SourceFile) -> (ParsedFile, DiagnosticEngine) {
        var engine = DiagnosticEngine()
        let index = engine.add(file)
        let parsed = Parser.parse(fileIndex: index, diagnostics: &engine)
        return (parsed, engine)
    }

    /// Sets smaller than this are parsed on one thread: starting threads would cost more.
    static let parallelThreshold = 512 * 1024

    /// Parses every file of `engine`. Files are independent until validation, so a big set is
    /// parsed on every core (`workers` nil, or more than 1); each file's findings are recorded
    /// and then reported in file order, as on one thread.
    static func parseAll(_ engine: inout DiagnosticEngine, workers: Int? = nil) -> [ParsedFile] {
        let files = engine.files
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        let inParallel = workers.map { $0 > 1 } ?? Parallel.worthSpreading(size: bytes, threshold: parallelThreshold)
        if !inParallel {
            return files.indices.map { Parser.parse(fileIndex: $0, diagnostics: &engine, keepLayout: false) }
        }
        let results = Parallel.map(files.count) { i in
            var own = DiagnosticEngine.recording(over: files)
            let parsed = Parser.parse(fileIndex: i, diagnostics: &own, keepLayout: false)
            return (parsed, own)
        }
        return results.map { parsed, findings in
            engine.replay(findings)
            return parsed
        }
    }

    /// Parses every file and validates them together as one set. `lint: false` skips the checks
    /// that only produce warnings (unreachable tips, questions without effect): commands that
    /// just need the model, such as the runner, start faster.
    public static func check(_ files: [SourceFile], lint: Bool = true) -> Result {
        check(files, lint: lint, workers: nil)
    }

    /// `check` with the number of threads fixed (nil: as many as pay off), for tests.
    static func check(_ files: [SourceFile], lint: Bool, workers: Int?) -> Result {
        var engine = DiagnosticEngine(files: files)
        let parsed = parseAll(&engine, workers: workers)
        // The validator takes the parsed files over, so their declarations are not kept twice.
        var validator = Validator(files: consume parsed)
        validator.lint = lint
        validator.workers = workers
        let questionnaire = validator.run(&engine)
        return Result(questionnaire: questionnaire, diagnostics: engine)
    }
}
