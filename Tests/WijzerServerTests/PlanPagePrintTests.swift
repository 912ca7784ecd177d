import Foundation
import HummingbirdTesting
import Testing
import WijzerTestSupport

/// The plan page printed from the browser (Ctrl-P), as teachers print it rather than the
/// downloaded file: headless Chromium prints the served page, poppler reads the PDF. On paper
/// it is the plan: no site header, navigation, download links, next theme or comparison form.
@Suite struct PlanPagePrintTests {
    @Test func thePrintedPlanPageIsThePlanWithoutWhatOnlyWorksOnAScreen() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let theme = Bundled.questionnaire.themes[0].id.name
        let questions = Array(Bundled.questionnaire.questions(inTheme: theme).prefix(3))
        let (link, file) = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            let browser = LiveBrowser(client)
            let (link, _) = try await browser.beginAndAnswer(theme: theme, questions)
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/afronden").status == 303)
            return (link, try await browser.get("/s/\(link)/actieplan.html").body)
        }
        let page = try Printer.print(url: "http://127.0.0.1:\(server.port)/s/\(link)/plan", name: "plan-page")
        defer { Printer.discard(page) }
        // The download is an attachment (a browser saves it rather than shows it): printed as a file.
        let download = try Printer.print(file, name: "plan-file")
        defer { Printer.discard(download) }

        let text = try Printer.text(page)
        #expect(text.contains("Persoonlijk actieplan") && text.contains("Waar je staat"), "\(text.prefix(400))")
        // (The plan itself names "Vergelijk met een eerdere zelfcheck" in its next check; the form is what goes.)
        for screenOnly in ["Alle thema’s", "Bewaar je plan", "Verder", "Het volgende thema", "Deed je de zelfcheck al eens eerder",
                           "Je persoonlijke link van de vorige keer"] {
            #expect(!text.contains(screenOnly), "‘\(screenOnly)’ on paper")
        }
        // On paper the page is the downloaded plan: as many pages.
        #expect(try Printer.pageCount(page) == (try Printer.pageCount(download)))
    }
}
