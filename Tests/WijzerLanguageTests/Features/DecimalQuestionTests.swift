import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `number 0.0..10.0 step 0.5 unit "uur"`: parsed, checked, formatted, read and compared
/// exactly (docs/LANGUAGE.md, "decimal numbers").
@Suite("Decimal number questions")
struct DecimalQuestionTests {
    static func half(_ text: String) -> DecimalNumber { DecimalNumber(text)! }

    @Test func theSetChecksCleanAndKeepsItsStep() throws {
        #expect(findings(decimalSet) == [])
        let q = try #require(check(decimalSet).questionnaire.question("week.uren"))
        #expect(q.kind?.grid == NumberGrid(low: 0, high: 10, step: Self.half("0.5")))
        #expect((q.kind?.answerKind as? NumberKind)?.unit == "uur")
        // The Dutch alias reads the same.
        let dutch = decimalSet.replacingOccurrences(of: "step 0.5", with: "stap 0.5")
        #expect(check(dutch).questionnaire.question("week.uren")?.kind?.grid == q.kind?.grid)
    }

    @Test func formattingKeepsTheRangeAndStepAsWritten() {
        let dutch = decimalSet.replacingOccurrences(of: "number 0.0..10.0 step 0.5", with: "getal 0.0..10.0   stap 0.50")
        let file = SourceFile(path: "f.wijzer", text: dutch)
        let formatted = Formatter.format(Checker.parse(file).0, file: file)
        #expect(formatted.contains("    number 0.0..10.0 step 0.50 unit \"uur\"\n"))
        let again = SourceFile(path: "f.wijzer", text: formatted)
        #expect(Formatter.format(Checker.parse(again).0, file: again) == formatted)
        #expect(check(formatted).questionnaire.question("week.uren")?.kind?.grid == check(decimalSet).questionnaire.question("week.uren")?.kind?.grid)
    }

    @Test func theDefaultStepIsOneOrTheSmallestDecimal() throws {
        let whole = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0..10")
        #expect(check(whole).questionnaire.question("week.uren")?.kind?.grid?.step == 1)
        let tenths = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0.0..10.0")
        #expect(check(tenths).questionnaire.question("week.uren")?.kind?.grid?.step == Self.half("0.1"))
    }

    @Test func typedAnswersTakeAPointOrACommaOnTheGrid() throws {
        let q = try #require(check(decimalSet).questionnaire.question("week.uren"))
        let menu = AnswerMenu(q.decl)
        #expect(menu.hint == "Typ een getal van 0 tot 10 in stappen van 0,5 (uur).")
        #expect(try AnswerParser.parse("7,5", menu).get() == .number(Self.half("7.5")))
        #expect(try AnswerParser.parse("7.5", menu).get() == .number(Self.half("7.5")))
        #expect(try AnswerParser.parse("10", menu).get() == .number(10))
        guard case .failure(let problem) = AnswerParser.parse("7,3", menu) else { Issue.record("7,3 was accepted"); return }
        #expect(problem.message == "7,3 kan niet: deze vraag gaat in stappen van 0,5. Bedoel je 7 of 7,5?")
        guard case .failure(let outside) = AnswerParser.parse("10,5", menu) else { Issue.record("10,5 was accepted"); return }
        #expect(outside.message == "Typ een getal van 0 tot 10 in stappen van 0,5.")
        #expect(menu.describe(.number(Self.half("7.5"))) == "7,5 uur")
        #expect(menu.typed(.number(Self.half("7.5"))) == "7,5")
        #expect(!menu.kind.accepts(.number(Self.half("7.25"))))
    }

    @Test func wholeNumberQuestionsReadAndSpeakAsBefore() throws {
        let whole = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0..10")
        let q = try #require(check(whole).questionnaire.question("week.uren"))
        let menu = AnswerMenu(q.decl)
        #expect(menu.hint == "Typ een getal van 0 tot 10 (uur).")
        #expect(menu.kind.fingerprint == "number:0..10")
        guard case .failure(let problem) = AnswerParser.parse("11", menu) else { Issue.record("11 was accepted"); return }
        #expect(problem.message == "Typ een heel getal van 0 tot 10.")
    }

