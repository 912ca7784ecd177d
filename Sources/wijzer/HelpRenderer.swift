import ArgumentParser
import Foundation
import WijzerTerminal

/// `--help`, `wijzer help OPDRACHT` and the usage line of a usage error, in Dutch.
///
/// swift-argument-parser writes its own English around our Dutch texts ("USAGE:", "OPTIONS:",
/// "Show help information.", "(default: …)"), and cannot be told otherwise. So the commands'
/// configuration and arguments are read through its public description of the command tree
/// (`_dumpHelp()`, the JSON behind `--experimental-dump-help`) and laid out here.
enum HelpRenderer {
    /// One command as the parser describes it (the fields of its `CommandInfoV0` used here).
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    /// One argument, option or flag (the fields of `ArgumentInfoV0` used here).
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
            var spelled: String { kind == "short" ? "-\(name)" : kind == "longWithSingleDash" ? "-\(name)" : "--\(name)" }
        }
        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?

        var isPositional: Bool { kind == "positional" }
        /// "--out <map>", "<thema>", "--no-color".
        var synopsis: String {
            let value = "<\(valueName ?? "waarde")>"
            if isPositional { return value }
            let name = (preferredName ?? names?.first)?.spelled ?? ""
            return kind == "option" ? "\(name) \(value)" : name
        }
        /// The names in the options list: "-h, --help".
        var spelledNames: String {
            let all = (names ?? []).map(\.spelled).joined(separator: ", ")
            return kind == "option" ? "\(all) <\(valueName ?? "waarde")>" : all
        }
        /// The parser's own flags, with English help: said in Dutch here.
        var isHelp: Bool { names?.contains { $0.name == "help" } == true && kind == "flag" }
        var isVersion: Bool { names?.contains { $0.name == "version" } == true && kind == "flag" }
        var dutchAbstract: String {
            if isHelp { return "Toon deze hulp." }
            if isVersion { return "Toon het versienummer van Wijzer." }
            var text = abstract ?? ""
            if kind == "option", let value = defaultValue, !value.isEmpty, !text.contains("standaard") {
                text += " (standaard: \(value))"
            }
            return text
        }
    }

    private struct Dump: Decodable { var command: Command }

    /// The command tree of `root`.
    static func tree<C: ParsableCommand>(_ root: C.Type) -> Command? {
        try? JSONDecoder().decode(Dump.self, from: Data(root._dumpHelp().utf8)).command
    }

    /// The subcommand names `arguments` lead to: "wijzer plan x.json" gives ["plan"], "wijzer
    /// help team" ["team"]; words that name no subcommand end the walk.
    static func path(_ arguments: [String], in root: Command) -> [String] {
        var words = arguments.filter { !$0.hasPrefix("-") }[...]
        if words.first == "help" { words = words.dropFirst() }
        var path: [String] = []
        var command = root
        while let word = words.first, let next = command.subcommands?.first(where: { $0.commandName == word && word != "help" }) {
            path.append(word)
            command = next
            words = words.dropFirst()
        }
        return path
    }

    /// The word after `help` that names no command ("wijzer help bogus"), if any.
    static func unknownCommand(_ arguments: [String], in root: Command) -> String? {
        let words = arguments.filter { !$0.hasPrefix("-") }
        guard words.first == "help" else { return nil }
        let path = path(arguments, in: root)
        let rest = words.dropFirst(1 + path.count)
        guard let word = rest.first, word != "help", command(at: path, in: root).subcommands?.isEmpty == false else { return nil }
        return word
    }

    /// The command at `path` under `root`.
    static func command(at path: [String], in root: Command) -> Command {
        path.reduce(root) { command, name in command.subcommands?.first { $0.commandName == name } ?? command }
    }

    /// "Gebruik: wijzer compare [<oud>] [<nieuw>] [--out <map>] ...", wrapped to `width`
    /// between the parts, never inside "[--out <map>]".
    static func usage(_ command: Command, name: String, width: Int) -> String {
        var lines = ["Gebruik:"]
        for part in usageParts(command, name: name) {
            if lines[lines.count - 1].count + 1 + part.count > width && lines[lines.count - 1] != "Gebruik:" {
                lines.append("  " + part)
            } else {
                lines[lines.count - 1] += " " + part
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The parts of the usage line: the command's name, then each argument as typed.
    static func usageParts(_ command: Command, name: String) -> [String] {
        var words = [name]
        let shown = (command.arguments ?? []).filter { $0.shouldDisplay && !$0.isHelp && !$0.isVersion }
        for argument in shown {
            var word = argument.synopsis
            if argument.isRepeating { word += " ..." }
            words.append(argument.isOptional ? "[\(word)]" : word)
        }
        if command.subcommands?.isEmpty == false { words.append("[<opdracht>]") }
        return words
    }

    /// The whole help text of the command at `path`, wrapped to `width`.
    static func help(_ root: Command, path: [String], width: Int) -> String {
        let command = command(at: path, in: root)
        let name = ([root.commandName] + path).joined(separator: " ")
        let layout = RunnerOutput(color: false, width: { width }, screen: { _ in }, notices: { _ in })
        func paragraph(_ text: String) -> String { layout.wrap(plain(text), indent: "", rest: "") }
        func entry(_ label: String, _ text: String) -> String {
            let column = 26
            let rest = String(repeating: " ", count: column)
            // A long name gets a line of its own, the text below it in the same column.
            if label.count + 4 > column { return "  \(label)\n" + layout.wrap(plain(text), indent: rest, rest: rest) }
            return layout.wrap(plain(text), indent: "  " + label.padding(toLength: column - 2, withPad: " ", startingAt: 0), rest: rest)
        }
        var out: [String] = []
        if let abstract = command.abstract { out.append(paragraph(path.isEmpty ? abstract : "\(name): \(abstract)")) }
        out += ["", usage(command, name: name, width: width)]
        if let discussion = command.discussion, !discussion.isEmpty {
            out.append("")
            // An indented line (an example) stays as written; other lines are wrapped.
            out += discussion.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix(" ") ? plain(String(line)) : paragraph(String(line))
            }
        }
        let arguments = (command.arguments ?? []).filter(\.shouldDisplay)
        let positionals = arguments.filter(\.isPositional)
        if !positionals.isEmpty {
            out += ["", "Argumenten:"] + positionals.map { entry($0.synopsis, $0.dutchAbstract) }
        }
        let options = arguments.filter { !$0.isPositional }
        if !options.isEmpty {
            out += ["", "Opties:"] + options.map { entry($0.spelledNames, $0.dutchAbstract) }
        }
        let subcommands = (command.subcommands ?? []).filter { $0.shouldDisplay != false }
        if !subcommands.isEmpty {
            out += ["", "Opdrachten:"] + subcommands.map { sub in
                entry(sub.commandName, sub.commandName == "help" ? "Toon de hulp bij een opdracht." : sub.abstract ?? "")
            }
            out += ["", "Meer over een opdracht: \(name) help <opdracht> (of \(name) <opdracht> --help)."]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Help texts are written once for the parser and here: code in backticks is shown plainly.
    private static func plain(_ text: String) -> String { text.replacingOccurrences(of: "`", with: "") }
}
