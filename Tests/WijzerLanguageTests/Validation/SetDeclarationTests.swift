import Testing
import WijzerLanguage
import WijzerTestSupport

/// The `questionnaire` declaration's description of the set: parsed, checked, with neutral
/// defaults for what a set leaves out (issue 13, point 1).
@Suite("Set declaration")
struct SetDeclarationTests {
    static func set(_ fields: String) -> String {
        validSet.replacingOccurrences(of: "  version \"1\"\n", with: "  version \"1\"\n" + fields)
    }

    @Test func fieldsBecomeTheSetsDescription() {
        let result = check(Self.set("""
              publisher "Stichting X"
              intro
                Over **lesgeven**.
              minutes 5..10
              guide "de handreiking"
              notice "Je ziet het aan je groep."
              praise "Je doet het al goed."
              attribution "X, een uitgave van Stichting X" https://example.org/x

            """))
        #expect(findings(result.diagnostics) == [])
        let about = result.questionnaire.about
        #expect(about == SetDescription(publisher: "Stichting X", intro: "Over **lesgeven**.", minutes: 5...10, guide: "de handreiking",
                                        notice: "Je ziet het aan je groep.", praise: "Je doet het al goed.",
                                        attribution: .init(text: "X, een uitgave van Stichting X", url: "https://example.org/x")))
        #expect(about.welcome(title: "Demo", themeCount: 1) == "Over **lesgeven**. Een thema kost 5 tot 10 minuten; je antwoorden worden na elke vraag bewaard.")
    }

    @Test func dutchSpellingsWork() {
        let result = check(Self.set("  uitgever \"U\"\n  minuten 12\n  handreiking \"de wijzer\"\n  compliment \"Goed.\"\n  bronvermelding \"B\" https://example.org/\n  inleiding \"Hallo.\"\n"))
        #expect(findings(result.diagnostics) == [])
        #expect(result.questionnaire.about.minutes == 12...12 && result.questionnaire.about.guide == "de wijzer")
        #expect(result.questionnaire.about.welcome(title: "T", themeCount: 3).hasPrefix("Hallo. Een thema kost 12 minuten;"))
    }

    @Test func neutralDefaultsNameTheSetAndNothingElse() {
        let about = check(validSet).questionnaire.about
        #expect(about == SetDescription())
        #expect(about.welcome(title: "Demo", themeCount: 6) == "Reflecteer op je eigen praktijk met de zes thema's van Demo. Je antwoorden worden na elke vraag bewaard.")
        #expect(SetDescription(publisher: "P").welcome(title: "Demo", themeCount: 1).hasPrefix("Reflecteer op je eigen praktijk met het thema van Demo (P)."))
        #expect(SetDescription.themes(14) == "de 14 thema's")
        #expect(about.guideName == "de vragenlijst")
        #expect(!about.defaultNotice.isEmpty && !about.praiseSentence.isEmpty)
    }

    @Test func mistakesAreReportedWithIds() {
        let text = Self.set("""
              publisher "A"
              publisher "B"
              minutes 15..8
              colour "rood"
              guide ""
              attribution "" https://example.org/

            """)
        #expect(findings(text) == [
            "4:3-4:12 duplicate-field",
            "5:11-5:16 bad-range",
            "6:3-6:9 misplaced-keyword",
            "7:9-7:11 empty-text",
            "8:15-8:17 missing-title",
        ])
        let reversed = check(text).diagnostics.diagnostics.first { $0.id == .badRange }
        #expect(reversed?.fixIts.first?.edits.first?.replacement == "8..15")
    }

    @Test func formatterWritesTheEnglishKeywords() {
        let file = SourceFile(path: "t.wijzer", text: Self.set("  uitgever   \"U\"\n  inleiding\n      Tekst.\n"))
        let formatted = Formatter.format(Checker.parse(file).0, file: file)
        #expect(formatted.contains("  publisher \"U\"\n  intro\n    Tekst.\n"))
    }
}
