import Testing
@testable import WijzerLanguage
import WijzerTestSupport

@Suite("Validation")
struct ValidationTests {
    /// Each case: a replacement in `validSet`, then the finding expected (span and id).
    @Test(arguments: [
        ("tip groeigericht weight 3", "tip groeigerich weight 3",
         "19:13-19:24 unknown-tip"),
        ("score feedback +2", "score feedbak +2", "21:15-21:22 unknown-dimension"),
        ("in lesgeven\n\nscenario", "in lesgeve\n\nscenario", "10:48-10:55 unknown-theme"),
        ("spaart in [a]", "spaart in [c]", "28:37-28:38 unknown-option"),
        ("spaart in [a]", "spaart < 3", "28:35-28:36 comparison-kind-mismatch"),
        ("answer <= 2 and", "answer = a and", "28:19-28:20 comparison-kind-mismatch"),
        ("likert 1..5", "likert 5..1", "26:5-26:11 bad-range"),
        ("likert 1..5 \"nooit\" \"zelden\"", "likert 1..1 \"nooit\" \"zelden\"", "26:5-26:11 bad-range"),
        ("\"soms\" \"vaak\" \"altijd\"", "\"soms\" \"vaak\"", "26:5-26:11 label-count"),
        ("https://www.vhto.nl/lesgeven/praktische-tips/\n  resource", "https://vhto/x\n  resource",
         "38:10-38:24 bad-url"),
        ("  timeframe deze-week\n", "", "31:5-31:17 missing-field"),
        ("toets.hoevaak = 2", "toets.hoevaak = 9", "42:45-42:46 number-out-of-range"),
        ("toets.spaart = a,", "toets.spaarrt = a,", "42:17-42:24 unknown-question"),
        ("expect tips groeigericht", "expect tips groeigerich", "43:15-43:26 unknown-tip"),
        ("between 0 and 30", "between 30 and 0", "44:16-45:1 bad-score-range"),
        ("question hoevaak", "question spaart", "24:12-24:18 duplicate-question"),
    ])
    func reportsProblem(original: String, replacement: String, expected: String) {
        #expect(validSet.contains(original), "test case does not apply")
        let found = findings(validSet.replacingOccurrences(of: original, with: replacement))
        #expect(found.contains(expected), "\(found)")
    }

    @Test func duplicateIdsAcrossFilesNameTheFirstPlace() throws {
        let tipOnly = """
            tip groeigericht "Nog een keer"
              theme lesgeven
            """
        let result = Checker.check([SourceFile(path: "a.wijzer", text: validSet), SourceFile(path: "b.wijzer", text: tipOnly)])
        #expect(findings(result.diagnostics) == ["b.wijzer:1:5-1:17 duplicate-id"])
        let duplicate = try #require(result.diagnostics.diagnostics.first)
        #expect(duplicate.message.hasSuffix("(eerder op a.wijzer:31:5)"), "the message names the first place too")
        #expect(duplicate.notes.map { result.diagnostics.location(of: $0.span) }.map { "\($0.path):\($0.line):\($0.column)" } == [
            "a.wijzer:31:5",
        ])
    }

    @Test func laterQuestionsCannotBeReferenced() {
        let text = validSet.replacingOccurrences(of: "    choice\n", with: "    show-if hoevaak > 2\n    choice\n")
        let result = check(text)
        #expect(findings(result.diagnostics, withPath: false) == ["17:13-17:20 forward-reference"])
        let notes = result.diagnostics.diagnostics.flatMap(\.notes)
        #expect(notes.map { result.diagnostics.location(of: $0.span) }.map { "\($0.line):\($0.column)" } == ["25:12"],
                "the note points at the later question")
    }

    @Test func choiceWithoutOptionsAndMissingFields() {
        let text = """
            theme t "T"
              order 1
            scenario s "S" in t
              question q "V?"
                choice
            """
        let found = findings(text)
        #expect(found.filter { $0 == "1:7-1:8 missing-field" }.count == 2, "opening and knowledge")
        #expect(found.contains("3:10-3:11 missing-field"))
        #expect(found.contains("4:12-4:13 missing-field"))
        #expect(found.contains("5:5-5:11 no-options"))
    }

    @Test func unreachableTipsAndIneffectiveQuestionsAreWarnings() {
        var text = validSet.replacingOccurrences(of: "when answer <= 2 and", with: "when answer > 5 and")
        text = text.replacingOccurrences(of: "        tip groeigericht weight 3\n", with: "")
        text += """
            scenario extra "Extra" in lesgeven
              situation "x"
              question leeg "Doet niets?"
                why "w"
                yesno

            """
        let result = check(text)
        let found = findings(result.diagnostics, withPath: false)
        #expect(found.contains("27:5-27:9 unsatisfiable-condition"))
        #expect(found.contains("30:5-30:17 unreachable-tip"))
        #expect(found.contains("46:12-46:16 ineffective-question"))
        #expect(result.diagnostics.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func errorsDoNotHideLaterErrors() {
        let text = validSet
            .replacingOccurrences(of: "order 1", with: "order een")
            .replacingOccurrences(of: "score feedback +2", with: "score feedback twee")
            .replacingOccurrences(of: "expect tips groeigericht", with: "expect tips onbekend")
        let found = findings(text)
        #expect(found.contains("5:9-5:12 expected-syntax"))
        #expect(found.contains("21:24-21:28 expected-syntax"))
        #expect(found.contains("43:15-43:23 unknown-tip"))
    }

    /// An example line naming no question is left out of the resolved example (and reported);
    /// the syntax keeps it as written.
    @Test func unknownQuestionsStayUnresolved() {
        let text = validSet.replacingOccurrences(of: "toets.hoevaak = 2", with: "toets.nietbestaand = 2")
        let example = check(text).questionnaire.examples.first
        #expect(example?.answers.map(\.question) == ["toets.spaart"])
        #expect(example?.answers.first?.value == .option("a"))
        #expect(example?.decl.answers.map(\.question.written) == ["toets.spaart", "toets.nietbestaand"])
        #expect(findings(text).contains { $0.hasSuffix("unknown-question") })
    }

    /// Resolving leaves the syntax as the parser made it: the resolved model holds the
    /// conditions with full ids, the declaration still says what was written.
    @Test func resolvingDoesNotChangeTheSyntax() throws {
        let files = [SourceFile(path: "test.wijzer", text: validSet)]
        let parsed = Checker.parse(files[0]).0
        let model = Checker.check(files).questionnaire
        let question = try #require(model.question("toets.hoevaak"))
        let written = try #require(parsed.declarations.compactMap { declaration -> QuestionDecl? in
            guard case .scenario(let s) = declaration else { return nil }
            return s.questions.first { $0.id.name == "hoevaak" }
        }.first)
        #expect(question.decl == written)
        #expect(question.rules.first?.condition == .and([
            .compare(question: "toets.hoevaak", .lessEqual, .number(2)),
            .member(question: "toets.spaart", [.word("a")]),
        ]))
    }
}

