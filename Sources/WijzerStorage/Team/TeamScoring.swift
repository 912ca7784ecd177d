import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Scores one person's answers exactly as `Scorer.evaluate` does, from tables built once.
///
/// `Scorer.evaluate` builds dictionaries per question and recounts per theme, about 50 µs a
/// result: fine for one plan, seconds for 100,000 results. This replays its rules with the
/// contributions of every possible answer taken from `ScoreRanges` in advance; only `show-if`
/// and `when` conditions are evaluated per person, with `Expr.evaluate`. A property test checks
/// that theme scores and triggered tips equal `Scorer.evaluate` on generated results.
struct TeamScoring: Sendable {
    /// A person's answer to one question, as counted.
    enum Coded: Sendable, Equatable {
        /// An option (choice, yes/no) or a scale point, `0..<categories`.
        case category(Int)
        /// Multiple choice: a bit per option.
        case options(UInt64)
        case text(String)
        case notApplicable
    }

    struct Contribution: Sendable {
        var dim: Int
        var e: Int
        var lo: Int
        var hi: Int
    }

    private struct Rule: Sendable {
        var condition: Expr
        var tips: [Int]
        var scores: [(dim: Int, points: Int)]
    }

    private struct Table: Sendable {
        var perCategory: [[Contribution]] = []
        var optionTips: [[Int]] = []
        /// Multiple choice: ranges without any option chosen, and each option's points.
        var base: [Contribution] = []
        var optionPoints: [[(dim: Int, points: Int)]] = []
        var rules: [Rule] = []
        var showIf: Expr?
    }

    let dimensionTheme: [Int]
    let themeQuestions: [[Int]]
    let tipCount: Int
    private let tables: [Table]

