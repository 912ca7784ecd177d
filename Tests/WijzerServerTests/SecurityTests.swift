import Foundation
import Hummingbird
import Testing
import WijzerLanguage
import WijzerScoring
@testable import WijzerServer

/// Safe by default: headers, CSRF, validation, escaping, limits, unknown and foreign links.
@Suite struct SecurityTests {
    let theme = Bundled.questionnaire.themes[0].id.name
    static let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b `code` &lt;"#

    func answers(_ store: any AnswerStore, _ link: String) async throws -> Int {
        try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)).answers.count
    }

    @Test(arguments: ["/", "/stijl.css", "/kopieer.js", "/bestaat-niet", "/s/bestaat-niet"])
    func everyResponseCarriesTheSecurityHeaders(path: String) async throws {
        try await withServer { browser, _ in
            let page = try await browser.get(path)
            #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'; frame-ancestors 'none'") == true)
            // Each exactly once.
            #expect(page.headers[values: .contentSecurityPolicy].count == 1)
            #expect(page.headers[values: HTTPFields.Element.Name("Referrer-Policy")!] == ["no-referrer"])
            #expect(page.headers[values: HTTPFields.Element.Name("X-Content-Type-Options")!] == ["nosniff"])
            #expect(page.headers[values: HTTPFields.Element.Name("X-Frame-Options")!] == ["DENY"])
            #expect(page.headers[values: .cacheControl].count == 1)
            if path != "/stijl.css" && path != "/kopieer.js" {
                #expect(!page.body.contains("<script") && !page.body.contains("<style") && !page.body.contains("style="))
                #expect(page.headers[.cacheControl] == "no-store")
            } else {
                #expect(page.headers[.cacheControl] != "no-store")
            }
        }
    }

    @Test func unknownPathsAndLinksAre404InDutch() async throws {
        try await withServer { browser, _ in
            for path in ["/bestaat-niet", "/s/\(PrivateLink.make())", "/s/kort", "/s/\(PrivateLink.make())/plan"] {
                let page = try await browser.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(page.body.contains("Pagina niet gevonden"))
            }
        }
    }

    @Test func aLinkOfAnotherQuestionnaireIsNoLinkHere() async throws {
        let store = try await SQLiteAnswerStore.inMemory()
        let link = PrivateLink.make()
        let other = QuestionnaireStamp(id: "andere-vragenlijst", version: "1", contentHash: "x")
        try await store.create(link: link, document: ResultDocument(questionnaire: other))
        try await withServer(store: store) { browser, _ in
            #expect(try await browser.get("/s/\(link)").status == .notFound)
            #expect(try await browser.get("/s/\(link)/resultaat.json").status == .notFound)
            _ = try await browser.get("/")
            #expect(try await browser.post("/s/\(link)/verwijderen").status == .notFound)
        }
        #expect(try await store.load(link: link, questionnaire: "andere-vragenlijst") != nil)
        try await store.close()
    }

    @Test func forgedOrMissingCSRFTokensStoreNothing() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let q1 = Bundled.questionnaire.questions(inTheme: theme)[0]
            let forged = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(q1), csrf: PrivateLink.make())
            #expect(forged.status == .forbidden && forged.body.contains("Er is niets opgeslagen"))
            let none = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(q1), csrf: "")
            #expect(none.status == .forbidden)
            // A page of another site posting with a token but without the cookie (SameSite).
            let cookieless = browser.fresh()
            let token = try #require(browser.cookies["wijzer-csrf"])
            #expect(try await cookieless.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(q1), csrf: token).status == .forbidden)
            #expect(try await cookieless.post("/begin", csrf: token).status == .forbidden)
            #expect(try await browser.post("/s/\(link)/verwijderen", csrf: "x").status == .forbidden)
            #expect(try await answers(store, link) == 0)
        }
    }

    @Test func invalidAnswersAre400WithADutchMessageAndStoreNothing() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let questions = Bundled.questionnaire.questions
            func path(_ q: ResolvedQuestion) -> String {
                let number = Bundled.questionnaire.questions(inTheme: q.theme).firstIndex(of: q)! + 1
                return "/s/\(link)/thema/\(q.theme)/vraag/\(number)"
            }
            var tried = 0
            if let choice = questions.first(where: { if case .choice = $0.kind, $0.showIf == nil { true } else { false } }) {
                for bad in [[("antwoord", "zz")], [], [("antwoord", "a"), ("antwoord", "b")], [("antwoord", "a\u{1B}[2J")]] {
                    let page = try await browser.post(path(choice), [("actie", "antwoord")] + bad)
                    #expect(page.status == .badRequest, "\(bad)")
                    #expect(page.body.contains("niets opgeslagen"))
                    tried += 1
                }
            }
            if let number = questions.first(where: { if case .number = $0.kind, $0.showIf == nil { true } else { false } }),
               case .number(_, let high, _, _) = number.kind {
                for bad in ["\(high + 1)", "drie", "1e9", ""] {
                    #expect(try await browser.post(path(number), [("actie", "antwoord"), ("antwoord", bad)]).status == .badRequest, "\(bad)")
                    tried += 1
                }
            }
            if let multiple = questions.first(where: { if case .multiple = $0.kind, $0.showIf == nil { true } else { false } }) {
                let key = AnswerMenu(multiple.decl).kind.choices[0].key
                #expect(try await browser.post(path(multiple), [("actie", "antwoord"), ("antwoord", key), ("antwoord", "onbekend")]).status == .badRequest)
                tried += 1
            }
            if let reflection = questions.first(where: { $0.kind == .reflection && $0.showIf == nil }) {
                let tooLong = String(repeating: "x", count: 5000)
                #expect(try await browser.post(path(reflection), [("actie", "antwoord"), ("antwoord", tooLong)]).status == .badRequest)
                tried += 1
            }
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", [("actie", "iets-anders")]).status == .badRequest)
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", raw: "csrf=\(browser.cookies["wijzer-csrf"]!)&antwoord=%E0%A4").status == .badRequest)
            #expect(tried >= 5)
            #expect(try await answers(store, link) == 0)
        }
    }

    @Test func injectionPayloadsAreStoredAsTextAndShownEscaped() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let all = Bundled.questionnaire.questions(inTheme: theme)
            let reflection = try #require(all.firstIndex { $0.kind == .reflection })
            let page = try await browser.post("/s/\(link)/thema/\(theme)/vraag/\(reflection + 1)",
                                              [("actie", "antwoord"), ("antwoord", Self.hostile), ("delen", "ja")])
            #expect(page.status == .seeOther)
            let document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(document.answers[all[reflection].id] == .text(Self.hostile))
            for path in ["/s/\(link)/thema/\(theme)/overzicht", "/s/\(link)/thema/\(theme)/vraag/\(reflection + 1)"] {
                let html = try await browser.get(path).body
                #expect(!html.contains("<script") && !html.contains("<img"), "\(path)")
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
            }
            _ = try await answerTheme(browser, link: link, theme: theme)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/afronden")
            let plan = try await browser.get("/s/\(link)/plan").body
            #expect(!plan.contains("<script") && !plan.contains("<img") && !plan.contains("href=\"javascript"))
        }
    }

    @Test func anOversizedBodyIs413AndStoresNothing() async throws {
        try await withServer(settings: ServerSettings(maxBodyBytes: 4096)) { browser, store in
            let link = try await browser.begin()
            let big = String(repeating: "a", count: 10_000)
            let page = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", [("actie", "antwoord"), ("antwoord", big)])
            #expect(page.status == .contentTooLarge && page.body.contains("Er is niets opgeslagen"))
            #expect(try await answers(store, link) == 0)
        }
    }

    @Test func lookupsOfUnknownLinksAreRateLimited() async throws {
        try await withServer(settings: ServerSettings(lookupBurst: 3, lookupsPerSecond: 0.001)) { browser, _ in
            let link = try await browser.begin()
            #expect(try await browser.get("/s/\(link)").status == .ok)
            for _ in 0 ..< 3 { #expect(try await browser.get("/s/\(PrivateLink.make())").status == .notFound) }
            // Now every lookup waits, known links too, so a scan learns nothing.
            #expect(try await browser.get("/s/\(PrivateLink.make())").status == .tooManyRequests)
            #expect(try await browser.get("/s/\(link)").status == .tooManyRequests)
        }
    }

    @Test func beginningNewSelfChecksIsRateLimitedAndARefusedBeginStoresNothing() async throws {
        try await withServer(settings: ServerSettings(beginBurst: 2, beginsPerSecond: 0.001)) { browser, _ in
            _ = try await browser.begin()
            _ = try await browser.fresh().begin()
            let third = browser.fresh()
            _ = try await third.get("/")
            let refused = try await third.post("/begin")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.contains("erg veel zelfchecks tegelijk begonnen"))
            #expect(refused.location == nil && !refused.headers[values: .setCookie].contains { $0.hasPrefix("wijzer-link=") })
        }
    }

    @Test func cookiesAreSecureBehindTLS() async throws {
        try await withServer(settings: ServerSettings(baseURL: "https://wijzer.school.nl/zelfcheck/")) { browser, _ in
            let page = try await browser.get("/")
            let cookie = try #require(page.headers[values: .setCookie].first)
            #expect(cookie.contains("Secure") && cookie.contains("Path=/zelfcheck"))
            #expect(page.body.contains("href=\"/zelfcheck/stijl.css\""))
            let begin = try await browser.post("/begin")
            #expect(begin.location?.hasPrefix("/zelfcheck/s/") == true)
        }
    }

    @Test func privateLinksCarryAtLeast128BitsAndAreWellFormed() {
        let links = (0 ..< 1000).map { _ in PrivateLink.make() }
        #expect(Set(links).count == links.count)
        #expect(links.allSatisfy { PrivateLink.isWellFormed($0) })
        // 32 characters from an alphabet of 32: 160 bits.
        #expect(PrivateLink.length * 5 >= 128)
        #expect(!PrivateLink.isWellFormed("../../etc/passwd"))
        // One character off the alphabet (look-alikes, capitals, accents, emoji), in place of
        // as many bytes so that the length is right, or one too many or too few makes it no link.
        let link = links[0]
        for odd in ["l", "o", "0", "1", "A", "é", "🙂", "-"] {
            let forged = odd + link.dropFirst(odd.utf8.count)
            #expect(forged.utf8.count == PrivateLink.length && !PrivateLink.isWellFormed(forged), "\(odd)")
        }
        #expect(!PrivateLink.isWellFormed(link + "a") && !PrivateLink.isWellFormed(link.dropLast()))
        #expect(PrivateLink.isWellFormed(link[...]))
    }

    @Test func theLinkCheckTakesExactlyTheBytesOfTheAlphabet() {
        let alphabet = Set(String(PrivateLink.alphabet).utf8)
        #expect(alphabet.count == 32)
        for byte in UInt8.min ... UInt8.max {
            #expect(PrivateLink.isAlphabetByte(byte) == alphabet.contains(byte), "\(byte)")
        }
    }
}
