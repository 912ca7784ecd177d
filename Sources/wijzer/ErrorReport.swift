import ArgumentParser
import WijzerLanguage
import WijzerStorage
import WijzerTerminal

/// The one place where a command's failure is rendered and the exit status decided.
enum ErrorReport {
    /// Ends the process for an error thrown while parsing or running `command`: a `WijzerError`
    /// is printed once as "wijzer <opdracht>: <melding>" and exits with its status;
    /// swift-argument-parser's usage errors (its code 64) become 2, help and version 0.
    static func exit<C: ParsableCommand>(for error: Error, root: C.Type, command: ParsableCommand.Type?) -> Never {
        if let error = error as? WijzerError {
            if !error.message.isEmpty {
                // Messages quote paths, ids and keys from files: no control character gets through.
                Terminal.writeError("\(prefix(root: root, command: command)): \(VisibleText.visible(error.message))\n")
            }
            root.exit(withError: ExitCode(error.status.code))
        }
        if root.exitCode(for: error) == .validationFailure {
            Terminal.writeError(root.fullMessage(for: error) + "\n")
            root.exit(withError: ExitCode(WijzerError.Status.usage.code))
        }
        root.exit(withError: error)
    }

    /// "wijzer plan", or "wijzer" before a subcommand is known.
    static func prefix<C: ParsableCommand>(root: C.Type, command: ParsableCommand.Type?) -> String {
        let rootName = root.configuration.commandName ?? "wijzer"
        guard let command, ObjectIdentifier(command) != ObjectIdentifier(root), let name = command.configuration.commandName else { return rootName }
        return "\(rootName) \(name)"
    }
}
