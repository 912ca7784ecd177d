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

    /// Parses every file of `engine`, in file order.
    static func parseAll(_ engine: inout DiagnosticEngine) -> [ParsedFile] {
        engine.files.indices.map { Parser.parse(fileIndex: $0, diagnostics: &engine, keepLayout: false) }
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
        let parsed = parseAll(&engine)
        // The validator takes the parsed files over, so their declarations are not kept twice.
        var validator = Validator(files: consume parsed)
        validator.lint = lint
        validator.workers = workers
        let questionnaire = validator.run(&engine)
        return Result(questionnaire: questionnaire, diagnostics: engine)
    }
}
