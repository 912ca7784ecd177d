/// The numbered answers a question offers, as the runner shows them and as typed answers are
/// matched against: the kind's choices, plus "n.v.t." when the question allows it.
public struct AnswerMenu: Sendable {
    /// One line of the menu.
    public typealias Item = AnswerChoice

    public var kind: any AnswerKind
    public var items: [Item]
    /// The "n.v.t." label, when the question has one.
    public var notApplicable: String?
    /// The "weet ik niet" label, when the question has one (`dont-know`).
    public var dontKnow: String?

    public init(_ question: QuestionDecl) {
        self.init((question.kind ?? .reflection).answerKind, notApplicable: question.notApplicable?.text, dontKnow: question.dontKnow?.text)
    }

    public init(kind: QuestionKind, notApplicable: String?) {
        self.init(kind.answerKind, notApplicable: notApplicable)
    }

    public init(_ kind: any AnswerKind, notApplicable: String?, dontKnow: String? = nil) {
        self.kind = kind
        self.notApplicable = notApplicable
        self.dontKnow = dontKnow
        var items = kind.choices
        // "Weet ik niet" comes before n.v.t.: it is an answer to the question, n.v.t. is not.
        if let dontKnow {
            items.append(Item(number: kind.numbersNotApplicable ? items.count + 1 : nil, key: "?",
                              label: dontKnow, value: .dontKnow))
        }
        if let notApplicable {
            items.append(Item(number: kind.numbersNotApplicable ? items.count + 1 : nil, key: "nvt",
                              label: notApplicable, value: .notApplicable))
        }
        self.items = items
    }

    /// How an answer reads in the review screen: "b. Ik noem wat ...", "4 (vaak)", "3 collega’s".
    public func describe(_ value: AnswerValue) -> String {
        switch value {
        case .notApplicable: "n.v.t. (\(notApplicable ?? "niet van toepassing"))"
        case .dontKnow: dontKnow ?? "Weet ik niet"
        case .text(let t): "“\(t)”"
        default: kind.describe(value, in: self)
        }
    }

    /// The reading of an answer by its menu entries, for kinds that add nothing of their own.
    public func describeGenerically(_ value: AnswerValue) -> String {
        switch value {
        case .notApplicable, .dontKnow, .text: return describe(value)
        case .number(let n):
            if let item = items.first(where: { $0.value == value }) { return "\(n.dutch) (\(item.label))" }
            return n.dutch
        case .option(let key):
            // By its words: the menu shows numbers, not the option keys.
            return items.first { $0.key == key }?.label ?? key
        case .options(let keys):
            let labels = keys.map { key in items.first { $0.key == key }?.label ?? key }
            // "; " between answers, without a full stop before it.
            return labels.enumerated().map { i, l in i < labels.count - 1 && l.hasSuffix(".") ? String(l.dropLast()) : l }
                .joined(separator: "; ")
        }
    }

    /// The kind's hint, and how to say "weet ik niet" when the question offers it.
    public var hint: String {
        let base = kind.hint(self)
        guard dontKnow != nil else { return base }
        return base + " Weet je het niet, typ ?."
    }

    /// What to type to give `value` again: the default offered after `:terug`.
    public func typed(_ value: AnswerValue) -> String {
        switch value {
        case .notApplicable: "n.v.t."
        case .dontKnow: "?"
        case .text(let t): t
        case .number(let n): n.dutch
        case .option(let key): key
        case .options(let keys): keys.joined(separator: ",")
        }
    }

    /// The words Tab completes at this question: keys, labels and `nvt`.
    public var completions: [String] {
        var words: [String] = []
        for item in items {
            if item.key.count > 1, Int(item.key) == nil { words.append(item.key) }
            words.append(item.label)
        }
        return words
    }

    /// The entry typed as `text`: by number, key, or the start of exactly one label.
    public func choice(matching text: String) -> Item? {
        if let n = Int(text) { return items.first { $0.number == n } }
        let lower = text.lowercased()
        if let byKey = items.first(where: { $0.key.lowercased() == lower }) { return byKey }
        return choice(labelled: text)
    }

    /// The entry whose label starts with `text` (ignoring case, accents and leading quotes);
    /// nil when none or more than one does, unless one matches exactly.
    public func choice(labelled text: String) -> Item? {
        let wanted = TextFolding.folded(text)
        guard !wanted.isEmpty else { return nil }
        let matches = choices(startingWith: text)
        if matches.count == 1 { return matches[0] }
        return matches.first { TextFolding.folded($0.label) == wanted }
    }

    /// The entries whose label starts with `text` (ignoring case, accents and leading quotes).
    public func choices(startingWith text: String) -> [Item] {
        let wanted = TextFolding.folded(text)
        guard !wanted.isEmpty else { return [] }
        return items.filter { TextFolding.folded($0.label).hasPrefix(wanted) }
    }
}
