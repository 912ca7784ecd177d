import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// The reachability search tries few answers per question; it must find a way to make a
/// condition true whenever one exists among all possible answers.
@Suite("Satisfiability search")
struct SatisfiabilitySearchTests {
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
    static func expr(_ rng: inout SplitMix64, depth: Int = 0) -> Condition {
        func ref() -> String? {
            rng.next() % 12 == 0 ? nil : ids[Int(rng.next() % UInt64(ids.count))]
        }
        func literal() -> Condition.Value {
            if rng.next() % 2 == 0 { return .number(DecimalNumber(Int(rng.next() % 13) - 1)) }
            return .word(words[Int(rng.next() % UInt64(words.count))])
        }
        let ops: [CompareOperator] = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        switch rng.next() % (depth < 3 ? 7 : 4) {
        case 0: return .compare(question: ref(), ops[Int(rng.next() % 6)], literal())
        case 1: return .member(question: ref(), (0..<(1 + Int(rng.next() % 3))).map { _ in literal() })
        case 2: return .has(question: ref(), option: words[Int(rng.next() % UInt64(words.count))])
        case 3: return .state(question: ref(), rng.next() % 2 == 0 ? .answered : .skipped)
        case 4: return .not(expr(&rng, depth: depth + 1))
        case 5: return .and((0..<(2 + Int(rng.next() % 2))).map { _ in expr(&rng, depth: depth + 1) })
        default: return .or((0..<(2 + Int(rng.next() % 2))).map { _ in expr(&rng, depth: depth + 1) })
        }
    }

    /// Every possible answer to each question (nil: skipped).
    static let everyAnswer: [String: [AnswerValue?]] = [
        "s.keuze": [nil, .notApplicable, .option("a"), .option("b"), .option("c")],
        "s.meer": [nil] + (0 ..< 8).map { mask in .options(["x", "y", "z"].enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)) },
        "s.schaal": [nil, .notApplicable] + (1 ... 3).map { .number(DecimalNumber($0)) },
        "s.getal": [nil] + (0 ... 10).map { .number(DecimalNumber($0)) },
        "s.jn": [nil, .option("ja"), .option("nee")],
        "s.open": [nil, .text("tekst")],
    ]

    /// Whether any combination of every possible answer makes `e` true.
    static func bruteForce(_ e: Condition) -> Bool {
        let ids = e.questions
        func search(_ k: Int, _ answers: inout Answers) -> Bool {
            if k == ids.count { return e.evaluate(answers) }
            for value in everyAnswer[ids[k]]! {
                answers[ids[k]] = value
                if search(k + 1, &answers) { return true }
            }
            answers[ids[k]] = nil
            return false
        }
        var answers: Answers = [:]
        return search(0, &answers)
    }

    @Test(arguments: 0..<40)
    func searchAgreesWithEveryPossibleAnswer(seed: Int) throws {
        let q = Self.questionnaire
        #expect(q.questions.count == 6)
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        var satisfiable = 0
        for _ in 0..<50 {
            let e = Self.expr(&rng)
            let found = SatisfiabilitySearch.satisfiable([e], fixed: nil, q)
            #expect(found == Self.bruteForce(e), "\(e)")
            if found { satisfiable += 1 }
        }
        // Both outcomes occur, so the comparison means something.
        #expect(satisfiable > 0 && satisfiable < 50)
    }

    /// A value strictly between two compared numbers is only found by trying the numbers'
    /// neighbours, not just the numbers and the ends of the range.
    @Test func valuesBetweenComparedNumbersAreTried() {
        let between = Condition.and([.compare(question: "s.getal", .greater, .number(4)),
                                     .compare(question: "s.getal", .less, .number(6))])
        #expect(SatisfiabilitySearch.satisfiable([between], fixed: nil, Self.questionnaire))
        let none = Condition.and([.compare(question: "s.getal", .greater, .number(4)),
                                  .compare(question: "s.getal", .less, .number(5))])
        #expect(!SatisfiabilitySearch.satisfiable([none], fixed: nil, Self.questionnaire))
        let fixed = SatisfiabilitySearch.satisfiable([between], fixed: ("s.getal", .number(7)), Self.questionnaire)
        #expect(!fixed, "a fixed answer is the only one tried")
    }

    @Test func unreachableConditionIsStillFound() {
        let text = Self.text.replacingOccurrences(of: "number 0..10", with: "number 0..10\n    when answer < 0 or getal > 10\n      score d +1")
        let warnings = check(text).diagnostics.diagnostics.filter { $0.id == .unsatisfiableCondition }
        #expect(warnings.count == 1)
    }

    /// A choice with many options is still searched.
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
