import Testing
import WijzerLanguage
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// "Weet ik niet", exclusive options, `min`/`max` and scales labelled at their ends through
/// the question pages, without script: what the form shows, what it takes, what it refuses.
@Suite struct AnswerFeaturesTests {
    static let dontKnow = Bundled.questionnaire.questions.filter { $0.decl.dontKnow != nil && $0.showIf == nil }

    func path(_ link: String, _ q: ResolvedQuestion) -> String {
        let number = Bundled.questionnaire.questions(inTheme: q.theme).firstIndex(of: q)! + 1
        return "/s/\(link)/thema/\(q.theme)/vraag/\(number)"
    }

    static func isTyped(_ q: ResolvedQuestion) -> Bool {
        switch q.kind ?? .reflection {
        case .number, .reflection: true
        default: false
        }
    }

    @Test func dontKnowIsAnAnswerOfItsOwnBesideNotApplicable() async throws {
        #expect(Self.dontKnow.count >= 3)
        #expect(Self.dontKnow.contains(where: Self.isTyped) && Self.dontKnow.contains { !Self.isTyped($0) })
        try await withServer { browser, store in
            let link = try await browser.begin()
            for q in Self.dontKnow {
                let label = try #require(q.decl.dontKnow?.text)
                let control = Self.isTyped(q) ? "<input type=\"checkbox\" name=\"weet-niet\" value=\"ja\"" : "<input type=\"radio\" name=\"antwoord\" value=\"weet-niet\""
                let before = try await browser.get(path(link, q))
                #expect(before.body.contains(control + ">\(label)</label>"), "\(q.id)")
                let fields = Self.isTyped(q) ? [("weet-niet", "ja")] : [("antwoord", "weet-niet")]
                let page = try await browser.post(path(link, q), [("actie", "antwoord")] + fields)
                #expect(page.status == .seeOther, "\(q.id): \(page.body.prefix(300))")
                // Back on the page, it is the answer shown.
                #expect(try await browser.get(path(link, q)).body.contains(control + " checked>\(label)</label>"), "\(q.id)")
            }
            let answers = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)).answers
            for q in Self.dontKnow { #expect(answers[q.id] == .dontKnow, "\(q.id)") }
            let q = Self.dontKnow[0]
            let review = try await browser.get("/s/\(link)/thema/\(q.theme)/overzicht")
            #expect(review.body.contains("<br>\(q.decl.dontKnow!.text)</li>"))
        }
    }

    @Test func dontKnowWithAnotherAnswerIsRefusedAndNothingStored() async throws {
        let number = try #require(Self.dontKnow.first { if case .number = $0.kind { true } else { false } })
        let choice = try #require(Self.dontKnow.first { !Self.isTyped($0) })
        let without = try #require(Bundled.questionnaire.questions.first { $0.decl.dontKnow == nil && $0.showIf == nil && !Self.isTyped($0) })
        try await withServer { browser, store in
            let link = try await browser.begin()
            let both = try await browser.post(path(link, number), [("actie", "antwoord"), ("antwoord", "3"), ("weet-niet", "ja")])
            #expect(both.status == .badRequest)
            #expect(both.body.contains("Geef een antwoord of kies “\(number.decl.dontKnow!.text)”, niet allebei. Er is niets opgeslagen."))
            let two = try await browser.post(path(link, choice), [("actie", "antwoord"), ("antwoord", "weet-niet"), ("antwoord", "a")])
            #expect(two.status == .badRequest)
            // A question that does not offer it does not take it.
            #expect(try await browser.post(path(link, without), [("actie", "antwoord"), ("antwoord", "weet-niet")]).status == .badRequest)
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)?.answers.isEmpty ?? true)
        }
    }

    @Test func anExclusiveOptionGoesAloneAndLimitsHold() async throws {
        try await withServer(source: exclusiveOptionSet) { browser, store in
            let link = try await browser.begin()
            let path = "/s/\(link)/thema/lesgeven/vraag/1"
            let page = try await browser.get(path)
            #expect(page.body.contains("Kies hoogstens 2 antwoorden. “Geen van deze” kies je alleen."))
            #expect(page.body.contains("<input type=\"checkbox\" name=\"antwoord\" value=\"d\">Geen van deze</label>"))
            let combined = try await browser.post(path, [("actie", "antwoord"), ("antwoord", "a"), ("antwoord", "d")])
            #expect(combined.status == .badRequest)
            #expect(combined.body.contains("“Geen van deze” gaat niet samen met andere antwoorden: kies het alleen, of laat het weg. Er is niets opgeslagen."))
            // The refused choice is shown again to correct.
            #expect(combined.body.contains("value=\"a\" checked>") && combined.body.contains("value=\"d\" checked>"))
            let three = try await browser.post(path, [("actie", "antwoord"), ("antwoord", "a"), ("antwoord", "b"), ("antwoord", "c")])
            #expect(three.status == .badRequest)
            #expect(three.body.contains("Kies hoogstens 2 antwoorden; je koos er 3."))
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers.isEmpty ?? true)
            #expect(try await browser.post(path, [("actie", "antwoord"), ("antwoord", "d")]).status == .seeOther)
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers["les.vormen"] == .options(["d"]))
            #expect(try await browser.post(path, [("actie", "antwoord"), ("antwoord", "c"), ("antwoord", "a")]).status == .seeOther)
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers["les.vormen"] == .options(["a", "c"]))
        }
    }

    @Test func aScaleLabelledAtItsEndsIsStillALabelledRadioGroup() async throws {
        try await withServer(source: endsLabelledSet) { browser, store in
            let link = try await browser.begin()
            let path = "/s/\(link)/thema/lesgeven/vraag/1"
            let body = try await browser.get(path).body
            // Every point has an accessible name (its number); the ends show their words.
            for n in 1 ... 10 {
                let name = n == 1 ? "1 · helemaal niet zeker" : n == 10 ? "10 · heel zeker" : String(n)
                #expect(body.contains("<label class=\"choice\"><input type=\"radio\" name=\"antwoord\" value=\"\(n)\">\(name)</label>"), "\(n)")
            }
            #expect(body.components(separatedBy: "type=\"radio\"").count - 1 == 10)
            #expect(body.contains("<fieldset><legend>"))
            #expect(try await browser.post(path, [("actie", "antwoord"), ("antwoord", "7")]).status == .seeOther)
            #expect(try await store.load(link: link, questionnaire: "demo")?.answers["les.zekerheid"] == .number(7))
            #expect(try await browser.get("/s/\(link)/thema/lesgeven/overzicht").body.contains("<br>7</li>"))
        }
    }

    /// The option keys of a page's radio buttons, in the order shown.
    static func shownKeys(_ body: String) -> [String] {
        body.components(separatedBy: "name=\"antwoord\" value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func shuffledOptionsKeepEachLinksOrderAndStoreTheKey() async throws {
        try await withServer(source: shuffleSet) { browser, store in
            var orders: Set<[String]> = []
            for _ in 0 ..< 8 {
                let link = try await browser.begin()
                let path = "/s/\(link)/thema/lesgeven/vraag/1"
                let respondent = try #require(try await store.load(link: link, questionnaire: "demo")?.respondent)
                let order = OptionOrder.permutation(count: 3, respondent: respondent, question: "grap.reactie").map { ["a", "b", "c"][$0] }
                #expect(Self.shownKeys(try await browser.get(path).body) == order)
                #expect(Self.shownKeys(try await browser.get(path).body) == order, "the same order on coming back")
                orders.insert(order)
                #expect(try await browser.post(path, [("actie", "antwoord"), ("antwoord", order[0])]).status == .seeOther)
                #expect(try await store.load(link: link, questionnaire: "demo")?.answers["grap.reactie"] == .option(order[0]))
                // Answered, the page shows that option checked, still in the same place.
                let again = try await browser.get(path).body
                #expect(Self.shownKeys(again) == order && again.contains("value=\"\(order[0])\" checked>"))
            }
            #expect(orders.count > 1, "8 respondents saw one order: \(orders)")
        }
    }
}
