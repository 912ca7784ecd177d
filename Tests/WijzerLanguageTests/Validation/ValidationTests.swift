import Testing
@testable import WijzerLanguage
import WijzerTestSupport

@Suite("Validation")
struct ValidationTests {
    /// Each case: a replacement in `validSet`, then the diagnostic expected (compact, without path).
    @Test(arguments: [
        ("tip groeigericht weight 3", "tip groeigerich weight 3",
         "19:13: error: onbekende tip `groeigerich`; bedoel je `groeigericht`?"),
        ("score feedback +2", "score feedbak +2", "21:15: error: onbekende dimensie `feedbak`; bedoel je `feedback`?"),
        ("in lesgeven\n\nscenario", "in lesgeve\n\nscenario", "10:48: error: onbekend thema `lesgeve`; bedoel je `lesgeven`?"),
        ("spaart in [a]", "spaart in [c]", "28:37: error: vraag `toets.spaart` heeft geen optie `c`; bedoel je `a`?"),
        ("spaart in [a]", "spaart < 3", "28:35: error: vraag `toets.spaart` is een keuzevraag: vergelijk met een optie, niet met een getal"),
        ("answer <= 2 and", "answer = a and", "28:19: error: vraag `toets.hoevaak` is een schaalvraag: vergelijk met een getal, niet met `a`"),
        ("likert 1..5", "likert 5..1", "26:5: error: vraag `toets.hoevaak`: bereik 5..1 is omgekeerd; schrijf het laagste getal eerst, zoals 1..5"),
        ("likert 1..5 \"nooit\" \"zelden\"", "likert 1..1 \"nooit\" \"zelden\"", "26:5: error: vraag `toets.hoevaak`: bereik 1..1 is leeg; schrijf het laagste getal eerst, zoals 1..5"),
        ("\"soms\" \"vaak\" \"altijd\"", "\"soms\" \"vaak\"", "26:5: error: vraag `toets.hoevaak`: schaal 1..5 heeft 5 labels nodig, er staan er 4"),
        ("https://www.vhto.nl/lesgeven/praktische-tips/\n  resource", "https://vhto/x\n  resource",
         "38:10: error: ongeldig webadres: servernaam `vhto` is geen volledige domeinnaam"),
        ("  timeframe deze-week\n", "", "31:5: error: tip `groeigericht` mist `timeframe` (deze-week, deze-maand of dit-schooljaar)"),
        ("toets.hoevaak = 2", "toets.hoevaak = 9", "42:45: error: vraag `toets.hoevaak` neemt een getal van 1 tot en met 5, niet 9"),
        ("toets.spaart = a,", "toets.spaarrt = a,", "42:17: error: scenario `toets` heeft geen vraag `spaarrt`; bedoel je `spaart`?"),
        ("expect tips groeigericht", "expect tips groeigerich", "43:15: error: onbekende tip `groeigerich`; bedoel je `groeigericht`?"),
        ("between 0 and 30", "between 30 and 0", "44:16: error: een scorebereik ligt binnen 0 en 100, met de ondergrens eerst (nu 30 tot 0)"),
        ("question hoevaak", "question spaart", "24:12: error: vraag `spaart` bestaat al in scenario `toets` (eerder op test.wijzer:15:12)"),
    ])
    func reportsProblem(original: String, replacement: String, expected: String) {
        #expect(validSet.contains(original), "test case does not apply")
        let found = messages(validSet.replacingOccurrences(of: original, with: replacement))
        #expect(found.contains("test.wijzer:" + expected), "\(found)")
    }

    @Test func duplicateIdsAcrossFilesNameTheFirstPlace() {
        let tipOnly = """
            tip groeigericht "Nog een keer"
              theme lesgeven
            """
        let result = Checker.check([SourceFile(path: "a.wijzer", text: validSet), SourceFile(path: "b.wijzer", text: tipOnly)])
        let found = result.diagnostics.sorted.map { DiagnosticsFormatter(style: .compact).format($0) }
        #expect(found.contains("b.wijzer:1:5: error: tip `groeigericht` bestaat al (eerder op a.wijzer:31:5)"))
    }

    @Test func laterQuestionsCannotBeReferenced() {
        let text = validSet.replacingOccurrences(of: "    choice\n", with: "    show-if hoevaak > 2\n    choice\n")
        #expect(messages(text).contains {
            $0.hasSuffix("error: deze voorwaarde verwijst naar een latere vraag (`toets.hoevaak`); alleen eerdere vragen zijn dan al beantwoord")
        })
    }

    @Test func choiceWithoutOptionsAndMissingFields() {
        let text = """
            theme t "T"
              order 1
            scenario s "S" in t
              question q "V?"
                choice
            """
        let found = messages(text)
        #expect(found.contains("test.wijzer:1:7: error: thema `t` mist `opening` (de reflectievraag)"))
        #expect(found.contains("test.wijzer:1:7: error: thema `t` mist `knowledge` (de kennistekst)"))
        #expect(found.contains("test.wijzer:3:10: error: scenario `s` mist `situation` (de beschrijving van de situatie)"))
        #expect(found.contains("test.wijzer:4:12: error: vraag `s.q` mist `why` (waarom we dit vragen)"))
        #expect(found.contains("test.wijzer:5:5: error: vraag `s.q` heeft geen opties; zet ze ingesprongen onder `choice`"))
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
        let found = messages(text)
        #expect(found.contains("test.wijzer:27:5: warning: deze voorwaarde kan met geen enkel antwoord waar zijn, dus de gevolgen eronder gebeuren nooit"))
        #expect(found.contains("test.wijzer:30:5: warning: tip `groeigericht` kan door geen enkel antwoord gekozen worden: de voorwaarden waaronder hij genoemd wordt kunnen nooit waar zijn"))
        #expect(found.contains("test.wijzer:46:12: warning: de antwoorden op vraag `extra.leeg` hebben geen effect: geen score, tip of sterkte, en geen voorwaarde gebruikt ze"))
    }

    @Test func errorsDoNotHideLaterErrors() {
        let text = validSet
            .replacingOccurrences(of: "order 1", with: "order een")
            .replacingOccurrences(of: "score feedback +2", with: "score feedback twee")
            .replacingOccurrences(of: "expect tips groeigericht", with: "expect tips onbekend")
        let found = messages(text)
        #expect(found.contains { $0.hasPrefix("test.wijzer:5:9: error: verwacht een volgnummer") })
        #expect(found.contains { $0.hasPrefix("test.wijzer:21:24: error: verwacht een aantal punten") })
        #expect(found.contains { $0.hasPrefix("test.wijzer:43:15: error: onbekende tip `onbekend`") })
    }

    /// The parser's guess at a reference's question is cleared when there is no such question.
    @Test func unknownQuestionsStayUnresolved() {
        let text = validSet.replacingOccurrences(of: "toets.hoevaak = 2", with: "toets.nietbestaand = 2")
        let answers = check(text).questionnaire.examples.first?.answers ?? []
        #expect(answers.contains { $0.question.written == "toets.nietbestaand" && $0.question.resolved == nil })
        #expect(answers.contains { $0.question.resolved == "toets.spaart" })
    }
}
