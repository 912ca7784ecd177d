import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerStorage

@Suite("Result files")
struct ResultCodecTests {
    let q = check(validSet).questionnaire
    let stamp = QuestionnaireStamp(id: "demo", version: "1", contentHash: "0123456789abcdef")

    func document() -> ResultDocument {
        var doc = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_790_000_000))
        let at = Date(timeIntervalSince1970: 1_790_000_100)
        ResultBuilder.record(.option("a"), for: q.question("toets.spaart")!, in: &doc, at: at)
        ResultBuilder.record(.number(2), for: q.question("toets.hoevaak")!, in: &doc, at: at)
        ResultBuilder.complete(theme: "lesgeven", in: &doc, questionnaire: q, at: at)
        return doc
    }

    @Test func roundTrip() throws {
        let doc = document()
        let decoded = try ResultCodec.decode(ResultCodec.encode(doc), path: "r.json")
        #expect(decoded == doc)
        #expect(decoded.themes[0].tips.map(\.tip) == ["groeigericht"])
        #expect(decoded.name == nil)
        #expect(!String(decoding: ResultCodec.encode(doc), as: UTF8.self).contains("\"name\""))
    }

    @Test(arguments: [
        ("{", "r.json: geen geldig resultaatbestand"),
        ("[]", "r.json: geen geldig resultaatbestand"),
        ("{}", "r.json: veld `formatVersion` ontbreekt"),
        (#"{"formatVersion": 7}"#, "r.json: gemaakt met een nieuwere Wijzer (formaat 7"),
        (#"{"formatVersion": "1"}"#, "r.json: geen geldig resultaatbestand"),
    ])
    func brokenFilesAreNamed(text: String, prefix: String) {
        #expect(throws: ResultCodec.Failure.self) { try ResultCodec.decode(Array(text.utf8), path: "r.json") }
        do {
            _ = try ResultCodec.decode(Array(text.utf8), path: "r.json")
        } catch {
            #expect(error.description.hasPrefix(prefix), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("\"formatVersion\" : 1", "\"formatVersion\" : 1, \"x\": 1", nil),
        ("\"number\" : 2", "\"number\" : \"twee\"", "veld `themes[0].answers[1].answer.number` heeft het verkeerde type (verwacht getal)"),
        ("\"contentHash\" : \"0123456789abcdef\",", "", "veld `questionnaire.contentHash` ontbreekt"),
        ("\"option\" : \"a\"", "\"option\" : \"a\", \"number\": 3", "veld `themes[0].answers[0].answer`: een antwoord heeft precies één van: option, options, number, text, notApplicable, dontKnow"),
    ] as [(String, String, String?)])
    func wrongFieldsAreNamed(original: String, replacement: String, message: String?) throws {
        let text = String(decoding: ResultCodec.encode(document()), as: UTF8.self)
        #expect(text.contains(original), "test case does not apply")
        let broken = text.replacingOccurrences(of: original, with: replacement)
        do {
            _ = try ResultCodec.decode(Array(broken.utf8), path: "r.json")
            #expect(message == nil)
        } catch {
            #expect(error.description == "r.json: \(message ?? "")")
        }
    }

    @Test func anotherQuestionnaireIsRefusedAnEditedOneIsNot() {
        let doc = document()
        let other = QuestionnaireStamp(id: "ander", version: "1", contentHash: stamp.contentHash)
        let edited = QuestionnaireStamp(id: "demo", version: "2", contentHash: "fedcba9876543210")
        #expect(throws: ResultCodec.Failure.self) { try ResultCodec.verify(doc, against: other, path: "r.json") }
        #expect(throws: Never.self) { try ResultCodec.verify(doc, against: edited, path: "r.json") }
        #expect(throws: Never.self) { try ResultCodec.verify(doc, against: stamp, path: "r.json") }
    }

    @Test func durableWritesArePrivate() throws {
        let folder = NSTemporaryDirectory() + "wijzer-durable-" + UUID().uuidString + "/data"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try DurableFile.ensurePrivateDirectory(folder)
        try DurableFile.write(Array("een".utf8), to: folder + "/s.json")
        try DurableFile.write(Array("twee".utf8), to: folder + "/s.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/s.json")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(try String(contentsOfFile: folder + "/s.json", encoding: .utf8) == "twee")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["s.json"], "no temporary file left")
        // A folder that exists keeps its mode (issue 12, point 10).
        chmod(folder, 0o755)
        try DurableFile.ensurePrivateDirectory(folder)
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o755)
    }
}