/// What the checker used to accept silently (issue 13): names that clash, scores that leak into
/// another theme, and n.v.t. on free text.
@Suite("Validation: silent mistakes")
struct SilentMistakeTests {
    static let otherTheme = """

        theme stage "Stage"
          order 2
          opening "Hoe begeleid je stages?"
          knowledge "Kennis."

        dimension begeleiding "Begeleiding" in stage

        """

    @Test func aDimensionNamedLikeAThemeIsAnErrorWithANote() throws {
        let text = validSet.replacingOccurrences(of: "dimension feedback \"Groeigerichte feedback\" in lesgeven",
                                                 with: "dimension feedback \"Groeigerichte feedback\" in lesgeven\ndimension lesgeven \"Dubbel\" in lesgeven")
        let result = check(text)
        let finding = try #require(result.diagnostics.diagnostics.first { $0.id == .dimensionNamedLikeTheme })
        #expect(finding.notes.count == 1)
        #expect(findings(text).contains { $0.hasSuffix("dimension-named-like-theme") })
    }

    @Test func aScoreForAnotherThemesDimensionIsAnError() {
        let text = validSet.replacingOccurrences(of: "score feedback +2", with: "score begeleiding +2") + Self.otherTheme
        #expect(findings(text).contains { $0.hasSuffix("score-outside-theme") }, "\(findings(text))")
        // Its own theme's dimension is fine.
        #expect(!findings(validSet + Self.otherTheme).contains { $0.hasSuffix("score-outside-theme") })
    }

    @Test func notApplicableOnAReflectionIsAnError() {
        let reflection = """
              question voornemen "Wat neem je je voor?"
                why "Eigen woorden."
                reflection
                not-applicable "Ik weet het nog niet"

            tip groeigericht
            """
        let text = validSet.replacingOccurrences(of: "\ntip groeigericht", with: "\n" + reflection)
        #expect(findings(text).contains { $0.hasSuffix("not-applicable-on-reflection") }, "\(findings(text))")
    }
}

/// Hints that used to mislead (issue 13).
@Suite("Validation: hints")
struct HintTests {
    static let yesNo = """
          question gedaan "Heb je het gedaan?"
            why "w"
            yesno
              ja
                score feedback +1

        tip groeigericht
        """

    @Test func yesOnAYesNoQuestionSuggestsJa() throws {
        let text = validSet.replacingOccurrences(of: "\ntip groeigericht", with: "\n" + Self.yesNo)
            .replacingOccurrences(of: "toets.hoevaak = 2", with: "toets.hoevaak = 2, toets.gedaan = yes")
        let finding = try #require(check(text).diagnostics.diagnostics.first { $0.id == .unknownOption }, "\(findings(text))")
        #expect(finding.message.hasSuffix("bedoel je `ja`?"))
        #expect(finding.fixIts.first?.edits.first?.replacement == "ja")
    }

    @Test func aOnePointScaleSaysSoInsteadOfAskingForTheLowestFirst() throws {
        let text = validSet.replacingOccurrences(of: "likert 1..5 \"nooit\" \"zelden\" \"soms\" \"vaak\" \"altijd\"", with: "likert 3..3 \"soms\"")
        let finding = try #require(check(text).diagnostics.diagnostics.first { $0.id == .badRange })
        #expect(finding.message.contains("maar één punt") && !finding.message.contains("laagste getal eerst"))
    }

    @Test func aDuplicateQuestionIsNotAlsoAmbiguous() {
        // `hoevaak` twice in one scenario, and named bare from another scenario.
        let twice = """
              question hoevaak "Nog eens?"
                why "w"
                yesno

            scenario later "Later" in lesgeven
              situation "x"
              question verder "Verder?"
                why "w"
                show-if hoevaak >= 3
                yesno
                  ja
                    score feedback +1

            tip groeigericht
            """
        let text = validSet.replacingOccurrences(of: "\ntip groeigericht", with: "\n" + twice)
        let ids = findings(text).map { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(ids.contains("duplicate-question"))
        #expect(!ids.contains("ambiguous-question"), "\(findings(text))")
    }
}
