import Testing
@testable import WijzerLanguage
import WijzerTestSupport

@Suite("Parser")
struct ParserTests {
    @Test func validSetParsesWithoutFindings() throws {
        let result = check(validSet)
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.message))")
        let q = result.questionnaire
        #expect(q.id == "demo" && q.version == "1")
        #expect(q.themes.map(\.id.name) == ["lesgeven"])
        #expect(q.questions.map(\.id) == ["toets.spaart", "toets.hoevaak"])
        let spaart = try #require(q.question("toets.spaart"))
        guard case .choice(let options) = spaart.kind else { Issue.record("not a choice"); return }
        #expect(options.map(\.key.name) == ["a", "b"])
        #expect(IgnoringPositions.equal(options[0].effects, [Effect.tip(Identifier("groeigericht"), weight: 3)]))
        #expect(IgnoringPositions.equal(options[1].effects, [Effect.score(dimension: Identifier("feedback"), points: 2),
                                                             .strength(TextValue("Je geeft groeigerichte feedback."))]))
        // Positions are kept: the tip's name points at the word in the file.
        if case .tip(let id, _) = options[0].effects[0] {
            #expect(result.diagnostics.files[0].text(id.span.start..<id.span.end) == "groeigericht")
        }
        #expect(spaart.decl.notApplicable?.text == "Ik neem geen toetsen af")
        let hoevaak = try #require(q.question("toets.hoevaak"))
        #expect(IgnoringPositions.equal(hoevaak.decl.scales, [ScaleScore(dimension: Identifier("feedback"), reverse: false)]))
        #expect(hoevaak.decl.rules.count == 1)
        let tip = try #require(q.tip("groeigericht"))
        #expect(tip.steps.map(\.text) == ["Noem één ding dat lukt.", "Noem één volgende stap."])
        #expect(tip.timeframe == .thisWeek)
        #expect(q.examples.first?.answers.map(\.question) == ["toets.spaart", "toets.hoevaak"])
    }

    /// An effect written after the option, as other formats do, is one finding that says where
    /// it goes, not a second one about the rest of the line.
    @Test func anArrowAfterAnOptionIsOneFinding() throws {
        let text = validSet.replacingOccurrences(of: "a \"Dat het vast beter gaat.\"\n", with: "a \"Dat het vast beter gaat.\" -> tip groeigericht\n")
        #expect(text != validSet)
        let all = check(text).diagnostics.diagnostics.filter { $0.severity == .error }
        #expect(all.count == 1, "\(all.map(\.message))")
        #expect(all.first?.message.contains("staat op een eigen regel, ingesprongen onder de optie") == true)
    }

    @Test func conditionsResolveAndEvaluate() throws {
        let q = check(validSet).questionnaire
        let rule = try #require(q.question("toets.hoevaak")?.rules.first)
        #expect(rule.condition.evaluate(["toets.hoevaak": .number(2), "toets.spaart": .option("a")]))
        #expect(!rule.condition.evaluate(["toets.hoevaak": .number(3), "toets.spaart": .option("a")]))
        #expect(!rule.condition.evaluate(["toets.hoevaak": .number(1), "toets.spaart": .option("b")]))
        #expect(!rule.condition.evaluate(["toets.spaart": .option("a")]), "a skipped question compares false")
    }

    @Test func textBlocksKeepMarkdownAndRelativeIndentation() throws {
        let text = validSet.replacingOccurrences(of: "    Studentes hoeven niet gespaard te worden.", with: """
                # Kop, geen commentaar
                Eerste alinea.

                - een lijst
                  - dieper
            """)
        let result = check(text)
        // The `#` line is text, not a comment: so much so that the checker reports it as a
        // Markdown heading, which text blocks do not accept (docs/LANGUAGE.md, "Markdown").
        #expect(result.diagnostics.diagnostics.map(\.message) == ["een kopje (`#`) kan niet in tekst; begin de alinea met **vette tekst**"])
        #expect(result.questionnaire.themes[0].knowledge?.text == "# Kop, geen commentaar\nEerste alinea.\n\n- een lijst\n  - dieper")
    }

    @Test func dutchAliasesMeanTheSame() {
        let dutch = validSet
            .replacingOccurrences(of: "theme lesgeven", with: "thema lesgeven")
            .replacingOccurrences(of: "  order 1", with: "  volgorde 1")
            .replacingOccurrences(of: "question spaart", with: "vraag spaart")
            .replacingOccurrences(of: "when answer <= 2 and", with: "als antwoord <= 2 en")
            .replacingOccurrences(of: "weight 3", with: "gewicht 3")
        let a = Checker.parse(SourceFile(path: "a.wijzer", text: validSet)).0.declarations
        let b = Checker.parse(SourceFile(path: "b.wijzer", text: dutch)).0.declarations
        #expect(check(dutch).diagnostics.diagnostics.isEmpty)
        #expect(IgnoringPositions.equal(a, b))
    }

    @Test func everyQuestionKindParses() throws {
        let text = validSet + """
            scenario alles "Alle soorten" in lesgeven
              situation "Een situatie."
              question m "Meerkeuze?"
                why "w"
                multiple
                  x "X"
                    score feedback +1
                  y "Y"
              question n "Getal?"
                why "w"
                number 0..50 unit "vrouwen"
                when answer < 3
                  tip groeigericht
              question j "Ja of nee?"
                why "w"
                show-if m has x or not n is skipped
                yesno
                  ja
                    strength "Goed zo."
                  nee "Nee, nog niet"
              question r "Wat neem je je voor?"
                why "w"
                reflection

            """
        let result = check(text)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics.diagnostics.map(\.message))")
        let kinds = result.questionnaire.questions.compactMap(\.kind).map(\.name)
        #expect(kinds == ["keuzevraag", "schaalvraag", "meerkeuzevraag", "getalvraag", "ja/nee-vraag", "reflectievraag"])
        let j = try #require(result.questionnaire.question("alles.j"))
        #expect(j.showIf?.evaluate(["alles.m": .options(["x"])]) == true)
        #expect(j.showIf?.evaluate(["alles.m": .options(["y"])]) == false)
        #expect(j.showIf?.evaluate(["alles.n": .number(4)]) == true)
    }
}

