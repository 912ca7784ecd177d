import Foundation
import WijzerLanguage
import WijzerScoring

/// Synthetic result files for tests and benchmarks: valid `ResultDocument`s for a questionnaire,
/// deterministic from a seed. Each person leans towards one end of every question, so answers
/// cluster a little as in a real team; `show-if` is respected; some questions are skipped or
/// answered n.v.t.
///
/// Takes the questionnaire as a parameter (this module depends only on WijzerLanguage and WijzerScoring); use
/// `Checker.check` on `BundledQuestionnaires.files` from WijzerContent.
public struct ResultGenerator: Sendable {
    public let questionnaire: Questionnaire
    public let stamp: QuestionnaireStamp
    private var rng: SplitMix64

    public init(questionnaire: Questionnaire, stamp: QuestionnaireStamp, seed: UInt64) {
        self.questionnaire = questionnaire
        self.stamp = stamp
        rng = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next random number.
    public mutating func next() -> UInt64 { rng.next() }

    /// A number in `0..<n`.
    public mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    /// One person's result for `themes` (all themes when nil), completed and scored (with
    /// `complete: false` only the answers, as while the runner is busy: about 1.3 KB a theme in
    /// compact JSON). `reflections` are drawn from to answer free-text questions.
    public mutating func document(themes: [String]? = nil, name: String? = nil, skipRate: Int = 5, complete: Bool = true,
                                  reflections: [String] = Self.sampleReflections) -> ResultDocument {
        let day = 86_400.0
        let created = Date(timeIntervalSince1970: 1_790_000_000 + Double(below(60)) * day + Double(below(36_000)))
        var doc = ResultDocument(questionnaire: stamp, name: name, now: created)
        let chosen = themes ?? questionnaire.themes.map(\.id.name)
        let lean = below(1000)
        var at = created
        for theme in chosen {
            for question in questionnaire.questions(inTheme: theme) {
                guard let kind = question.kind else { continue }
                if let showIf = question.showIf, !showIf.evaluate(doc.answers) { continue }
                if below(100) < skipRate { continue }
                at += Double(5 + below(90))
                // "Weet ik niet" takes the draw n.v.t. takes, so a set that changes one for the other
                // keeps the rest of the generated answers.
                if (question.decl.notApplicable != nil || question.decl.dontKnow != nil) && below(100) < 4 {
                    ResultBuilder.record(question.decl.notApplicable != nil ? .notApplicable : .dontKnow, for: question, in: &doc, at: at)
                    continue
                }
                let answer: AnswerValue
                switch kind {
                case .choice(let options):
                    answer = .option(options[pick(options.count, lean: lean)].key.name)
                case .yesNo:
                    answer = .option(pick(2, lean: lean) == 0 ? "ja" : "nee")
                case .multiple(let options, let limits):
                    var keys = options.indices.filter { _ in below(100) < 35 }.map { options[$0].key.name }
                    if keys.isEmpty { keys = [options[pick(options.count, lean: lean)].key.name] }
                    // An exclusive option goes alone; more than `max` options are cut short.
                    if keys.count > 1 {
                        keys = keys.filter { k in !options.contains { $0.key.name == k && $0.exclusive } }
                        if keys.isEmpty { keys = [options.first { !$0.exclusive }?.key.name ?? options[0].key.name] }
                    }
                    if let max = limits.max, keys.count > max { keys = Array(keys.prefix(max)) }
                    for o in options where !o.exclusive && keys.count < (limits.min ?? 0) && !keys.contains(o.key.name) {
                        keys.append(o.key.name)
                    }
                    answer = .options(keys)
                case .likert, .number:
                    let grid = kind.grid!
                    answer = .number(grid.point(pick(min(grid.width + 1, 11), lean: lean)))
                case .reflection:
                    answer = .text(reflections.isEmpty ? "" : reflections[below(reflections.count)])
                }
                ResultBuilder.record(answer, for: question, in: &doc, at: at)
            }
            if complete { ResultBuilder.complete(theme: theme, in: &doc, questionnaire: questionnaire, at: at + 30) }
        }
        return doc
    }

    /// Compact JSON (one line), as another tool might write it.
    public static func compactJSON(_ document: ResultDocument) -> [UInt8] { ResultCodec.encode(document, pretty: false) }

    /// Mostly near the person's lean, sometimes anywhere.
    private mutating func pick(_ n: Int, lean: Int) -> Int {
        if below(100) < 40 { return below(n) }
        return min(n - 1, (lean * n) / 1000 + (below(3) == 0 ? below(2) : 0))
    }

    public static let sampleReflections = [
        "Ik ga vaker doorvragen als een studente stil is.",
        "Meer afwisseling in de werkvormen.",
        "Rolmodellen uitnodigen in de les.",
        "Feedback concreter maken.",
        "Groepjes bewuster samenstellen.",
    ]
}
