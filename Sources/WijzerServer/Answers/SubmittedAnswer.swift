import WijzerLanguage

/// Reads the answer a question page's form sends, checked against the question as the
/// terminal's answers are: text through `TypedLine` (no control characters, at most 4 KB), the
/// value through the kind's `accepts`. A refused answer says why in Dutch and is never stored.
public enum SubmittedAnswer {
    /// The form field of the answer; a checkbox group sends it once per ticked box.
    public static let field = "antwoord"
    /// The n.v.t. value of a radio group or checkbox, and the checkbox next to a number or text.
    public static let notApplicableValue = "nvt"
    public static let notApplicableField = "nvt"
    /// The "weet ik niet" value of a radio group or checkbox, and the checkbox next to a number
    /// or text: an answer of its own, beside n.v.t.
    public static let dontKnowValue = "weet-niet"
    public static let dontKnowField = "weet-niet"
    /// The checkbox under a reflection: may a team report quote it anonymously.
    public static let shareField = "delen"

    /// What was answered: the value, and for a reflection whether it may be quoted.
    public struct Answer: Sendable, Equatable {
        public var value: AnswerValue
        public var shareAnonymously: Bool?
    }

    /// The value a radio button or checkbox for `item` sends.
    public static func formValue(_ item: AnswerChoice) -> String {
        switch item.value {
        case .notApplicable: notApplicableValue
        case .dontKnow: dontKnowValue
        default: item.key
        }
    }

    /// The answer `form` gives to `question`, or why it is refused. `menu` is the question's
    /// `AnswerMenu(question.decl)`, as the server keeps it (`WebServer.menus`, made once: making
    /// it was about 9,000 instructions of every saved answer).
    public static func read(_ form: FormBody, for question: ResolvedQuestion, menu: AnswerMenu) -> Result<Answer, AnswerProblem> {
        let isReflection = question.kind == nil || question.kind == .reflection
        // A textarea may hold line breaks; one answer is one line, as in the terminal.
        let values = form.all(field).map { isReflection ? oneLine($0) : $0 }
        for value in values {
            if case .failure(let rejection) = TypedLine.check(value) { return .failure(AnswerProblem(message: rejection.message)) }
        }
        let notApplicable = menu.notApplicable != nil && (form[notApplicableField] != nil || values.contains(notApplicableValue))
        let dontKnow = menu.dontKnow != nil && (form[dontKnowField] != nil || values.contains(dontKnowValue))
        if notApplicable && dontKnow {
            return .failure(AnswerProblem(message: "Kies n.v.t. of “\(menu.dontKnow!)”, niet allebei."))
        }
        // "Weet ik niet" and n.v.t. are answers on their own: nothing else may come with them.
        let alone: AnswerValue? = notApplicable ? .notApplicable : dontKnow ? .dontKnow : nil
        // Computed only for a message: most answers are neither.
        var which: String { notApplicable ? "n.v.t." : "“\(menu.dontKnow ?? "")”" }
        let value: AnswerValue
        switch question.kind ?? .reflection {
        case .multiple:
            let special = [notApplicableValue, dontKnowValue]
            let chosen = Set(values.filter { !special.contains($0) })
            if let alone {
                if !chosen.isEmpty {
                    return .failure(AnswerProblem(message: "\(which) gaat niet samen met andere antwoorden. Kies \(which) of een of meer antwoorden."))
                }
                value = alone
            } else {
                if chosen.isEmpty { return .failure(AnswerProblem(message: "Kies een of meer antwoorden, of sla de vraag over.")) }
                let keys = menu.kind.choices.map(\.key)
                if !chosen.isSubset(of: keys) { return .failure(unknown(menu)) }
                // In the order of the list, as the terminal stores them.
                let ordered = keys.filter { chosen.contains($0) }
                // An exclusive option with others, or too few or too many: said as the terminal says it.
                if let kind = menu.kind as? MultipleKind, let message = kind.problem(with: ordered) {
                    return .failure(AnswerProblem(message: message))
                }
                value = .options(ordered)
            }
        case .number, .reflection:
            let text = TypedLine.trimmed(values.first ?? "")
            if let alone {
                if !text.isEmpty { return .failure(AnswerProblem(message: "Geef een antwoord of kies \(which), niet allebei.")) }
                value = alone
            } else if isReflection {
                if text.isEmpty { return .failure(AnswerProblem(message: "Schrijf een antwoord, of sla de vraag over.")) }
                value = .text(text)
            } else {
                // As the terminal reads it: `7,5` and `7.5`, and off the grid the nearest steps.
                switch menu.kind.parse(text, in: menu) {
                case .success(let number): value = number
                case .failure(let problem): return .failure(problem)
                }
            }
        case .choice, .yesNo, .likert:
            guard values.count == 1, let item = menu.items.first(where: { formValue($0) == values[0] }) else {
                return .failure(values.isEmpty ? AnswerProblem(message: "Kies een antwoord, of sla de vraag over.") : unknown(menu))
            }
            value = item.value
        }
        if value != .notApplicable, value != .dontKnow, !menu.kind.accepts(value) {
            return .failure(AnswerProblem(message: menu.kind.expectation(menu)))
        }
        if case .text = value { return .success(Answer(value: value, shareAnonymously: form[shareField] == "ja")) }
        return .success(Answer(value: value, shareAnonymously: nil))
    }

    private static func unknown(_ menu: AnswerMenu) -> AnswerProblem {
        AnswerProblem(message: "Dit antwoord hoort niet bij deze vraag. Kies een van de antwoorden op de pagina.")
    }

    /// Line breaks (CR, LF, CRLF) as single spaces.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var previousBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                if !previousBreak { out.unicodeScalars.append(" ") }
                previousBreak = true
            } else {
                out.unicodeScalars.append(scalar)
                previousBreak = false
            }
        }
        return out
    }
}
