import Foundation
import WijzerLanguage
import WijzerScoring

/// A teacher's personal action plan: what the renderers show, computed from a result document.
public struct ActionPlan: Sendable {
    /// One tip as the plan shows it.
    public struct Action: Sendable, Hashable {
        public var id: String
        public var title: String
        public var text: String
        public var steps: [String]
        public var timeframe: String
        public var notice: String
        public var resources: [Resource]
        public var source: String?
        public var themeTitle: String
        public var weight: Int
        /// The questions whose answers led to this tip.
        public var becauseOf: [String]
    }

    /// One theme's section.
    public struct ThemeSection: Sendable, Hashable {
        public var id: String
        public var title: String
        public var score: Int?
        public var answered: Int
        public var total: Int
        public var completed: Date?
        /// Growth-oriented feedback: what goes well, what to try next.
        public var goesWell: String
        public var nextStep: String
        public var strengths: [String]
        /// Triggered tips of this theme that are not among the focus actions.
        public var otherActions: [Action]
    }

    /// A quoted reflection.
    public struct Quote: Sendable, Hashable {
        public var themeTitle: String
        public var question: String
        public var text: String
    }

    public var questionnaireTitle: String
    public var questionnaireVersion: String
    public var name: String?
    public var date: Date
    public var themes: [ThemeSection]
    /// The three heaviest tips.
    public var focus: [Action]
    public var reflections: [Quote]
    public var nextCheck: Date

    /// At most three reasons are quoted; `more` says how many were left out.
    static func summarise(_ reasons: [String]) -> [String] { Array(reasons.prefix(3)) }
    static func more(_ reasons: [String]) -> String {
        reasons.count > 3 ? " en \(reasons.count - 3) \(reasons.count - 3 == 1 ? "andere vraag" : "andere vragen")" : ""
    }

    /// `actieplan-2026-11-30`, from the document's last change.
    public var fileStem: String { "actieplan-" + DutchDate.iso(date) }

    /// Builds the plan for the themes of `document` that have answers, with scores computed
    /// from the answers by `Scorer` (so a regenerated plan always matches its answers).
    public init(document: ResultDocument, questionnaire q: Questionnaire) {
        let themeIDs = Set(document.themes.filter { !$0.answers.isEmpty || $0.completed != nil }.map(\.theme))
        let answers = document.answers
        let evaluation = Scorer.evaluate(q, answers, themes: themeIDs)
        questionnaireTitle = q.title
        questionnaireVersion = q.version
        name = document.name
        date = document.updated

        func action(_ triggered: TriggeredTip) -> Action? {
            guard let tip = q.tip(triggered.tip) else { return nil }
            return Action(
                id: tip.id.name, title: tip.title.text, text: tip.text?.text ?? "",
                steps: tip.steps.map(\.text), timeframe: tip.timeframe?.label ?? "dit schooljaar",
                notice: tip.notice?.text ?? "Je merkt het aan hoe studentes meedoen en wat ze je vertellen.",
                resources: tip.resources, source: tip.source?.text,
                themeTitle: tip.theme.flatMap { q.theme($0.name)?.title.text } ?? "",
                weight: triggered.weight,
                becauseOf: triggered.reasons.compactMap { q.question($0.question)?.decl.text.text })
        }
        let actions = evaluation.tips.compactMap(action)
        focus = Array(actions.prefix(3))
        let focusIDs = Set(focus.map(\.id))

        themes = q.themes.filter { themeIDs.contains($0.id.name) }.map { theme in
            let id = theme.id.name
            let score = evaluation.theme(id)
            let strengths = evaluation.strengths.filter { $0.theme == id }.map(\.text)
            let themeActions = actions.filter { action in q.tip(action.id)?.theme?.name == id }
            let feedback = Feedback.sentences(score: score?.score, strengths: strengths,
                                              firstAction: themeActions.first ?? actions.first { a in
                                                  evaluation.tip(a.id)?.reasons.contains { q.question($0.question)?.theme == id } == true
                                              })
            return ThemeSection(
                id: id, title: theme.title.text, score: score?.score, answered: score?.answered ?? 0,
                total: score?.total ?? 0, completed: document.themes.first { $0.theme == id }?.completed,
                goesWell: feedback.goesWell, nextStep: feedback.nextStep, strengths: strengths,
                otherActions: themeActions.filter { !focusIDs.contains($0.id) })
        }
        reflections = evaluation.reflections.map { r in
            Quote(themeTitle: q.theme(r.theme)?.title.text ?? r.theme,
                  question: q.question(r.question)?.decl.text.text ?? r.question, text: r.text)
        }
        let last = document.themes.compactMap(\.completed).max() ?? document.updated
        nextCheck = Calendar(identifier: .gregorian).date(byAdding: .month, value: 3, to: last) ?? last
    }
}

/// Growth-oriented feedback in the guide's manner: name what goes well, then one next step.
enum Feedback {
    static func sentences(score: Int?, strengths: [String], firstAction: ActionPlan.Action?) -> (goesWell: String, nextStep: String) {
        let goesWell: String
        if let first = strengths.first {
            goesWell = first
        } else if let score, score >= 75 {
            goesWell = "Je werkt in dit thema al op veel punten genderinclusief."
        } else if let score, score >= 40 {
            goesWell = "Je hebt in dit thema een goede basis: een deel van wat de gids aanraadt, doe je al."
        } else {
            goesWell = "Je hebt eerlijk naar je eigen praktijk gekeken; daarmee begint elke verbetering."
        }
        let nextStep: String
        if let action = firstAction {
            nextStep = "Probeer als volgende stap: \(action.title.lowercasedFirst) (\(action.timeframe))."
        } else {
            nextStep = "Houd vast wat werkt en vertel een collega hoe je het aanpakt."
        }
        return (goesWell, nextStep)
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        // Keep acronyms and names ("ICT", "SBB") as written.
        let second = dropFirst().first
        if second?.isUppercase == true { return self }
        return first.lowercased() + dropFirst()
    }
}
