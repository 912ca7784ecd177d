import ArgumentParser
import WijzerLanguage
import WijzerStorage
import WijzerTerminal

/// The one place where a command's failure is rendered and the exit status decided.
enum ErrorReport {
    /// Ends the process for an error thrown while parsing or running `command`: a `WijzerError`
    /// is printed once as "wijzer <opdracht>: <melding>" and exits with its status;
    /// swift-argument-parser's usage errors (its code 64) are said in Dutch with the usage line
    /// and exit 2; its help is rendered in Dutch (`HelpRenderer`), help and version exit 0.
    static func exit<C: ParsableCommand>(for error: Error, root: C.Type, command: ParsableCommand.Type?,
                                         arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        if let error = error as? WijzerError {
            if !error.message.isEmpty {
                // Messages quote paths, ids and keys from files: no control character gets through.
                Terminal.writeError("\(prefix(root: root, command: command)): \(VisibleText.visible(error.message))\n")
            }
            root.exit(withError: ExitCode(error.status.code))
        }
        let code = root.exitCode(for: error)
        if code == .success {
            let text = root.fullMessage(for: error)
            // The version and the machine-readable dump pass as they are, without reading the
            // command tree (that costs as much again as starting); anything else is help.
            guard text != root.configuration.version, !text.hasPrefix("{"), let tree = HelpRenderer.tree(root) else {
                Terminal.writeOutput(text + "\n")
                root.exit(withError: ExitCode.success)
            }
            if let unknown = HelpRenderer.unknownCommand(arguments, in: tree) {
                let names = (tree.subcommands ?? []).map(\.commandName).filter { $0 != "help" }
                Terminal.writeError("\(tree.commandName) help: onbekende opdracht “\(VisibleText.visible(unknown))”. "
                    + "De opdrachten zijn: \(names.joined(separator: ", ")).\n")
                root.exit(withError: ExitCode(WijzerError.Status.usage.code))
            } else {
                Terminal.writeOutput(HelpRenderer.help(tree, path: HelpRenderer.path(arguments, in: tree), width: Terminal.width(fd: 1)))
            }
            root.exit(withError: ExitCode.success)
        }
        if code == .validationFailure {
            let message = VisibleText.visible(UsageMessage.dutch(root.message(for: error)))
            if let tree = HelpRenderer.tree(root) {
                let path = HelpRenderer.path(arguments, in: tree)
                let name = ([tree.commandName] + path).joined(separator: " ")
                let usage = HelpRenderer.usage(HelpRenderer.command(at: path, in: tree), name: name, width: Terminal.width(fd: 2))
                Terminal.writeError("\(name): \(message)\n\(usage)\nMeer uitleg: \(name) --help\n")
            } else {
                Terminal.writeError("\(prefix(root: root, command: command)): \(message)\n")
            }
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
