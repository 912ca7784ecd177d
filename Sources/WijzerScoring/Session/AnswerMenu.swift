import WijzerLanguage

/// The numbered answers a question offers, as the runner shows them and as typed answers are
/// matched against: options (choice, multiple, yes/no) or scale points (Likert), plus
/// "n.v.t." when the question allows it.
public struct AnswerMenu: Sendable, Hashable {
    /// One line of the menu.
    public struct Item: Sendable, Hashable {
        /// What typing the number means (1-based); nil for items typed only by word.
        public var number: Int?
        /// The option key (`a`, `ja`), the scale value as text, or `nvt`.
        public var key: String
        public var label: String
        public var value: AnswerValue
    }

    public var kind: QuestionKind
    public var items: [Item]
    /// The "n.v.t." label, when the question has one.
    public var notApplicable: String?

    public init(_ question: QuestionDecl) {
        self.init(kind: question.kind ?? .reflection, notApplicable: question.notApplicable?.text)
    }

    public init(kind: QuestionKind, notApplicable: String?) {
        self.kind = kind
        self.notApplicable = notApplicable
        var items: [Item] = []
        switch kind {
        case .choice(let options), .multiple(let options):
            for (i, o) in options.enumerated() {
                items.append(Item(number: i + 1, key: o.key.name, label: o.label?.text ?? o.key.name, value: .option(o.key.name)))
            }
        case .yesNo(let options):
            for (i, key) in ["ja", "nee"].enumerated() {
                let label = options.first { $0.key.name == key }?.label?.text ?? key
                items.append(Item(number: i + 1, key: key, label: label, value: .option(key)))
            }
        case .likert(let low, let high, let labels):
            for (i, v) in (low...max(low, high)).enumerated() {
                items.append(Item(number: v, key: String(v), label: i < labels.count ? labels[i].text : String(v), value: .number(v)))
            }
        case .number, .reflection:
            break
        }
        if let notApplicable {
            let numbered: Bool
            switch kind {
            case .choice, .multiple, .yesNo: numbered = true
            default: numbered = false
            }
            items.append(Item(number: numbered ? items.count + 1 : nil, key: "nvt", label: notApplicable, value: .notApplicable))
        }
        self.items = items
    }

    /// How an answer reads in the review screen: "b. Ik noem wat ...", "4 (vaak)", "3 collega’s".
    public func describe(_ value: AnswerValue) -> String {
        switch value {
        case .notApplicable: return "n.v.t. (\(notApplicable ?? "weet ik niet"))"
        case .text(let t): return "“\(t)”"
        case .number(let n):
            if case .number(_, _, let unit) = kind, let unit { return "\(n) \(unit.text)" }
            if let item = items.first(where: { $0.value == value }) { return "\(n) (\(item.label))" }
            return String(n)
        case .option(let key):
            guard let item = items.first(where: { $0.key == key }) else { return key }
            if case .yesNo = kind { return item.label == key ? key : "\(key): \(item.label)" }
            return "\(key). \(item.label)"
        case .options(let keys):
            return keys.map { key in items.first { $0.key == key }.map { "\(key). \($0.label)" } ?? key }.joined(separator: "; ")
        }
    }

    /// What to type to give `value` again: the default offered after `:terug`.
    public func typed(_ value: AnswerValue) -> String {
        switch value {
        case .notApplicable: "nvt"
        case .text(let t): t
        case .number(let n): String(n)
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
}