    @Test func aStepOfZeroOrARangeOffItsStepsIsAnError() throws {
        let zero = decimalSet.replacingOccurrences(of: "step 0.5", with: "step 0")
        // One cause, one error: the examples on that grid are not blamed as well.
        #expect(findings(zero) == ["15:27-15:28 bad-number-step"])
        let off = decimalSet.replacingOccurrences(of: "0.0..10.0", with: "0.0..9.75")
        #expect(findings(off) == ["15:17-15:21 off-grid-range"])
        let result = check(off)
        let finding = try #require(result.diagnostics.sorted.first { $0.id == .offGridRange })
        #expect(finding.message.contains("laat het bereik eindigen op 9.5 of 10"))
        let fixed = String(decoding: try #require(finding.fixIts.first).applied(to: result.diagnostics.files[0].bytes, file: 0), as: UTF8.self)
        #expect(fixed.contains("number 0.0..9.5 step 0.5"))
        #expect(!findings(fixed).contains { $0.hasSuffix("off-grid-range") })
    }

    @Test func aGridOfMoreThanTenThousandStepsIsAnError() {
        let fine = decimalSet.replacingOccurrences(of: "step 0.5", with: "step 0.0001")
        #expect(findings(fine).contains("15:27-15:33 number-grid-too-fine"))
        let implied = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0.0000..10.0000")
        #expect(findings(implied).contains { $0.hasSuffix("number-grid-too-fine") })
        let tenThousand = decimalSet.replacingOccurrences(of: "step 0.5", with: "step 0.001")
        #expect(!findings(tenThousand).contains { $0.hasSuffix("number-grid-too-fine") })
        // Whole numbers in steps of 1 may span any range, as before.
        let wide = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0..1000000")
        #expect(!findings(wide).contains { $0.hasSuffix("number-grid-too-fine") })
    }

    @Test func examplesAndConditionsBetweenTheStepsAreCaught() throws {
        let example = decimalSet.replacingOccurrences(of: "answers week.uren = 7.5", with: "answers week.uren = 7.25")
        let result = check(example)
        let finding = try #require(result.diagnostics.sorted.first { $0.id == .offGridValue })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("bedoel je `7` of `7.5`?"))
        #expect(finding.fixIts.count == 2)
        let never = decimalSet.replacingOccurrences(of: "when answer < 2.5", with: "when answer = 2.25")
        let warning = try #require(check(never).diagnostics.sorted.first { $0.id == .offGridValue })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("is nooit waar"))
        // `<` with a number between the steps is a fine condition.
        let less = decimalSet.replacingOccurrences(of: "when answer < 2.5", with: "when answer < 2.25")
        #expect(findings(less) == [])
        // A decimal on a whole-number question: an example answer between its steps.
        let whole = decimalSet.replacingOccurrences(of: "0.0..10.0 step 0.5", with: "0..10")
        #expect(findings(whole).contains { $0.hasSuffix("off-grid-value") })
    }

    @Test func conditionsCompareDecimalsExactly() throws {
        let q = check(decimalSet).questionnaire
        let rule = try #require(q.question("week.uren")?.rules.first?.condition)
        #expect(rule.evaluate(["week.uren": .number(Self.half("2"))]))
        #expect(!rule.evaluate(["week.uren": .number(Self.half("2.5"))]))
        let sum = Self.half("0.1") + Self.half("0.2")
        #expect(Condition.compare(question: "x", .equal, .number(Self.half("0.3"))).evaluate(["x": .number(sum)]))
    }

    @Test func scaleScoresCountStepsAndDecimalsAreDutchForReaders() throws {
        let q = try #require(check(decimalSet).questionnaire.question("week.uren"))
        let kind = try #require(q.kind?.answerKind)
        let points = kind.contributions(.number(Self.half("7.5")), scales: q.decl.scales)["tijd"]
        #expect(points == ScoreContribution(earned: 15, lowest: 0, highest: 20))
    }

    @Test func theCheckerSearchesTheGridPoints() {
        // `answer < 0.5` holds only for 0; `answer > 9.5` only for 10: both can hold.
        let low = decimalSet.replacingOccurrences(of: "when answer < 2.5", with: "when answer < 0.5")
        #expect(findings(low) == [])
        let high = decimalSet.replacingOccurrences(of: "when answer < 2.5", with: "when answer > 9.5 and answer < 10")
        #expect(findings(high).contains { $0.hasSuffix("unsatisfiable-condition") })
    }
}