/// `and` and `or` together need parentheses: `a and b or c` is read differently by different
/// people (issue 13).
@Suite("Mixed and/or")
struct MixedAndOrTests {
    @Test func withoutParenthesesIsAnErrorWhoseFixAddsThem() throws {
        let text = validSet.replacingOccurrences(of: "when answer <= 2 and spaart in [a]", with: "when answer <= 2 and spaart in [a] or spaart = b")
        #expect(text != validSet)
        let broken = check(text)
        #expect(findings(broken.diagnostics, withPath: false) == ["28:10-28:39 mixed-and-or"])
        let fixed = String(decoding: try #require(broken.diagnostics.diagnostics.first?.fixIts.first).applied(to: broken.diagnostics.files[0].bytes, file: 0), as: UTF8.self)
        #expect(fixed.contains("when (answer <= 2 and spaart in [a]) or spaart = b"))
        #expect(check(fixed).diagnostics.diagnostics.isEmpty, "\(findings(check(fixed).diagnostics))")
    }

    @Test(arguments: [
        "when (answer <= 2 and spaart in [a]) or spaart = b",
        "when answer <= 2 and (spaart in [a] or spaart = b)",
        "when answer <= 2 and spaart in [a] and spaart != b",
        "when answer <= 2 or spaart in [a] or spaart = b",
        "when answer is answered and not (spaart = a or spaart = b)",
    ])
    func parenthesesOrOneOperatorAreFine(_ line: String) {
        let text = validSet.replacingOccurrences(of: "when answer <= 2 and spaart in [a]", with: line)
        #expect(!findings(text).contains { $0.hasSuffix("mixed-and-or") })
    }
}
