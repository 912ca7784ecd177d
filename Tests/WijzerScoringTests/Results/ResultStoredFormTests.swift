import Foundation
import Testing
import WijzerContent
import WijzerLanguage
@testable import WijzerScoring
import WijzerTestSupport

/// `ResultCodec.asStored` is exactly what decoding a document's encoding gives: a store may keep
/// it instead of decoding its own text again, so any field that does not survive the trip
/// unchanged must be in `asStored` too. Over generated documents of every questionnaire, with
/// fractions of seconds in every date and awkward texts in the reflections.
@Suite struct ResultStoredFormTests {
    static let awkward = [
        "Aanhalingstekens \" en \\ en een / schuine streep",
        "Regel één\nregel twee\r\nen een tab\t.",
        "Emoji 👩🏽‍🔧 en é als e+◌́: e\u{301}, lijnscheiding \u{2028} en \u{0}",
        "",
    ]

    /// The bundled set, or a set of Tests/Fixtures.
    static func load(_ set: String) throws -> (Questionnaire, QuestionnaireStamp) {
        var files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
        if set != "bundled" {
            let folder = WijzerProcess.repositoryRoot + "/Tests/Fixtures/" + set
            files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".wijzer") }.sorted().map {
                SourceFile(path: $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
            }
        }
        let questionnaire = Checker.check(files, lint: false).questionnaire
        return (questionnaire, questionnaire.stamp(files: files))
    }

    @Test(arguments: ["bundled", "digitale-didactiek"])
    func decodingTheEncodingGivesTheStoredForm(set: String) throws {
        let (questionnaire, stamp) = try Self.load(set)
        #expect(!questionnaire.themes.isEmpty)
        var generator = ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: 41)
        for i in 0 ..< 60 {
            var document = generator.document(complete: i % 3 != 0, reflections: Self.awkward)
            jitter(&document, &generator)
            let stored = ResultCodec.asStored(document)
            for pretty in [false, true] {
                let decoded = try ResultCodec.decode(ResultCodec.encode(document, pretty: pretty), path: "r.json")
                #expect(decoded == stored, "document \(i), pretty \(pretty)")
            }
            // Stored once, it stays as it is.
            #expect(ResultCodec.asStored(stored) == stored)
        }
    }

    /// Fractions near the edges of a second, and the ones `Date()` gives; the coders drop most
    /// fractions but carry one a hair below the next second over.
    @Test(arguments: [0.0, 0.000_001, 0.25, 0.5, 0.999_999, 0.999_999_9, 0.999_999_999])
    func aFractionOfASecondIsStoredAsTheCodersStoreIt(fraction: Double) throws {
        let stamp = QuestionnaireStamp(id: "demo", version: "1", contentHash: "abc")
        for base in [1_790_000_000.0, 1_790_000_059, Date().timeIntervalSince1970.rounded(.down)] {
            let document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: base + fraction))
            let decoded = try ResultCodec.decode(ResultCodec.encode(document, pretty: false), path: "r.json")
            #expect(ResultCodec.asStored(document) == decoded, "\(base) + \(fraction)")
            #expect(decoded.created.timeIntervalSince1970 == decoded.created.timeIntervalSince1970.rounded(.down))
        }
        let now = ResultDocument(questionnaire: stamp)
        #expect(ResultCodec.asStored(now) == (try ResultCodec.decode(ResultCodec.encode(now, pretty: false), path: "r.json")))
    }

    /// A document stamped now (the default, as the runner and the server stamp) is stored as it
    /// is in memory: its dates are whole seconds, within the second of the clock.
    @Test func aDocumentStampedNowIsStoredAsItIs() throws {
        let stamp = QuestionnaireStamp(id: "demo", version: "1", contentHash: "abc")
        let before = Date().timeIntervalSince1970.rounded(.down)
        let document = ResultDocument(questionnaire: stamp)
        let after = Date().timeIntervalSince1970
        let seconds = document.created.timeIntervalSince1970
        #expect(seconds == seconds.rounded(.down) && seconds >= before && seconds <= after)
        #expect(ResultCodec.asStored(document) == document)
        #expect(try ResultCodec.decode(ResultCodec.encode(document, pretty: false), path: "r.json") == document)
    }

    /// Adds a fraction of a second to every date of `document`.
    private func jitter(_ document: inout ResultDocument, _ generator: inout ResultGenerator) {
        document = document.mappingDates { $0.addingTimeInterval(Double(generator.below(1_000_000)) / 1_000_000) }
    }
}
