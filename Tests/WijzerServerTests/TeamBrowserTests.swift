import Foundation
import Testing
import WijzerTestSupport

/// A live team session as a team runs it: the real `wijzer serve` binary, a facilitator, a
/// projector and six participants in separate headless Chromium profiles, driven by
/// Tests/Browser/team_test.py (Selenium, axe-core). Fails, never skips, when Chromium or a
/// package is missing (`make test` installs them).
@Suite(.serialized) struct TeamBrowserTests {
    @Test func sixParticipantsAProjectorAndAFacilitatorInChromium() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let run = try await ScriptRun.python(WijzerProcess.repositoryRoot + "/Tests/Browser/team_test.py", [
            "--url", "http://127.0.0.1:\(server.port)", "--out", BrowserTests.outputFolder, "--wijzer", WijzerProcess.binary,
        ], log: folder.path + "/team.log", timeout: 500)
        print(run.output)
        #expect(run.status == 0, "team browser test failed (status \(run.status)):\n\(run.output.suffix(4000))")
        #expect(run.output.hasSuffix("TEAM OK\n"))
        for step in ["4 finished: the team view says 'te weinig'", "5 finished: the view reloaded by itself and shows the report",
                     "6 finished: the team view is unchanged", "closed: the view reloaded by itself and shows the final report",
                     "byte-identical to wijzer team --thema voorbereiding over the 6 downloaded result files"] {
            #expect(run.output.contains(step), "missing: \(step)")
        }
        #expect(run.output.contains("(wcag2a, wcag2aa, wcag21a, wcag21aa): 0 violations on"))
        for page in ["team: join form", "team: participant overview", "team: view before k", "team: view with report", "team: final report"] {
            #expect(run.output.contains(page), "no axe audit of \(page)")
        }
        server.stop()
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
    }
}
