import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `exclusive` options and `min`/`max` on multiple choice: parsing, the checker, typed
/// answers, scoring, the checker's search and the formatter.
@Suite("exclusive options and selection limits")
struct ExclusiveOptionTests {
    /// `validSet` with a multiple-choice question `vormen` after `hoevaak`: `line` is its
    /// `multiple` line and `none` its fourth option's line; `example` is added at the end.
    static func set(_ line: String = "multiple max 2", none: String = "d \"Geen van deze\" exclusive", example: String = "") -> String {
        let question = """
              question vormen "Welke werkvormen gebruik je?"
                why "Afwisseling helpt."
                \(line)
                  a "Samenwerken"
                    score feedback +1
                  b "Een spel"
                    score feedback +1
                  c "Een ontwerpopdracht"
                    score feedback +2
                  \(none)
                    tip groeigericht

            """
        var text = validSet
        let tip = text.range(of: "\ntip groeigericht")!
        text.replaceSubrange(tip.lowerBound..<tip.lowerBound, with: "\n" + question)
        return example.isEmpty ? text : text + "\n" + example
    }

    static func question(_ text: String) throws -> QuestionDecl {
        try #require(check(text).questionnaire.questions.first { $0.id.hasSuffix("vormen") }?.decl)
    }

    @Test func theSetIsValidAndParsesExclusiveAndLimits() throws {
        let text = Self.set("multiple min 1 max 2")
        #expect(findings(text) == [])
        let q = try Self.question(text)
        guard case .multiple(let options, let limits) = q.kind else { Issue.record("not multiple"); return }
        #expect(limits == SelectionLimits(min: 1, max: 2))
        #expect(options.map(\.exclusive) == [false, false, false, true])
        // Dutch spellings mean the same.
        let dutch = try Self.question(Self.set("meerkeuze minstens 1 hoogstens 2", none: "d \"Geen van deze\" exclusief"))
        #expect(IgnoringPositions.equal(dutch.kind as Any, q.kind as Any))
    }

    @Test(arguments: [
        ("multiple min 0", "bad-selection-limits"),
        ("multiple max 0", "bad-selection-limits"),
        ("multiple min 3 max 2", "bad-selection-limits"),
        ("multiple min 4", "bad-selection-limits"),
        ("multiple max 3", "bad-selection-limits"),
    ])
    func limitsThatCannotHoldOrLimitNothing(line: String, id: String) {
        let found = findings(Self.set(line))
        #expect(found.count == 1 && found[0].hasSuffix(id), "\(found)")
    }

    @Test func exclusiveOnlyOnMultipleChoice() {
        let text = validSet.replacingOccurrences(of: "a \"Dat het vast beter gaat.\"", with: "a \"Dat het vast beter gaat.\" exclusive")
        #expect(findings(text) == ["18:7-18:8 exclusive-outside-multiple"])
        #expect(check(text).diagnostics.sorted[0].message.contains("meerkeuzevraag"))
    }

    @Test func anExampleAnswerMustKeepToTheRules() {
        func example(_ answer: String) -> String {
            "example e \"E\"\n  answers vormen = \(answer)\n  expect tips groeigericht\n"
        }
        #expect(findings(Self.set(example: example("[d]"))) == [])
        let combined = findings(Self.set(example: example("[a, d]")))
        #expect(combined.count == 1 && combined[0].hasSuffix("impossible-selection"), "\(combined)")
        let tooMany = findings(Self.set(example: example("[a, b, c]")))
        #expect(tooMany.count == 1 && tooMany[0].hasSuffix("impossible-selection"), "\(tooMany)")
    }

    @Test func typedAnswersExplainTheRulesInDutch() throws {
        let menu = AnswerMenu(try Self.question(Self.set()))
        #expect(try AnswerParser.parse("4", menu).get() == .options(["d"]))
        #expect(try AnswerParser.parse("1,3", menu).get() == .options(["a", "c"]))
        guard case .failure(let alone) = AnswerParser.parse("1,4", menu) else { Issue.record("accepted"); return }
        #expect(alone.message == "“Geen van deze” gaat niet samen met andere antwoorden: kies het alleen, of laat het weg.")
        guard case .failure(let many) = AnswerParser.parse("1,2,3", menu) else { Issue.record("accepted"); return }
        #expect(many.message == "Kies hoogstens 2 antwoorden; je koos er 3.")
        #expect(menu.kind.hint(menu) == "Kies hoogstens 2 antwoorden: typ bijvoorbeeld 1,3. 4 (“Geen van deze”) kies je alleen.")
        #expect(menu.kind.accepts(.options(["d"])) && !menu.kind.accepts(.options(["a", "d"])) && !menu.kind.accepts(.options(["a", "b", "c"])))
    }

    @Test func theScoreRangeIsThatOfTheAllowedAnswers() throws {
        let kind = try #require(Self.question(Self.set()).kind).answerKind
        // At most two of +1, +1, +2: the best is 3, not 4; "none" alone is the lowest.
        #expect(kind.contributions(.options(["a", "c"]), scales: [])["feedback"] == ScoreContribution(earned: 3, lowest: 0, highest: 3))
        let atLeastTwo = try #require(Self.question(Self.set("multiple min 2")).kind).answerKind
        #expect(atLeastTwo.contributions(.options(["d"]), scales: [])["feedback"] == ScoreContribution(earned: 0, lowest: 0, highest: 4))
        let exclusiveScores = MultipleKind(options: [
            AnswerOption(key: Identifier("a"), label: TextValue("A"), effects: [.score(dimension: Identifier("x"), points: 1)]),
            AnswerOption(key: Identifier("n"), label: TextValue("N"), effects: [.score(dimension: Identifier("x"), points: -2)], exclusive: true),
        ])
        #expect(exclusiveScores.contributions(.options(["n"]), scales: [])["x"] == ScoreContribution(earned: -2, lowest: -2, highest: 1))
    }

    @Test func theCheckerSearchesOnlyAllowedAnswers() throws {
        let kind = try #require(Self.question(Self.set()).kind).answerKind
        let candidates = kind.candidates(comparedWith: [])
        #expect(candidates.contains(.options(["d"])) && candidates.contains(.options(["a", "c"])))
        #expect(!candidates.contains(.options(["a", "d"])) && !candidates.contains(.options(["a", "b", "c"])))
    }

    @Test func formattingKeepsExclusiveAndLimits() throws {
        let messy = Self.set("meerkeuze   hoogstens 2  minstens 1", none: "d   \"Geen van deze\"   exclusief")
        let file = SourceFile(path: "f.wijzer", text: messy)
        let once = Formatter.format(Checker.parse(file).0, file: file)
        #expect(once.contains("    multiple max 2 min 1\n"))
        #expect(once.contains("      d \"Geen van deze\" exclusive\n"))
        let again = SourceFile(path: "f.wijzer", text: once)
        #expect(IgnoringPositions.equal(Checker.parse(again).0.declarations, Checker.parse(file).0.declarations))
        #expect(Formatter.format(Checker.parse(again).0, file: again) == once)
    }
}
