import ArgumentParser

/// The one place where exit codes are decided: 0 ok, 1 findings, 2 usage.
enum ExitStatus {
    case ok
    case findings
    case usage

    var code: ExitCode {
        switch self {
        case .ok: .success
        case .findings: ExitCode(1)
        case .usage: ExitCode(2)
        }
    }

    /// Ends the command with this status (throws for ArgumentParser to exit with).
    func exit() throws -> Never {
        throw code
    }
}
