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
        /// The title of the theme the plan files this tip under: the tip's own theme when it
        /// was part of this run, otherwise the run's theme where it was triggered.
        public var themeTitle: String
        public var weight: Int
        /// The answers that led to this tip, heaviest first.
        public var reasons: [Reason]
        /// A strength on the same point, when this weakly triggered tip is only a way to go deeper.
        public var deepens: String?

        /// The questions whose answers led to this tip.
        public var becauseOf: [String] { reasons.map(\.question) }
    }

    /// One answer behind a tip: the question and what the teacher answered.
    public struct Reason: Sendable, Hashable {
        public var question: String
        public var answer: String
    }

    /// One theme's section.
    public struct ThemeSection: Sendable, Hashable {
        public var id: String
        public var title: String
        /// The scorer's number; not shown, since a plan is no grade (see `position`).
        public var score: Int?
        /// Where the teacher stands; nil when fewer than half the questions were answered.
        public var position: PlanPosition?
        public var answered: Int
        public var total: Int
        /// Extra (show-if) questions answered, beside `answered` of `total`.
        public var extraAnswered: Int
        public var completed: Date?
        /// Growth-oriented feedback: what goes well (nil rather than a repeated filler), what to try next.
        public var goesWell: String?
        public var nextStep: String
        public var strengths: [String]
        /// Triggered tips filed under this theme that are not among the focus actions.
        public var otherActions: [Action]
        /// The texts of the questions answered "weet ik niet", in questionnaire order.
        public var unknowns: [String] = []
    }

    /// The tips beyond the focus that share a timeframe.
    public struct TimeframeGroup: Sendable, Hashable {
        public var label: String
        public var actions: [Action]
    }

    /// A quoted reflection.
    public struct Quote: Sendable, Hashable {
        public var themeTitle: String
        public var question: String
        public var text: String
    }

    public var questionnaireTitle: String
    public var questionnaireVersion: String
    /// What the set says about itself: the source's name in sentences, the attribution.
    public var about: SetDescription
    public var name: String?
    public var date: Date
    public var themes: [ThemeSection]
    /// The three heaviest tips, in the questionnaire's order so that a tip that builds on
    /// another comes after it.
    public var focus: [Action]
    /// Every other triggered tip, by timeframe: deze week, deze maand, dit schooljaar.
    public var more: [TimeframeGroup]
    /// Weakly triggered tips next to a strength on the same point: ideas to go deeper.
    public var deepen: [Action]
    public var reflections: [Quote]
    public var nextCheck: NextCheck

    /// At most three reasons are quoted; `more` says how many were left out.
    static func summarise<T>(_ reasons: [T]) -> [T] { Array(reasons.prefix(3)) }
    static func more<T>(_ reasons: [T]) -> String? {
        reasons.count > 3 ? "En nog \(reasons.count - 3) \(reasons.count - 3 == 1 ? "andere vraag" : "andere vragen")." : nil
    }

    /// `actieplan-2026-11-30`, from the document's last change.
    public var fileStem: String { "actieplan-" + DutchDate.iso(date) }

    /// Builds the plan for the themes of `document` that have answers, from the answers
    /// evaluated by `Scorer` (so a regenerated plan always matches its answers), for a teacher
    /// who compares a later self-check with it in `place` (the terminal or the browser).
    public init(document: ResultDocument, questionnaire q: Questionnaire, comparedIn place: NextCheck.Place) {
        let themeIDs = Set(document.themes.filter { !$0.answers.isEmpty || $0.completed != nil }.map(\.theme))
        let answers = document.answers
        let evaluation = Scorer.evaluate(q, answers, themes: themeIDs)
        questionnaireTitle = q.title
        questionnaireVersion = q.version
        about = q.about
        name = document.name
        date = document.updated

        let filing = PlanFiling(questionnaire: q, evaluation: evaluation, answers: answers, runThemes: themeIDs)
        let actions = evaluation.tips.compactMap(filing.action)
        deepen = actions.filter { $0.deepens != nil }
        let candidates = actions.filter { $0.deepens == nil }
        focus = filing.inGuideOrder(Array(candidates.prefix(3)))
        let focusIDs = Set(focus.map(\.id))
        let rest = filing.inGuideOrder(candidates.filter { !focusIDs.contains($0.id) })
        // The three timeframes first, then the authors' own, in the order they first appear.
        var labels = Timeframe.allCases.map(\.label)
        for action in rest where !labels.contains(action.timeframe) { labels.append(action.timeframe) }
        more = labels.compactMap { label in
            let group = rest.filter { $0.timeframe == label }
            return group.isEmpty ? nil : TimeframeGroup(label: label, actions: group)
        }

        var fillerUsed = false
        themes = q.themes.filter { themeIDs.contains($0.id.name) }.map { theme in
            let id = theme.id.name
            let score = evaluation.theme(id)
            let answered = score?.answered ?? 0, total = score?.total ?? 0
            let position = PlanPosition(score: score?.score, answered: answered, total: total)
            let strengths = evaluation.strengths.filter { $0.theme == id }.map(\.text)
            let themeActions = candidates.filter { filing.home(of: $0.id) == id }
            let feedback = Feedback.sentences(position: position, strengths: strengths,
                                              firstAction: themeActions.first, about: q.about, fillerUsed: &fillerUsed)
            return ThemeSection(
                id: id, title: theme.title.text, score: score?.score, position: position, answered: answered,
                total: total, extraAnswered: score?.extraAnswered ?? 0, completed: document.themes.first { $0.theme == id }?.completed,
                goesWell: feedback.goesWell, nextStep: feedback.nextStep, strengths: strengths,
                otherActions: themeActions.filter { !focusIDs.contains($0.id) },
                unknowns: evaluation.unknowns.filter { $0.theme == id }.map { q.question($0.question)?.decl.text.text ?? $0.question })
        }
        reflections = evaluation.reflections.map { r in
            Quote(themeTitle: q.theme(r.theme)?.title.text ?? r.theme,
                  question: q.question(r.question)?.decl.text.text ?? r.question, text: r.text)
        }
        let last = document.themes.compactMap(\.completed).max() ?? document.updated
        nextCheck = NextCheck(after: last, place: place)
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

extension String {
    /// "deze week" → "Deze week", for a heading.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension ActionPlan.ThemeSection {
    /// One Dutch sentence naming the questions answered "weet ik niet"; nil when there are none.
    public var unknownsSentence: String? {
        guard !unknowns.isEmpty else { return nil }
        let list = unknowns.map { "“\($0)”" }.joined(separator: "; ")
        return unknowns.count == 1
            ? "Bij deze vraag wist je het antwoord (nog) niet; zoek het uit, dan weet je beter waar je staat: \(list)"
            : "Bij deze \(unknowns.count) vragen wist je het antwoord (nog) niet; zoek het uit, dan weet je beter waar je staat: \(list)"
    }
}
