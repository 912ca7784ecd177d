import ArgumentParser
import Foundation

/// The one place where exit codes are decided: 0 ok, 1 findings, 2 usage, 3 piped input ended
/// before the runner was done, 4 answers could not be saved, 128 + n after signal n (130 for
/// Ctrl-C, 129 SIGHUP, 143 SIGTERM).
enum ExitStatus {
    case ok
    case findings
    case usage
    case inputEnded
    case cannotSave
    case signal(Int32)

    var code: ExitCode {
        switch self {
        case .ok: .success
        case .findings: ExitCode(1)
        case .usage: ExitCode(2)
        case .inputEnded: ExitCode(3)
        case .cannotSave: ExitCode(4)
        case .signal(let n): ExitCode(128 + n)
        }
    }

    /// Exits the process for an error thrown while parsing or running: ArgumentParser's usage
    /// errors (its code 64) become 2, help and version 0, findings 1.
    static func exit<C: ParsableCommand>(for error: Error, command: C.Type) -> Never {
        let code = command.exitCode(for: error)
        if code == .validationFailure {
            FileHandle.standardError.write(Data((command.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.code.rawValue)
        }
        command.exit(withError: error)
    }

    /// Ends the command with this status (throws for ArgumentParser to exit with).
    func exit() throws -> Never {
        throw code
    }
}
