import Testing
import WijzerLanguage
import WijzerServer
import WijzerTestSupport

/// A decimal number question (`number 0.0..10.0 step 0.5 unit "uur"`) through the question
/// page, without script: the control, what it stores, what it refuses.
@Suite struct DecimalAnswerTests {
    static func path(_ link: String) -> String { "/s/\(link)/thema/werk/vraag/1" }

    @Test func theControlNamesTheStepsAndTakesAPointOrAComma() async throws {
        try await withServer(source: decimalSet) { browser, store in
            let link = try await browser.begin()
            let page = try await browser.get(Self.path(link))
            #expect(page.body.contains("<label for=\"getal\">Getal van 0 tot 10 in stappen van 0,5 (uur)</label>"))
            #expect(page.body.contains("<input id=\"getal\" type=\"number\" inputmode=\"decimal\" name=\"antwoord\" min=\"0\" max=\"10\" step=\"0.5\" value=\"\">"))
            let stored = try await browser.post(Self.path(link), [("actie", "antwoord"), ("antwoord", "7.5")])
            #expect(stored.status == .seeOther, "\(stored.body.prefix(300))")
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers["week.uren"] == .number(DecimalNumber("7.5")!))
            // Back on the page the answer is the input's value, in the form's own spelling.
            #expect(try await browser.get(Self.path(link)).body.contains("step=\"0.5\" value=\"7.5\">"))
            let comma = try await browser.post(Self.path(link), [("actie", "antwoord"), ("antwoord", "2,5")])
            #expect(comma.status == .seeOther)
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers["week.uren"] == .number(DecimalNumber("2.5")!))
        }
    }

    @Test func aNumberBetweenTheStepsIsRefusedInDutchAndNothingStored() async throws {
        try await withServer(source: decimalSet) { browser, store in
            let link = try await browser.begin()
            let page = try await browser.post(Self.path(link), [("actie", "antwoord"), ("antwoord", "7.3")])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("7,3 kan niet: deze vraag gaat in stappen van 0,5. Bedoel je 7 of 7,5? Er is niets opgeslagen."), "\(page.body)")
            for bad in ["10.5", "7.25", "zeven", "7,"] {
                #expect(try await browser.post(Self.path(link), [("actie", "antwoord"), ("antwoord", bad)]).status == .badRequest, "\(bad)")
            }
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers.isEmpty ?? true)
        }
    }
}
