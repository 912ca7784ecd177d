extension WijzerError {
    /// The exit statuses of `wijzer`, decided in one place: 0 ok, 1 findings, 2 usage, 3 piped
    /// input ended before the runner was done, 4 something could not be saved, 128 + n after
    /// signal n (130 for Ctrl-C, 129 SIGHUP, 143 SIGTERM).
    public enum Status: Sendable, Hashable {
        case ok
        /// Errors or warnings in questionnaires, examples that fail, unusable input files.
        case findings
        /// A wrong command line: unknown option, a path that does not exist.
        case usage
        /// Piped input ended while a theme was still open.
        case inputEnded
        /// Answers, a plan or a report could not be written.
        case cannotSave
        /// Ended by signal n.
        case signal(Int32)

        /// The number the process exits with.
        public var code: Int32 {
            switch self {
            case .ok: 0
            case .findings: 1
            case .usage: 2
            case .inputEnded: 3
            case .cannotSave: 4
            case .signal(let n): 128 + n
            }
        }
    }
}
