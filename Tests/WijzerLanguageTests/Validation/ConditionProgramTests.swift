import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// The compiled conditions of the reachability search mean exactly what `Expr.evaluate` means.
@Suite("Condition program")
struct ConditionProgramTests {
    static let text = """
    theme t "T"
      order 1
      opening "Open?"
      knowledge "Kennis."
    dimension d "D" in t
    scenario s "S" in t
      situation "Situatie."
      question keuze "Keuze?"
        why "Waarom."
        choice
          a "A"
          b "B"
          c "C"
        not-applicable "n.v.t."
      question meer "Meer?"
        why "Waarom."
        multiple
          x "X"
          y "Y"
          z "Z"
      question schaal "Schaal?"
        why "Waarom."
        likert 1..3 "laag" "midden" "hoog"
        not-applicable "n.v.t."
      question getal "Getal?"
        why "Waarom."
        number 0..10
      question jn "Ja of nee?"
        why "Waarom."
        yesno
      question open "Open?"
        why "Waarom."
        reflection
    """

    static let questionnaire = check(text).questionnaire
    static let ids = ["s.keuze", "s.meer", "s.schaal", "s.getal", "s.jn", "s.open"]
    static let words = ["a", "b", "c", "x", "y", "z", "ja", "nee", "nvt", "onbekend"]

    /// A random condition over the six questions (and now and then an unresolved reference).
    static func expr(_ rng: inout SplitMix64, depth: Int = 0) -> Expr {
        func ref() -> QuestionRef {
            let resolved = rng.next() % 12 == 0 ? nil : ids[Int(rng.next() % UInt64(ids.count))]
            return QuestionRef(scenario: nil, name: Identifier("q"), isCurrentAnswer: false, span: .none, resolved: resolved)
        }
        func literal() -> Literal {
            rng.next() % 2 == 0 ? .number(Int(rng.next() % 13) - 1, .none) : .word(Identifier(words[Int(rng.next() % UInt64(words.count))]))
        }
        let ops: [CompareOperator] = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        switch rng.next() % (depth < 3 ? 7 : 4) {
        case 0: return .compare(ref(), ops[Int(rng.next() % 6)], literal())
        case 1: return .member(ref(), (0..<(1 + Int(rng.next() % 3))).map { _ in literal() })
        case 2: return .has(ref(), Identifier(words[Int(rng.next() % UInt64(words.count))]))
        case 3: return .state(ref(), rng.next() % 2 == 0 ? .answered : .skipped)
        case 4: return .not(expr(&rng, depth: depth + 1))
        case 5: return .and((0..<(2 + Int(rng.next() % 2))).map { _ in expr(&rng, depth: depth + 1) })
        default: return .or((0..<(2 + Int(rng.next() % 2))).map { _ in expr(&rng, depth: depth + 1) })
        }
    }

    /// A random answer of the right kind for each question, or none, or n.v.t.
    static func answers(_ rng: inout SplitMix64) -> Answers {
        var answers: Answers = [:]
        for id in ids {
            switch rng.next() % 5 {
            case 0: continue
            case 1: answers[id] = .notApplicable
            default:
                switch id {
                case "s.keuze": answers[id] = .option(["a", "b", "c"][Int(rng.next() % 3)])
                case "s.meer": answers[id] = .options(["x", "y", "z"].filter { _ in rng.next() % 2 == 0 })
                case "s.schaal": answers[id] = .number(1 + Int(rng.next() % 3))
                case "s.getal": answers[id] = .number(Int(rng.next() % 11))
                case "s.jn": answers[id] = .option(rng.next() % 2 == 0 ? "ja" : "nee")
                default: answers[id] = .text("tekst")
                }
            }
        }
        return answers
    }

    @Test(arguments: 0..<40)
    func compiledConditionsAgreeWithEvaluate(seed: Int) throws {
        let q = Self.questionnaire
        #expect(q.questions.count == 6)
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        var stack: [Bool] = []
        for _ in 0..<50 {
            let e = Self.expr(&rng)
            let program = try #require(ConditionProgram([e], q))
            for _ in 0..<8 {
                let answers = Self.answers(&rng)
                let codes = program.slots.indices.map { program.encode(answers[program.slots[$0].id], slot: $0) }
                #expect(program.run(codes, stack: &stack) == e.evaluate(answers), "\(e) with \(answers)")
            }
        }
    }

    @Test func unreachableConditionIsStillFound() {
        let text = Self.text.replacingOccurrences(of: "number 0..10", with: "number 0..10\n    when answer < 0 or getal > 10\n      score d +1")
        let warnings = check(text).diagnostics.diagnostics.filter { $0.id == .unsatisfiableCondition }
        #expect(warnings.count == 1)
    }

    /// A choice with many options is still searched (only multiple-choice answers are bit sets).
    @Test func manyOptionsAreSearched() {
        let options = (0..<70).map { "      o\($0) \"Optie \($0)\"" }.joined(separator: "\n")
        let text = Self.text
            .replacingOccurrences(of: "      a \"A\"\n      b \"B\"\n      c \"C\"", with: options)
            .replacingOccurrences(of: "    not-applicable \"n.v.t.\"\n  question meer",
                                  with: "    not-applicable \"n.v.t.\"\n    when answer = o1 and answer = o2\n      score d +1\n  question meer")
        let result = check(text)
        #expect(result.questionnaire.question("s.keuze")?.kind?.options.count == 70)
        #expect(result.questionnaire.question("s.keuze")?.decl.rules.count == 1)
        #expect(result.diagnostics.diagnostics.contains { $0.id == .unsatisfiableCondition })
    }
}
