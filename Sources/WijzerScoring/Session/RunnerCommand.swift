import WijzerLanguage

/// A command typed at a runner prompt instead of an answer: Dutch names with English aliases.
public enum RunnerCommand: String, Sendable, Hashable, CaseIterable {
    case back, skip, explain, review, stop, help

    /// The Dutch name, as `:help` lists it.
    public var name: String {
        switch self {
        case .back: ":terug"
        case .skip: ":overslaan"
        case .explain: ":uitleg"
        case .review: ":overzicht"
        case .stop: ":stop"
        case .help: ":help"
        }
    }

    /// Other spellings that mean the same.
    public var aliases: [String] {
        switch self {
        case .back: [":back", ":vorige"]
        case .skip: [":skip"]
        case .explain: [":explain", ":waarom"]
        case .review: [":review"]
        case .stop: [":quit", ":exit", ":q"]
        case .help: [":hulp", ":?"]
        }
    }

    /// What the command does, for `:help`.
    public var summary: String {
        switch self {
        case .back: "terug naar de vorige vraag (je antwoord blijft staan)"
        case .skip: "deze vraag overslaan"
        case .explain: "waarom deze vraag ertoe doet, met de achtergrond van het thema"
        case .review: "al je antwoorden in dit thema bekijken en er een wijzigen"
        case .stop: "opslaan en stoppen; je gaat later verder waar je was"
        case .help: "deze lijst"
        }
    }

    /// Every spelling, for Tab completion: names first, then aliases.
    public static var allSpellings: [String] {
        allCases.map(\.name) + allCases.flatMap(\.aliases)
    }

    /// The command `text` names (case-insensitive, a unique prefix of a Dutch name also counts),
    /// nil when it is no command (it does not start with `:`).
    public static func parse(_ text: String) -> Result<RunnerCommand, CommandError>? {
        guard text.hasPrefix(":") else { return nil }
        let word = text.lowercased()
        if let exact = allCases.first(where: { $0.name == word || $0.aliases.contains(word) }) {
            return .success(exact)
        }
        let prefixed = allCases.filter { word.count > 1 && $0.name.hasPrefix(word) }
        if prefixed.count == 1 { return .success(prefixed[0]) }
        return .failure(CommandError(typed: text))
    }

    /// An unknown command, with a Dutch message.
    public struct CommandError: Error, Sendable, Hashable {
        public var typed: String
        public var message: String {
            "Onbekende opdracht `\(typed)`. Typ :help voor de opdrachten."
        }
    }
}
