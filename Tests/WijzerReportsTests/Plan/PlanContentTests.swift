import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerReports

/// What a plan holds and how it is ordered and worded (issue 14, "The action plan").
@Suite("Action plan content")
struct PlanContentTests {
    static let source = """
        questionnaire demo "Demo"
          version "1"

        theme voorbereiding "Voorbereiding"
          order 1
          opening "Wat zie je?"
          knowledge
            Iedereen heeft beelden.

        theme lesgeven "Lesgeven"
          order 2
          opening "Hoe geef je les?"
          knowledge
            Studentes hoeven niet gespaard te worden.

        dimension bewust "Bewustzijn" in voorbereiding
        dimension feedback "Feedback" in lesgeven

        scenario beelden "Beelden" in voorbereiding
          situation
            Je team praat over studentes.
          question test "Heb je een bias-test gedaan?"
            why "Je ziet je eigen beelden."
            yesno
              ja "Ja"
                score bewust +2
              nee "Nee"
                tip samen weight 5
                tip bias weight 4
                tip feedback weight 4
          question collegas "Met hoeveel collega’s praat je erover? (Vul 5 in bij vijf of meer.)"
            why "Samen zie je meer."
            number 0..5 unit "collega’s"
            score bewust scale
            when answer = 0
              tip gastles weight 1
          question dagboek "Houd je bij wie je de beurt geeft?"
            why "Je ziet patronen."
            yesno
              ja "Ja"
                score bewust +1
              nee "Nee"
                score bewust +0
            not-applicable "Ik geef geen les"

        scenario toets "Na de toets" in lesgeven
          situation
            Sanne heeft een 5,2.
          question spaart "Wat zeg je tegen Sanne?"
            why "Correctie helpt."
            choice
              a "Dat het vast beter gaat."
                tip feedback weight 3
              b "Wat ze al kan en wat ze nog oefent."
                score feedback +2
                strength "Je durft eerlijk te corrigeren."
          question klas "Bespreek je alle antwoorden?"
            why "Iedereen leert ervan."
            yesno
              ja "Ja"
                score feedback +1
              nee "Nee"
                tip feedback weight 2

        tip bias "Doe een bias-test"
          theme voorbereiding
          timeframe deze-week
          text "Ontdek je beelden."
          source https://www.vhto.nl/voorbereiding/

        tip samen "Doe het samen"
          theme voorbereiding
          timeframe deze-maand
          text "Vraag een collega ook de test te doen."
          source https://www.vhto.nl/voorbereiding/

        tip feedback "Geef groeigerichte feedback"
          theme lesgeven
          timeframe deze-week
          text "Noem wat lukt."
          source https://www.vhto.nl/lesgeven/

        tip gastles "Organiseer een gastles"
          theme lesgeven
          timeframe dit-schooljaar
          text "Nodig een vakvrouw uit."
          source https://www.vhto.nl/lesgeven/
          resource "Gastlessen" https://www.vhto.nl/gastles/

        """
    static let q = check(source).questionnaire
    static let at = Date(timeIntervalSince1970: 1_796_000_000)

