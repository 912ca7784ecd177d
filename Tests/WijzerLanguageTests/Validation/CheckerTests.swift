import Testing
import WijzerContent
import WijzerTestSupport
@testable import WijzerLanguage

/// Checking a set with mistakes in many files and of many kinds reports each kind of finding,
/// and the per-file limit holds for findings from parsing and validation alike.
@Suite("Checker")
struct CheckerTests {
    /// The bundled set five times over (so every id is a duplicate), with a different mistake
    /// in each copy of a few files: findings in many files, from parsing and from validation.
    static let files: [SourceFile] = (0..<5).flatMap { copy in
        BundledQuestionnaires.files.enumerated().map { index, file in
            var text = file.contents
            // Conditions that can never hold: warnings from the reachability search.
            text = text.replacingOccurrences(of: "    when answer >= 4", with: "    when answer >= 40")
            if (index + copy) % 3 == 0 {
                text = text.replacingOccurrences(of: "  order ", with: "  ordr ")
                    .replacingOccurrences(of: "weight 2", with: "weight \"2\"")
                text += "\n  verdwaald \"tekst\n"
            }
            return SourceFile(path: "kopie\(copy)/\(file.name)", text: text)
        }
    }

    static func report(_ result: Checker.Result) -> [String] {
        result.diagnostics.diagnostics.map { DiagnosticsFormatter(style: .compact).format($0, in: result.diagnostics.files) + " [\($0.id)]" }
            + ["onderdrukt: \(result.diagnostics.suppressed)", "vragen: \(result.questionnaire.questions.count)"]
    }

    @Test func findingsInManyFiles() {
        let report = Self.report(Checker.check(Self.files, lint: true))
        #expect(report.count > 100, "the set should have findings in many files")
        #expect(report.filter { $0.hasSuffix(" [unsatisfiable-condition]") }.count >= 5)
        #expect(report.contains { $0.hasPrefix("kopie4/") }, "findings in the last copy too")
    }

    /// A set whose conditions go wrong in every way validation knows (unknown, later, own,
    /// ambiguous and other-scenario references, wrong literals), with questions without effect,
    /// broken tips and examples, and duplicate question ids.
    static func conditionHeavySet(seed: UInt64) -> [SourceFile] {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(random.next() % UInt64(xs.count))] }
        var files: [SourceFile] = []
        var names: [String] = []  // "scenario.question" of every question so far
        for f in 0..<4 {
            var text = f == 0 ? "questionnaire q \"Q\"\n  version \"1\"\ntheme t \"T\"\n  order 1\n  opening \"O?\"\n  knowledge \"K\"\ndimension d \"D\" in t\n" : ""
            for s in 0..<6 {
                let scenario = "s\(f)x\(s)"
                text += "scenario \(scenario) \"S\" in t\n  situation \"Een situatie.\"\n"
                for q in 0..<5 {
                    // Every third scenario repeats a question name: duplicates, and bare names that are ambiguous.
                    let name = q == 4 && s % 3 == 0 ? "q0" : "q\(q)"
                    let earlier = names.isEmpty ? "\(scenario).q9" : pick(names)
                    let ref = pick([earlier, earlier, "q\(q == 0 ? 1 : q - 1)", "q0", "answer", "onbekend.q1", "\(scenario).q4", "s0x0.q7", "t.q1"])
                    let test = pick(["= a", "in [a, c]", "< 3", "= 2", "has b", "is answered", "= nvt", ">= x", "in [a, z]"])
                    text += "  question \(name) \"Vraag?\"\n    why \"Daarom.\"\n"
                    if random.next() % 3 == 0 { text += "    show-if \(ref) \(test)\n" }
                    switch random.next() % 4 {
                    case 0: text += "    choice\n      a \"A\"\n        tip tip\(f)x\(s)\n      b \"B\"\n      c \"C\"\n"
                    case 1: text += "    multiple\n      a \"A\"\n      b \"B\"\n        score d +1\n      c \"C\"\n"
                    case 2: text += "    likert 1..5 \"1\" \"2\" \"3\" \"4\" \"5\"\n"
                    default: text += "    number 0..\(pick([10, 0, 50]))\n"
                    }
                    if random.next() % 2 == 0 {
                        text += "    when \(pick(["answer", ref])) \(pick(["= a", "< 3", "has c", "is skipped", "= b"]))\(pick(["", " and \(ref) \(test)", " or not \(earlier) is answered"]))\n"
                        text += "      tip \(pick(["tip\(f)x\(s)", "tip0x0", "tpi0x0"])) weight \(pick([2, 0]))\n"
                    }
                    names.append("\(scenario).\(name)")
                }
                text += "tip tip\(f)x\(s) \"Tip\"\n  theme \(pick(["t", "tt"]))\n  timeframe deze-week\n  text \"Tekst.\"\n  steps\n    - Een stap.\n"
                text += "  source \(pick(["https://example.org/a", "htps://x", "https://"]))\n  resource \"Bron\" https://example.org/b\n"
                text += "example e\(f)x\(s) \"E\"\n  answers\n    \(pick(names)) = \(pick(["a", "[a, b]", "3", "nvt", "skip"]))\n    \(pick(["q1", "nergens.q1", pick(names)])) = \(pick(["b", "99"]))\n  expect tips tip\(f)x\(s)\n"
            }
            files.append(SourceFile(path: "deel\(f).wijzer", text: text))
        }
        return files
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyKindOfConditionMistakeIsReported(seed: UInt64) {
        let report = Self.report(Checker.check(Self.conditionHeavySet(seed: seed), lint: true))
        for id in ["forward-reference", "ambiguous-question", "ineffective-question", "bad-url", "duplicate-question"] {
            #expect(report.contains { $0.hasSuffix(" [\(id)]") }, "\(id)")
        }
    }

    /// Past the per-file limit, findings are only counted, whether they came from parsing or
    /// validating; the files under the limit show all of theirs.
    @Test func theLimitPerFileCountsWhatItDrops() {
        let plain = Checker.check(Self.conditionHeavySet(seed: 4), lint: true)
        let files = Self.conditionHeavySet(seed: 4).enumerated().map { i, file in
            // Two files get more stray characters than the limit lets through.
            let garbage = i % 2 == 0 ? String(repeating: "  verdwaald @ ~ $\n", count: 150) : ""
            return SourceFile(path: file.path, text: String(decoding: file.bytes, as: UTF8.self) + garbage)
        }
        let limited = Checker.check(files, lint: true)
        #expect(plain.diagnostics.suppressed == 0)
        #expect(limited.diagnostics.suppressed > 0)
        // The files without garbage report exactly what they reported on their own.
        let (before, after) = (Self.report(plain), Self.report(limited))
        for path in ["deel1.wijzer:", "deel3.wijzer:"] {
            #expect(!before.filter { $0.hasPrefix(path) }.isEmpty)
            #expect(after.filter { $0.hasPrefix(path) } == before.filter { $0.hasPrefix(path) }, "\(path)")
        }
    }
}