    init(_ catalog: TeamCatalog) {
        let q = catalog.questionnaire
        let themeIndex = Dictionary(catalog.themeIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        dimensionTheme = q.dimensions.map { themeIndex[$0.theme.name] ?? -1 }
        tipCount = q.tips.count
        var perTheme = Array(repeating: [Int](), count: catalog.themeIDs.count)
        for (i, question) in catalog.questions.enumerated() { perTheme[question.theme].append(i) }
        themeQuestions = perTheme
        func contributions(_ question: ResolvedQuestion, _ answer: AnswerValue) -> [Contribution] {
            guard let kind = question.kind else { return [] }
            return ScoreRanges.contributions(of: question, answer: answer).compactMap { dim, c in
                q.dimensionIndex[dim].map { Contribution(dim: $0, e: c.earned, lo: c.lowest, hi: c.highest) }
            }.sorted { $0.dim < $1.dim }
        }
        func tips(_ effects: [Effect]) -> [Int] {
            effects.compactMap { if case .tip(let id, _) = $0 { q.tipIndex[id.name] } else { nil } }
        }
        tables = catalog.questions.map { question in
            let r = question.resolved
            var table = Table(showIf: r.decl.showIf)
            table.rules = r.decl.rules.map { rule in
                Rule(condition: rule.condition, tips: tips(rule.effects),
                     scores: rule.effects.compactMap { effect in
                         if case .score(let d, let n) = effect, let i = q.dimensionIndex[d.name] { (i, n) } else { nil }
                     })
            }
            let options = r.kind?.options ?? []
            switch question.kind {
            case .choice, .yesNo:
                table.perCategory = question.keys.map { contributions(r, .option($0)) }
                table.optionTips = question.keys.map { key in tips(options.first { $0.key.name == key }?.effects ?? []) }
            case .multiple:
                table.base = contributions(r, .options([]))
                table.optionPoints = question.keys.map { key in
                    let alone = contributions(r, .options([key]))
                    return alone.map { c in (c.dim, c.e - (table.base.first { $0.dim == c.dim }?.e ?? 0)) }
                }
                table.optionTips = question.keys.map { key in tips(options.first { $0.key.name == key }?.effects ?? []) }
            case .scale:
                table.perCategory = (question.low ... question.high).map { contributions(r, .number($0)) }
            case .reflection:
                break
            }
            return table
        }
    }

    /// Reusable per-worker buffers.
    struct Scratch: Sendable {
        var e: [Int] = []
        var lo: [Int] = []
        var hi: [Int] = []
        var n: [Int] = []
        var tips: [Bool] = []
    }

    /// Scores the themes in `themes` (a bit per theme index) for `coded` (one entry per catalog
    /// question). `answers` is the same answers by question id, for conditions. Calls `score`
    /// with each evaluated theme and its score, and leaves the triggered tips in `scratch.tips`.
    func evaluate(_ coded: [Coded?], themes: UInt64, answers: Answers, scratch: inout Scratch,
                  score: (Int, Int?) -> Void) {
        let dims = dimensionTheme.count
        if scratch.e.count != dims {
            scratch.e = Array(repeating: 0, count: dims); scratch.lo = scratch.e; scratch.hi = scratch.e; scratch.n = scratch.e
        }
        if scratch.tips.count != tipCount { scratch.tips = Array(repeating: false, count: tipCount) }
        for d in 0 ..< dims { scratch.e[d] = 0; scratch.lo[d] = 0; scratch.hi[d] = 0; scratch.n[d] = 0 }
        for t in 0 ..< tipCount { scratch.tips[t] = false }

        func add(_ c: Contribution, extra: Int = 0) {
            scratch.e[c.dim] += c.e + extra; scratch.lo[c.dim] += c.lo; scratch.hi[c.dim] += c.hi; scratch.n[c.dim] += 1
        }
        for (theme, questions) in themeQuestions.enumerated() where theme < 64 && themes & (1 << UInt64(theme)) != 0 {
            for i in questions {
                if let showIf = tables[i].showIf, !showIf.evaluate(answers) { continue }
                let answer = coded[i]
                let counts = answer != nil && answer != .notApplicable
                // Rule points are added to the question's own contribution for that dimension.
                var rulePoints: [(dim: Int, points: Int)] = []
                rulePoints.reserveCapacity(0)
                for rule in tables[i].rules where rule.condition.evaluate(answers) {
                    for t in rule.tips { scratch.tips[t] = true }
                    if counts { rulePoints += rule.scores }
                }
                var own: [Contribution]
                switch answer {
                case .category(let c)?:
                    own = c < tables[i].perCategory.count ? tables[i].perCategory[c] : []
                    if c < tables[i].optionTips.count { for t in tables[i].optionTips[c] { scratch.tips[t] = true } }
                case .options(let mask)?:
                    own = tables[i].base
                    for o in tables[i].optionPoints.indices where o < 64 && mask & (1 << UInt64(o)) != 0 {
                        for p in tables[i].optionPoints[o] { if let j = own.firstIndex(where: { $0.dim == p.dim }) { own[j].e += p.points } }
                        for t in tables[i].optionTips[o] { scratch.tips[t] = true }
                    }
                default:
                    own = []
                }
                for p in rulePoints {
                    if let j = own.firstIndex(where: { $0.dim == p.dim }) { own[j].e += p.points } else { own.append(Contribution(dim: p.dim, e: p.points, lo: 0, hi: 0)) }
                }
                for c in own { add(c) }
            }
        }
        for theme in 0 ..< themeQuestions.count where theme < 64 && themes & (1 << UInt64(theme)) != 0 {
            var sum = (e: 0, lo: 0, hi: 0, n: 0)
            for d in 0 ..< dims where dimensionTheme[d] == theme && scratch.n[d] > 0 {
                sum.e += scratch.e[d]; sum.lo += scratch.lo[d]; sum.hi += scratch.hi[d]; sum.n += scratch.n[d]
            }
            score(theme, Scorer.normalise(sum))
        }
    }
}
