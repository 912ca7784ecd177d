import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage
import WijzerTestSupport

@Suite("Team: fast result reader")
struct ResultScannerTests {
    func scan(_ bytes: [UInt8]) -> Result<ResultScanner, ResultScanner.Failure> {
        var s = ResultScanner()
        do {
            try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(ResultScanner.Failure) in try s.scan(b) }
            return .success(s)
        } catch {
            return .failure(error)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func readsWhatTheCodecReads(seed: UInt64) throws {
        var g = TeamFixture.generator(seed)
        let doc = g.document(name: "Anna \"de\" Vries\u{1F600}")
        for bytes in [ResultCodec.encode(doc), ResultGenerator.compactJSON(doc)] {
            let s = try scan(bytes).get()
            #expect(s.formatVersion == 1)
            #expect(s.string(s.questionnaireID!) == doc.questionnaire.id)
            #expect(s.string(s.contentHash!) == doc.questionnaire.contentHash)
            #expect(s.string(s.version!) == doc.questionnaire.version)
            let records = doc.themes.flatMap(\.answers)
            #expect(s.answers.map { s.string($0.question) } == records.map(\.question))
            #expect(s.answers.map { $0.fingerprint.map(s.string) } == records.map(\.fingerprint))
            for (a, r) in zip(s.answers, records) {
                switch (a.value, r.answer) {
                case (.option(let k), .option(let e)): #expect(s.string(k) == e)
                case (.options(let f, let n), .options(let e)): #expect(s.optionSlices[f ..< f + n].map(s.string) == e)
                case (.number(let n), .number(let e)): #expect(n == e)
                case (.text(let t), .text(let e)): #expect(s.string(t) == e)
                case (.notApplicable, .notApplicable): break
                default: Issue.record("\(a.value) vs \(r.answer)")
                }
            }
        }
    }

    @Test func escapesAreDecoded() throws {
        let text = #"{"formatVersion":1,"questionnaire":{"id":"b","version":"1","contentHash":"x"},"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","themes":[{"answers":[{"question":"s.q","answer":{"text":"a\"b\\c\/\u00e9\ud83d\ude00\n"}}]}]}"#
        let s = try scan(Array(text.utf8)).get()
        guard case .text(let t) = s.answers[0].value else { Issue.record("no text"); return }
        #expect(s.string(t) == "a\"b\\c/é😀\n")
    }

    static let valid = #"{"formatVersion":1,"questionnaire":{"id":"b","version":"1","contentHash":"x"},"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","themes":[]}"#

    @Test(arguments: [
        ("", "geen geldig resultaatbestand (leeg bestand)"),
        ("   ", "geen geldig resultaatbestand (leeg bestand)"),
        ("[]", "geen geldig resultaatbestand (geen JSON-object)"),
        ("{", "geen geldige JSON (afgebroken of beschadigd bestand?)"),
        (String(valid.dropLast(3)), "geen geldige JSON (afgebroken of beschadigd bestand?)"),
        (valid + "x", "geen geldige JSON: tekst na het einde van het object"),
        ("{}", "veld `formatVersion` ontbreekt"),
        (#"{"formatVersion":"1"}"#, "veld `formatVersion` heeft het verkeerde type (verwacht geheel getal)"),
        (#"{"formatVersion":1.5}"#, "veld `formatVersion` heeft het verkeerde type (verwacht geheel getal)"),
        (#"{"formatVersion":99999999999999999999999999}"#, "veld `formatVersion`: getal is te groot"),
        (#"{"formatVersion":7,"x":[}"#, "gemaakt met een nieuwere Wijzer (formaat 7"),
        (#"{"formatVersion":0}"#, "veld `formatVersion`: onbekende versie 0"),
        (#"{"formatVersion":1}"#, "veld `questionnaire` ontbreekt"),
        ("{\"formatVersion\":1,\"x\":\"a\u{01}\"}", "geen geldige JSON op regel 1: stuurteken in tekst"),
        (#"{"formatVersion":1,"x":"\ud800"}"#, "geen geldige JSON op regel 1: losse surrogaat"),
        (#"{"formatVersion":1,"x":"\q"}"#, "geen geldige JSON op regel 1: onbekende escape"),
        (#"{"formatVersion":1,"x":01}"#, "geen geldige JSON op regel 1: `}` verwacht"),
        (#"{"formatVersion":1,"x":nul}"#, "geen geldige JSON op regel 1: onbekende waarde"),
        (String(repeating: "[", count: 10_000), "geen geldig resultaatbestand (geen JSON-object)"),
        (#"{"x":"# + String(repeating: "[", count: 10_000), "geen geldig resultaatbestand: te diep genest"),
        (valid.replacingOccurrences(of: "\"themes\":[]", with: #""themes":[{"answers":[{"question":"a.b","answer":{"number":1e3}}]}]"#),
         "veld `themes[0].answers[0].answer.number` heeft het verkeerde type (verwacht geheel getal)"),
        (valid.replacingOccurrences(of: "\"themes\":[]", with: #""themes":[{"answers":[{"question":"a.b","answer":{"option":"a","number":3}}]}]"#),
         "veld `themes[0].answers[0].answer`: een antwoord heeft precies één van"),
        (valid.replacingOccurrences(of: "\"themes\":[]", with: #""themes":[{"answers":[{"answer":{"option":"a"}}]}]"#),
         "veld `themes[0].answers[0].question` ontbreekt"),
        (valid.replacingOccurrences(of: "2026-01-01T00:00:00Z\",\"themes", with: "gisteren\",\"themes"), "veld `updated`: geen datum"),
    ] as [(String, String)])
    func malformedIsRefusedWithAReason(text: String, prefix: String) {
        switch scan(Array(text.utf8)) {
        case .success: Issue.record("accepted: \(text.prefix(80))")
        case .failure(let f): #expect(f.message.hasPrefix(prefix), "\(f.message)")
        }
    }

    @Test func invalidUTF8IsRefused() {
        for bad: [UInt8] in [[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            var bytes = Array(#"{"formatVersion":1,"x":"a"#.utf8) + bad + Array(#"b"}"#.utf8)
            if case .success = scan(bytes) { Issue.record("accepted \(bad)") }
            bytes = Array(#"{"formatVersion":1,"x":"a"#.utf8) + bad
            if case .success = scan(bytes) { Issue.record("accepted \(bad)") }
        }
        if case .failure(let f) = scan(Array(#"{"formatVersion":1,"x":""#.utf8) + [0xFF] + Array(#""}"#.utf8)) {
            #expect(f.message.hasPrefix("ongeldige UTF-8 op regel 1"))
        }
    }

    /// Random mutations of real files: the reader never crashes, and what it accepts is JSON.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func fuzzedFilesNeverCrash(seed: UInt64) throws {
        var g = TeamFixture.generator(seed)
        let original = ResultCodec.encode(g.document(themes: ["lesgeven"]))
        var accepted = 0
        for _ in 0 ..< 1500 {
            var bytes = original
            for _ in 0 ... g.below(4) {
                guard !bytes.isEmpty else { break }
                let at = g.below(bytes.count)
                switch g.below(6) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: g.next())
                case 1: bytes.removeSubrange(at...)
                case 2: bytes.insert(contentsOf: [UInt8](repeating: UInt8(truncatingIfNeeded: g.next()), count: 1 + g.below(3)), at: at)
                case 3: bytes.removeSubrange(at ..< min(bytes.count, at + 1 + g.below(40)))
                case 4: bytes.insert(contentsOf: Array("\"{[]}\\,:0-1e9".utf8)[g.below(13)...], at: at)
                default: let end = min(bytes.count, at + g.below(60)); bytes.insert(contentsOf: bytes[at ..< end], at: g.below(bytes.count))
                }
            }
            if case .success = scan(bytes) {
                accepted += 1
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "accepted invalid JSON: \(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(accepted < 1500)
    }
}
