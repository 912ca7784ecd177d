import Foundation
import WijzerLanguage

/// Turns a typed answer into an `AnswerValue`: by number, letter (option key), the start of a
/// label, `ja`/`nee`, a number in range, or free text. A wrong answer gets a one-line Dutch
/// explanation of what is expected.
public enum AnswerParser {
    /// Why a typed answer is not accepted: what the question expects instead.
    public struct Problem: Error, Sendable, Hashable {
        public var message: String
    }

    /// Parses `text` (already checked by `TypedLine` and trimmed) for the question of `menu`.
    public static func parse(_ text: String, _ menu: AnswerMenu) -> Result<AnswerValue, Problem> {
        if text.isEmpty { return .failure(Problem(message: "Typ een antwoord, of :overslaan om deze vraag over te slaan.")) }
        if menu.notApplicable != nil, isNotApplicable(text) { return .success(.notApplicable) }
        switch menu.kind {
        case .choice, .yesNo:
            if let item = single(text, menu) { return .success(item.value) }
            return .failure(Problem(message: expectation(menu)))
        case .multiple:
            return multiple(text, menu)
        case .likert(let low, let high, _):
            if let n = Int(text), (low...high).contains(n) { return .success(.number(n)) }
            if Int(text) == nil, let item = byLabel(text, menu.items) { return .success(item.value) }
            return .failure(Problem(message: expectation(menu)))
        case .number(let low, let high, _):
            if let n = Int(text), (low...high).contains(n) { return .success(.number(n)) }
            return .failure(Problem(message: expectation(menu)))
        case .reflection:
            return .success(.text(text))
        }
    }

    /// The one-line explanation of what the question expects.
    public static func expectation(_ menu: AnswerMenu) -> String {
        let nvt = menu.notApplicable == nil ? "" : ", of nvt"
        switch menu.kind {
        case .choice(let options):
            let numbered = menu.items.compactMap(\.number)
            let letters = options.map(\.key.name)
            return "Typ een nummer van 1 tot \(numbered.last ?? 1), een letter (\(letters.joined(separator: ", "))) of het begin van een antwoord\(nvt)."
        case .multiple:
            return "Typ een of meer nummers of letters, gescheiden door komma's (bijvoorbeeld 1,3)\(nvt)."
        case .yesNo:
            return "Typ ja of nee (of 1 of 2)\(nvt)."
        case .likert(let low, let high, let labels):
            let words = labels.isEmpty ? "" : " of het begin van een omschrijving (\(labels.first!.text) … \(labels.last!.text))"
            return "Typ een getal van \(low) tot \(high)\(words)\(nvt)."
        case .number(let low, let high, _):
            return "Typ een heel getal van \(low) tot \(high)\(nvt)."
        case .reflection:
            return "Typ je antwoord op één regel\(nvt)."
        }
    }

    /// One option by number, key or label start.
    static func single(_ text: String, _ menu: AnswerMenu) -> AnswerMenu.Item? {
        let lower = text.lowercased()
        if let n = Int(text) { return menu.items.first { $0.number == n } }
        if let item = menu.items.first(where: { $0.key.lowercased() == lower }) { return item }
        if case .yesNo = menu.kind {
            if ["j", "yes", "y"].contains(lower) { return menu.items.first { $0.key == "ja" } }
            if ["n", "no"].contains(lower) { return menu.items.first { $0.key == "nee" } }
        }
        return byLabel(text, menu.items)
    }

    private static func multiple(_ text: String, _ menu: AnswerMenu) -> Result<AnswerValue, Problem> {
        var parts = text.split(separator: ",").map { TypedLine.trimmed(String($0)) }.filter { !$0.isEmpty }
        if parts.count == 1 {
            let words = parts[0].split(separator: " ").map(String.init)
            if words.count > 1, words.allSatisfy({ w in Int(w) != nil || menu.items.contains { $0.key.lowercased() == w.lowercased() } }) {
                parts = words
            }
        }
        var keys: Set<String> = []
        for part in parts {
            guard let item = single(part, menu) else {
                return .failure(Problem(message: "`\(part)` is geen van de antwoorden. " + expectation(menu)))
            }
            if item.value == .notApplicable {
                if parts.count > 1 { return .failure(Problem(message: "n.v.t. gaat niet samen met andere antwoorden. " + expectation(menu))) }
                return .success(.notApplicable)
            }
            keys.insert(item.key)
        }
        if keys.isEmpty { return .failure(Problem(message: expectation(menu))) }
        let ordered = menu.items.map(\.key).filter { keys.contains($0) }
        return .success(.options(ordered))
    }

    /// The item whose label starts with `text` (ignoring case, accents and leading quotes); nil
    /// when none or more than one does.
    static func byLabel(_ text: String, _ items: [AnswerMenu.Item]) -> AnswerMenu.Item? {
        let wanted = normalised(text)
        guard !wanted.isEmpty else { return nil }
        let matches = items.filter { normalised($0.label).hasPrefix(wanted) }
        if matches.count == 1 { return matches[0] }
        return matches.first { normalised($0.label) == wanted }
    }

    static func isNotApplicable(_ text: String) -> Bool {
        ["nvt", "n.v.t.", "n.v.t"].contains(text.lowercased())
    }

    /// Lower case, without accents, without leading punctuation such as ‘ or “.
    public static func normalised(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.drop { !$0.isLetter && !$0.isNumber })
    }
}
