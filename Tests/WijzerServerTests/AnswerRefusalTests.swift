import Testing
import WijzerLanguage
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// An answer is checked on the self-check as its save reads it (no read before): what is not
/// asked or no longer open takes no answer and stores nothing, and the teacher is sent on as
/// the page would have sent them.
@Suite struct AnswerRefusalTests {
    let questionnaire = mini().0

    func stored(_ store: any AnswerStore, _ link: String) async throws -> Answers {
        try #require(try await store.load(link: link, questionnaire: questionnaire.id)).answers
    }

    @Test func aQuestionHiddenByAnEarlierAnswerTakesNoAnswer() async throws {
        try await withServer(source: miniSet) { browser, store in
            let link = try await browser.begin()
            // "b" hides question 2 (jesse, show-if zeg = a): on to question 3.
            let first = try await browser.post("/s/\(link)/thema/les/vraag/1", [("actie", "antwoord"), ("antwoord", "b")])
            #expect(first.status == .seeOther && first.location == "/s/\(link)/thema/les/vraag/3")
            let hidden = try await browser.post("/s/\(link)/thema/les/vraag/2", [("actie", "antwoord"), ("antwoord", "ja")])
            #expect(hidden.status == .seeOther && hidden.location == "/s/\(link)/thema/les/vraag/3")
            let skipped = try await browser.post("/s/\(link)/thema/les/vraag/2", [("actie", "overslaan")])
            #expect(skipped.status == .seeOther && skipped.location == "/s/\(link)/thema/les/vraag/3")
            let document = try #require(try await store.load(link: link, questionnaire: questionnaire.id))
            #expect(document.answers == ["toets.zeg": .option("b")])
            #expect(document[theme: "les"].skipped.isEmpty)
        }
    }

    @Test func aFinishedThemeTakesNoMoreAnswers() async throws {
        try await withServer(source: miniSet) { browser, store in
            let link = try await browser.begin()
            for (number, value) in [(1, "b"), (3, "4"), (4, "Vaker vragen wat ze al kan.")] {
                let page = try await browser.post("/s/\(link)/thema/les/vraag/\(number)", [("actie", "antwoord"), ("antwoord", value)])
                #expect(page.status == .seeOther, "\(number): \(page.body.prefix(300))")
            }
            #expect(try await browser.post("/s/\(link)/thema/les/afronden").status == .seeOther)
            let before = try await stored(store, link)
            let late = try await browser.post("/s/\(link)/thema/les/vraag/3", [("actie", "antwoord"), ("antwoord", "1")])
            #expect(late.status == .seeOther && late.location == "/s/\(link)/thema/les")
            #expect(try await stored(store, link) == before)
            #expect(before["toets.vaak"] == .number(4))
        }
    }

    @Test func anInvalidAnswerShowsTheQuestionAgainWithWhatWasSent() async throws {
        try await withServer(source: miniSet) { browser, store in
            let link = try await browser.begin()
            let page = try await browser.post("/s/\(link)/thema/les/vraag/3", [("actie", "antwoord"), ("antwoord", "9")])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Hoe vaak corrigeer je?") && page.body.contains("niets opgeslagen"))
            #expect(try await stored(store, link).isEmpty)
        }
    }

    @Test func answersToUnknownLinksOrPlacesAre404AndUnknownLinksCountAsMisses() async throws {
        try await withServer(settings: ServerSettings(lookupBurst: 3, lookupsPerSecond: 0.001), source: miniSet) { browser, store in
            let link = try await browser.begin()
            let answer = [("actie", "antwoord"), ("antwoord", "b")]
            #expect(try await browser.post("/s/\(link)/thema/les/vraag/9", answer).status == .notFound)
            #expect(try await browser.post("/s/\(link)/thema/bestaat-niet/vraag/1", answer).status == .notFound)
            #expect(try await browser.post("/s/\(link)/thema/les/vraag/0", answer).status == .notFound)
            #expect(try await stored(store, link).isEmpty)
            for _ in 0 ..< 3 {
                #expect(try await browser.post("/s/\(PrivateLink.make())/thema/les/vraag/1", answer).status == .notFound)
            }
            // Every lookup now waits, answers to a known link too: a scan by posting learns nothing.
            #expect(try await browser.post("/s/\(link)/thema/les/vraag/1", answer).status == .tooManyRequests)
            #expect(try await stored(store, link).isEmpty)
        }
    }
}
