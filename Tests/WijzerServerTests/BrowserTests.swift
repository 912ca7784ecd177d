import Foundation
import Testing
import WijzerTestSupport

/// The self-check as teachers use it: the real `wijzer serve` binary, driven in headless
/// Chromium by Tests/Browser/browser_test.py (Selenium, axe-core). `make test` installs
/// Chromium, chromedriver and the Python packages; when one is missing this test fails and says
/// which.
@Suite(.serialized) struct BrowserTests {
    /// Where the script leaves its screenshot: kept after the run, outside the sources.
    static var outputFolder: String {
        ProcessInfo.processInfo.environment["WIJZER_TEST_OUTPUT"].map { $0 + "/browser" }
            ?? WijzerProcess.repositoryRoot + "/.build/test-output/browser"
    }

    @Test func mouseKeyboardPrivateLinkDownloadAndDeleteInChromiumWithoutAccessibilityViolations() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let root = WijzerProcess.repositoryRoot
        let out = Self.outputFolder
        let screenshot = out + "/question-360px.png"
        try? FileManager.default.removeItem(atPath: screenshot)
        let run = try await ScriptRun.python(root + "/Tests/Browser/browser_test.py", [
            "--url", "http://127.0.0.1:\(server.port)", "--out", out,
            "--wijzer", WijzerProcess.binary, "--schema", root + "/docs/result.schema.json",
        ], log: folder.path + "/browser.log", timeout: 400)
        // The run's own report (the screenshot's path among it) belongs in the test output.
        print(run.output)
        #expect(run.status == 0, "browser test failed (status \(run.status)):\n\(run.output.suffix(4000))")
        #expect(run.output.hasSuffix("BROWSER OK\n"))
        #expect(run.output.contains("(wcag2a, wcag2aa, wcag21a, wcag21aa): 0 violations on"))
        for kind in ["choice", "multiple", "likert", "number", "yesno", "reflection"] {
            #expect(run.output.contains("question (\(kind))"), "no axe audit of a \(kind) question")
        }
        #expect(run.output.contains("compare: a second self-check compared with the first"))
        #expect(run.output.contains("restart: asked first; 'Nee, terug' kept the finished theme"))
        for page in ["comparison", "comparison refused", "restart confirmation"] { #expect(run.output.contains(page + ","), "no axe audit of the \(page)") }
        #expect(run.output.contains("screenshot at 360 px: \(screenshot)"))
        let png = FileManager.default.contents(atPath: screenshot) ?? Data()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 1000, "no PNG screenshot at \(screenshot)")
        server.stop()
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
    }
}

/// A script run in the background (not on a test thread), its output and error in one log
/// file, killed after `timeout` seconds.
struct ScriptRun {
    var status: Int32
    var output: String

    static func python(_ script: String, _ arguments: [String], log: String, timeout: Double) async throws -> ScriptRun {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", script] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return ScriptRun(status: status, output: output)
    }
}
