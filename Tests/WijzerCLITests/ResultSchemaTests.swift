import Foundation
import Testing
import WijzerTestSupport

/// docs/result.schema.json describes the files Wijzer writes: the committed example results
/// and a result the real runner writes are validated against it with Python's `jsonschema`.
@Suite("Result schema")
struct ResultSchemaTests {
    func validate(_ paths: [String]) throws -> WijzerProcess.Outcome {
        let root = WijzerProcess.repositoryRoot
        return try SchemaValidation.validate(root + "/docs/result.schema.json", paths)
    }

    @Test func exampleResultsMatchTheSchema() throws {
        let folder = WijzerProcess.repositoryRoot + "/Reports/examples"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.map { folder + "/" + $0 }
        #expect(files.count == 3)
        let run = try validate(files)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test func aRunnerResultMatchesTheSchemaAndABrokenOneDoesNot() throws {
        let data = try TemporaryFolder()
        defer { data.remove() }
        let answers = String(repeating: "1\n", count: 40)
        let run = try WijzerProcess.run(["start", "voorbereiding", "--data-dir", data.path, "--out", data.path + "/plan", "--name", "Test"],
                                        stdin: answers)
        #expect(run.status == 0, "\(run.stderr)")
        let results = try FileManager.default.contentsOfDirectory(atPath: data.path + "/results").map { data.path + "/results/" + $0 }
        let session = data.path + "/session-beter-behouden.json"
        #expect(try validate(results + [session]).status == 0)
        var broken = try String(contentsOfFile: session, encoding: .utf8)
        broken = broken.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : \"1\"")
        let path = try data.write("broken.json", broken)
        #expect(try validate([path]).status == 1)
    }
}
