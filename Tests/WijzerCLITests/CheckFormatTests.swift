import Foundation
import Testing
import WijzerLanguage
import WijzerStorage
import WijzerTestSupport

/// `wijzer check --format json|sarif` (issue 13, point 5): machine-readable findings that
/// validate against docs/check-output.schema.json and the official SARIF 2.1.0 schema.
@Suite("wijzer check --format")
struct CheckFormatTests {
    static let root = WijzerProcess.repositoryRoot
    static let broken = root + "/Tests/WijzerLanguageTests/Golden/broken.wijzer"

    /// The official SARIF 2.1.0 schema (OASIS, errata 01), kept in the repository beside the
    /// other schemas so that the check needs no download or package.
    static func sarifSchema() throws -> String {
        let path = root + "/docs/sarif-schema-2.1.0.json"
        let schema = try object(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
        #expect(schema["id"] as? String == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
        return path
    }

    static func validate(_ schema: String, _ paths: [String]) throws -> WijzerProcess.Outcome {
        try SchemaValidation.validate(schema, paths)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A set with findings of every shape: notes (a duplicate theme), fix-its (lookalikes, a
    /// near miss), several files, a path with a space.
    static func findingsFolder(_ tmp: TemporaryFolder) throws -> String {
        _ = try tmp.write("set met spatie/a.wijzer", validSet)
        _ = try tmp.write("set met spatie/b.wijzer", "theme lesgeven \u{201C}Lesgeven\u{201D}\n  order 2\n")
        _ = try tmp.write("set met spatie/c.wijzer", "dimension x \"X\" in lesgevn\n")
        return tmp.path + "/set met spatie"
    }

    @Test func jsonIsTheFindingsAndMatchesItsSchema() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let folder = try Self.findingsFolder(tmp)
        var outputs: [String] = []
        for (n, target) in [Self.broken, folder, Self.root + "/Questionnaires"].enumerated() {
            let run = try WijzerProcess.run(["check", "--format", "json", target])
            #expect(run.status == (n == 2 ? 0 : 1), "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            outputs.append(try tmp.write("out\(n).json", run.stdout))

            // The same findings, places and ids as the checker's own.
            let files = try SourceLoader.load([target])
            let expected = findings(Checker.check(files).diagnostics)
            let doc = try Self.object(run.stdout)
            let items = try #require(doc["diagnostics"] as? [[String: Any]])
            let got = items.map { d in "\(d["file"] as? String ?? "<set>"):\(d["line"]!):\(d["column"]!)-\(d["endLine"]!):\(d["endColumn"]!) \(d["id"]!)" }
            #expect(got == expected)
            #expect(doc["errors"] as? Int == items.count { $0["severity"] as? String == "error" })
        }
        let run = try Self.validate(Self.root + "/docs/check-output.schema.json", outputs)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")

        let folderDoc = try Self.object(try String(contentsOfFile: outputs[1], encoding: .utf8))
        let items = try #require(folderDoc["diagnostics"] as? [[String: Any]])
        #expect(items.contains { ($0["notes"] as? [Any])?.isEmpty == false })
        #expect(items.contains { ($0["fixIts"] as? [[String: Any]])?.first?["edits"] != nil })

        // The schema is strict enough to notice a missing field.
        let broken = try String(contentsOfFile: outputs[1], encoding: .utf8).replacingOccurrences(of: "\"endColumn\"", with: "\"end\"")
        #expect(try Self.validate(Self.root + "/docs/check-output.schema.json", [try tmp.write("bad.json", broken)]).status == 1)
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let folder = try Self.findingsFolder(tmp)
        let schema = try Self.sarifSchema()
        var logs: [String] = []
        for (n, target) in [Self.broken, folder, Self.root + "/Questionnaires"].enumerated() {
            let run = try WijzerProcess.run(["check", "--format", "sarif", target])
            #expect(run.status == (n == 2 ? 0 : 1), "\(run.stderr)")
            logs.append(try tmp.write("log\(n).sarif", run.stdout))

            // The structure code-review tools read: one run, its rules, a result per finding.
            let log = try Self.object(run.stdout)
            #expect(log["version"] as? String == "2.1.0")
            let runs = try #require(log["runs"] as? [[String: Any]])
            #expect(runs.count == 1)
            let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
            #expect(driver["name"] as? String == "wijzer")
            let rules = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            let results = try #require(runs[0]["results"] as? [[String: Any]])
            let expected = Checker.check(try SourceLoader.load([target])).diagnostics.sorted
            #expect(results.map { $0["ruleId"] as? String } == expected.map(\.id.rawValue))
            #expect(results.map { $0["level"] as? String } == expected.map(\.severity.rawValue))
            for r in results {
                let index = try #require(r["ruleIndex"] as? Int)
                #expect(rules[index] == r["ruleId"] as? String)
            }
        }
        #expect(try String(contentsOfFile: logs[1], encoding: .utf8).contains("set%20met%20spatie/a.wijzer"))
        let run = try Self.validate(schema, logs)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let broken = try String(contentsOfFile: logs[1], encoding: .utf8).replacingOccurrences(of: "\"startLine\": 1,", with: "\"startLine\": 0,")
        #expect(try Self.validate(schema, [try tmp.write("bad.sarif", broken)]).status == 1)
    }
}
