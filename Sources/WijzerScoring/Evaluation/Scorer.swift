import WijzerLanguage

/// Evaluates answers against a questionnaire. Pure and deterministic: the same answers give
/// the same evaluation, in the same order.
///
/// Scores follow docs/LANGUAGE.md: per dimension, the points earned against the lowest and
/// highest any answer could earn, over the answered, visible, not-n.v.t. questions.
public enum Scorer {
    /// Evaluates `answers` for the given themes (all when nil).
    public static func evaluate(_ q: Questionnaire, _ answers: Answers, themes: Set<String>? = nil) -> Evaluation {
        var earned: [String: (e: Double, lo: Double, hi: Double, n: Int)] = [:]
        var tipWeights: [String: (weight: Int, reasons: [TipReason])] = [:]
        var strengths: [Strength] = []
        var seenStrengths: Set<String> = []
        var reflections: [Reflection] = []
        var unknowns: [Unknown] = []
        var answeredPerTheme: [String: Int] = [:]
        var extraAnsweredPerTheme: [String: Int] = [:]
        var countedPerTheme: [String: Set<String>] = [:]

        func addTip(_ id: String, _ weight: Int, _ question: String) {
            var entry = tipWeights[id] ?? (0, [])
            entry.weight += weight
            if let i = entry.reasons.firstIndex(where: { $0.question == question }) {
                entry.reasons[i].weight += weight
            } else {
                entry.reasons.append(TipReason(question: question, weight: weight))
            }
            tipWeights[id] = entry
        }
        func apply(_ effects: [Effect], _ question: ResolvedQuestion) {
            for effect in effects {
                switch effect {
                case .tip(let id, let weight): addTip(id.name, weight, question.id)
                case .strength(let text):
                    if seenStrengths.insert(text.text).inserted {
                        strengths.append(Strength(text: text.text, question: question.id, theme: question.theme))
                    }
                case .score: break
                }
            }
        }

        for question in q.questions {
            if let themes, !themes.contains(question.theme) { continue }
            guard question.kind != nil else { continue }
            if let showIf = question.showIf, !showIf.evaluate(answers) { continue }
            let answer = answers[question.id]
            let counts = answer != nil && answer != .notApplicable && answer != .dontKnow
            if answer == .dontKnow { unknowns.append(Unknown(question: question.id, theme: question.theme)) }
            if counts {
                if ThemeProgress.counts(question) { answeredPerTheme[question.theme, default: 0] += 1 }
                else { extraAnsweredPerTheme[question.theme, default: 0] += 1 }
            }
            var contributions = ScoreRanges.contributions(of: question, answer: answer)
            switch answer {
            case .text(let t)?:
                if !t.isEmpty { reflections.append(Reflection(question: question.id, theme: question.theme, text: t)) }
            case .option(let key)?:
                if let option = question.kind?.options.first(where: { $0.key.name == key }) { apply(option.effects, question) }
            case .options(let keys)?:
                for option in question.kind?.options ?? [] where keys.contains(option.key.name) { apply(option.effects, question) }
            default: break
            }
            for rule in question.rules where rule.condition.evaluate(answers) {
                apply(rule.effects, question)
                if counts {
                    for case .score(let dim, let points) in rule.effects {
                        contributions[dim.name, default: ScoreContribution(earned: 0, lowest: 0, highest: 0)].earned += points
                    }
                }
            }
            for (dim, c) in contributions {
                if let d = q.dimensionIndex[dim] {
                    countedPerTheme[q.dimensions[d].theme.name, default: []].insert(question.id)
                }
                let w = weighted(c, question.decl.weight)
                var total = earned[dim] ?? (0, 0, 0, 0)
                total.e += w.e
                total.lo += w.lo
                total.hi += w.hi
                total.n += 1
                earned[dim] = total
            }
        }

        let dimensionScores = q.dimensions.map { d -> DimensionScore in
            let t = earned[d.id.name]
            return DimensionScore(dimension: d.id.name, theme: d.theme.name, score: t.flatMap(normalise), counted: t?.n ?? 0)
        }
        let themeScores = q.themes.compactMap { theme -> ThemeScore? in
            if let themes, !themes.contains(theme.id.name) { return nil }
            var sum = (e: 0.0, lo: 0.0, hi: 0.0, n: 0)
            for d in q.dimensions where d.theme.name == theme.id.name {
                guard let t = earned[d.id.name] else { continue }
                sum.e += t.e; sum.lo += t.lo; sum.hi += t.hi; sum.n += t.n
            }
            return ThemeScore(theme: theme.id.name, score: normalise(sum), counted: countedPerTheme[theme.id.name]?.count ?? 0,
                              answered: answeredPerTheme[theme.id.name] ?? 0,
                              total: ThemeProgress.total(q.questions(inTheme: theme.id.name)),
                              extraAnswered: extraAnsweredPerTheme[theme.id.name] ?? 0)
        }
        // Tips on scores, once the scores are known (they add weight, not a question's reason).
        if !q.scoreTriggers.isEmpty {
            var scores: [String: Int] = [:]
            for s in dimensionScores { if let v = s.score { scores[s.dimension] = v } }
            for s in themeScores { if let v = s.score { scores[s.theme] = v } }
            for tip in q.tips {
                for trigger in q.scoreTriggers[tip.id.name] ?? [] where trigger.condition.evaluate(answers, scores: scores) {
                    tipWeights[tip.id.name, default: (0, [])].weight += trigger.weight
                }
            }
        }
        let tips = tipWeights.map { TriggeredTip(tip: $0.key, weight: $0.value.weight, reasons: $0.value.reasons) }
            .sorted { ($1.weight, q.tipIndex[$0.tip] ?? .max) < ($0.weight, q.tipIndex[$1.tip] ?? .max) }
        return Evaluation(themes: themeScores, dimensions: dimensionScores, tips: tips, strengths: strengths,
                          reflections: reflections, unknowns: unknowns)
    }

    /// A question's points for a dimension, as they count: with `weight N`, scaled so its range
    /// runs from 0 to N (a `number 0..30` then weighs no more than a choice worth N).
    static func weighted(_ c: ScoreContribution, _ weight: Int?) -> (e: Double, lo: Double, hi: Double) {
        guard let weight, c.highest > c.lowest else { return (Double(c.earned), Double(c.lowest), Double(c.highest)) }
        let share = Double(c.earned - c.lowest) / Double(c.highest - c.lowest)
        return (share * Double(weight), 0, Double(weight))
    }

    /// `100 × (earned − lowest) / (highest − lowest)`, rounded; nil for an empty range.
    public static func normalise(_ t: (e: Double, lo: Double, hi: Double, n: Int)) -> Int? {
        guard t.n > 0, t.hi > t.lo else { return nil }
        let value = (t.e - t.lo) * 100 / (t.hi - t.lo)
        return Int(min(100, max(0, value)).rounded())
    }
}