    static func plan(_ answers: [String: AnswerValue], completing themes: [String]) -> ActionPlan {
        var doc = ResultDocument(questionnaire: q.stamp(files: []), now: at)
        for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
            ResultBuilder.record(value, for: q.question(id)!, in: &doc, at: at)
        }
        for theme in themes { ResultBuilder.complete(theme: theme, in: &doc, questionnaire: q, at: at) }
        return ActionPlan(document: doc, questionnaire: q, comparedIn: .terminal)
    }

    /// A Voorbereiding-only run that triggers Lesgeven tips.
    static let voorbereidingOnly = plan(["beelden.test": .option("nee"), "beelden.collegas": .number(0),
                                         "beelden.dagboek": .option("nee")], completing: ["voorbereiding"])

    @Test func tipsOfAnotherThemeStayUnderARunTheme() {
        let p = Self.voorbereidingOnly
        let all = p.focus + p.more.flatMap(\.actions) + p.deepen
        #expect(Set(all.map(\.id)) == ["bias", "samen", "feedback", "gastles"], "every triggered tip is in the plan")
        #expect(all.allSatisfy { $0.themeTitle == "Voorbereiding" })
        for text in [MarkdownPlanRenderer.render(p), HTMLPlanRenderer.render(p)] {
            #expect(!text.contains("Lesgeven"), "no label of a theme that was not part of this run")
            #expect(text.contains("Geef groeigerichte feedback") && text.contains("Organiseer een gastles"))
        }
    }

    @Test func aTipComesAfterTheTipItBuildsOn() {
        let p = Self.voorbereidingOnly
        #expect(p.focus.map(\.id) == ["bias", "samen", "feedback"], "heaviest three, in the guide’s order: \(p.focus.map(\.id))")
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.range(of: "1. Doe een bias-test") != nil && md.range(of: "2. Doe het samen") != nil)
    }

    @Test func moreTipsAreGroupedByTimeframe() {
        let p = Self.plan(["beelden.test": .option("nee"), "beelden.collegas": .number(0), "toets.spaart": .option("a")],
                          completing: ["voorbereiding", "lesgeven"])
        #expect(p.more.map(\.label) == ["dit schooljaar"])
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.contains("## Meer tips\n\n### Dit schooljaar\n\n- [ ] **Organiseer een gastles** *(Lesgeven)*"))
        let html = HTMLPlanRenderer.render(p)
        #expect(html.contains("<h3>Dit schooljaar</h3>"))
    }

    @Test func whyQuotesTheAnswerWithoutTheInstruction() {
        let p = Self.voorbereidingOnly
        let gastles = p.more.flatMap(\.actions).first { $0.id == "gastles" }!
        #expect(gastles.reasons == [.init(question: "Met hoeveel collega’s praat je erover?", answer: "0 collega’s")])
        let samen = p.focus.first { $0.id == "samen" }!
        #expect(samen.reasons.map(\.answer) == ["Nee"], "a yes/no answer by its label, not “nee: Nee”")
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.contains("**Waarom deze tip:**\n\n- Bij “Heb je een bias-test gedaan?” antwoordde je: Nee\n"))
        #expect(HTMLPlanRenderer.render(p).contains("<li>Bij “Heb je een bias-test gedaan?” antwoordde je: Nee</li>"))
        #expect(!md.contains("Vul 5 in"))
    }

    @Test func aWeakTipBesideAStrengthOnTheSamePointBecomesDeepening() {
        let p = Self.plan(["toets.spaart": .option("b"), "toets.klas": .option("nee")], completing: ["lesgeven"])
        #expect(p.focus.isEmpty)
        #expect(p.deepen.map(\.id) == ["feedback"])
        #expect(p.deepen.first?.deepens == "Je durft eerlijk te corrigeren.")
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.contains("## Om te verdiepen"))
        #expect(!md.contains("Probeer als volgende stap: geef groeigerichte feedback"), "no contradiction with the strength")
        let strong = Self.plan(["toets.spaart": .option("a"), "toets.klas": .option("nee")], completing: ["lesgeven"])
        #expect(strong.focus.map(\.id) == ["feedback"] && strong.deepen.isEmpty, "without the strength it stays a focus action")
    }

    @Test func positionIsDescribedNotGraded() {
        let p = Self.voorbereidingOnly
        #expect(p.themes[0].position == .begin)
        for text in [MarkdownPlanRenderer.render(p), HTMLPlanRenderer.render(p)] {
            #expect(!text.contains("/100") && !text.contains("van 100") && !text.contains("Score"))
            #expect(text.contains(PlanPosition.begin.meaning(p.about)))
        }
        #expect(MarkdownPlanRenderer.render(p).contains("Waar je staat: **begin** → op weg → stevig (3 van 3 vragen beantwoord)."))
        let good = Self.plan(["beelden.test": .option("ja"), "beelden.collegas": .number(5), "beelden.dagboek": .option("ja")],
                             completing: ["voorbereiding"])
        #expect(good.themes[0].position == .firm)
    }

    @Test func noPositionOnFewerThanHalfTheQuestions() {
        let p = Self.plan(["beelden.test": .option("ja")], completing: ["voorbereiding"])
        #expect(p.themes[0].answered == 1 && p.themes[0].total == 3)
        #expect(p.themes[0].position == nil)
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.contains("Je hebt 1 van de 3 vragen beantwoord: te weinig om te zeggen waar je staat."))
        #expect(!md.contains("Waar je staat: "))
        #expect(!HTMLPlanRenderer.render(p).contains("class=\"path\""))
    }

    @Test func theFillerStrengthAppearsAtMostOnce() {
        let p = Self.plan(["beelden.test": .option("nee"), "beelden.collegas": .number(0), "beelden.dagboek": .option("nee"),
                           "toets.spaart": .option("a"), "toets.klas": .option("nee")], completing: ["voorbereiding", "lesgeven"])
        #expect(p.themes.map(\.position) == [.begin, .begin])
        #expect(p.themes.compactMap(\.goesWell) == [Feedback.filler])
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.components(separatedBy: "eerlijk naar je eigen praktijk").count == 2)
    }

    @Test func everyFocusActionHasSpaceToFillIn() {
        let p = Self.voorbereidingOnly
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.components(separatedBy: "- Wanneer: \\_").count == 4)
        #expect(md.components(separatedBy: "- Met wie: \\_").count == 4)
        #expect(md.components(separatedBy: "- [ ] Gedaan").count == 4)
        let html = HTMLPlanRenderer.render(p)
        #expect(html.components(separatedBy: "<input type=\"checkbox\" name=\"gedaan-").count == 4)
        #expect(html.components(separatedBy: "name=\"met-wie-").count == 4)
        #expect(html.components(separatedBy: "name=\"wanneer-").count == 4)
    }
}
