import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Hostile and odd input: always a diagnostic or a correct parse, never a crash or a hang.
@Suite("Bad input")
struct BadInputTests {
    func run(_ bytes: [UInt8]) -> Checker.Result {
        let file = SourceFile(path: "x.wijzer", bytes: bytes)
        let result = Checker.check([file])
        // Formatting must survive whatever parsed.
        _ = Formatter.format(Checker.parse(file).0, file: file)
        return result
    }

    @Test func emptyFileIsFine() {
        #expect(run([]).diagnostics.diagnostics.isEmpty)
        #expect(run(Array("\n\n   \n# alleen commentaar\n".utf8)).diagnostics.diagnostics.isEmpty)
    }

    @Test func binaryDataGetsBoundedDiagnostics() {
        var rng = SplitMix64(seed: 7)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let result = run(bytes)
        #expect(result.diagnostics.errorCount > 0)
        #expect(result.diagnostics.diagnostics.count <= DiagnosticEngine.limitPerFile)
    }

    @Test func invalidUTF8IsReportedWithItsPosition() {
        var bytes = Array("theme t \"Caf".utf8)
        bytes += [0xE9]
        bytes += Array("\"\n  order 1\n".utf8)
        let result = run(bytes)
        #expect(findings(result.diagnostics).filter { $0.hasSuffix("invalid-utf8") } == ["x.wijzer:1:13-1:14 invalid-utf8"])
    }

    @Test func byteOrderMarkAndCRLFAreIgnored() {
        let plain = Checker.check([SourceFile(path: "a.wijzer", text: validSet)])
        let windows = [0xEF, 0xBB, 0xBF] + Array(validSet.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let result = Checker.check([SourceFile(path: "b.wijzer", bytes: windows)])
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.message))")
        #expect(IgnoringPositions.equal(Checker.parse(result.diagnostics.files[0]).0.declarations,
                                        Checker.parse(plain.diagnostics.files[0]).0.declarations))
        #expect(result.diagnostics.files[0].location(of: 3).column == 1, "the BOM takes no column")
    }

    @Test func tabsInIndentationWarnButParse() {
        let text = validSet.replacingOccurrences(
            of: "  order 1\n  opening \"Moet je studentes negatieve feedback besparen?\"\n  knowledge\n    Studentes",
            with: "\torder 1\n\topening \"Moet je studentes negatieve feedback besparen?\"\n\tknowledge\n\t\tStudentes")
        #expect(text != validSet)
        let result = check(text)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics.diagnostics.map(\.message))")
        #expect(Set(result.diagnostics.diagnostics.map(\.id)) == [.tabIndent])
        #expect(result.questionnaire.themes.first?.order == 1)
        // Every line's fix-it, applied, gives spaces that say the same.
        var bytes = result.diagnostics.files[0].bytes
        for d in result.diagnostics.sorted.reversed() {
            for fix in d.fixIts { bytes = fix.applied(to: bytes, file: 0) }
        }
        #expect(String(decoding: bytes, as: UTF8.self) == text.replacingOccurrences(of: "\n\to", with: "\n    o").replacingOccurrences(of: "\n\tk", with: "\n    k"),
                "a tab counts to the next multiple of 4; a text block's lines keep theirs")
        #expect(check(String(decoding: bytes, as: UTF8.self)).diagnostics.diagnostics.isEmpty)
    }

    /// A megabyte of escapes in one string: read once (this took seconds when every escape made
    /// the lexer look for the closing quote again), and unescaped right.
    @Test func oneMegabyteOfEscapes() {
        let escapes = String(repeating: "\\\\\\\"", count: 170_000)
        let ok = check(validSet.replacingOccurrences(of: "Moet je studentes negatieve feedback besparen?", with: escapes))
        #expect(ok.diagnostics.errorCount == 0)
        #expect(ok.questionnaire.themes[0].opening?.text == String(repeating: "\\\"", count: 170_000))
    }

    /// Numbers with leading zeros are numbers.
    @Test func leadingZeros() {
        let ok = check(validSet.replacingOccurrences(of: "  order 1", with: "  order 0000000000000000000001"))
        #expect(ok.diagnostics.errorCount == 0)
        #expect(ok.questionnaire.themes[0].order == 1)
    }

    @Test func oneMegabyteLine() {
        let long = String(repeating: "lang ", count: 200_000)
        let ok = check(validSet.replacingOccurrences(of: "Moet je studentes negatieve feedback besparen?", with: long))
        #expect(ok.diagnostics.errorCount == 0)
        #expect(ok.questionnaire.themes[0].opening?.text.utf8.count == long.utf8.count)
        let garbage = run(Array(("theme t \"T\" " + String(repeating: "$ ", count: 500_000)).utf8))
        #expect(garbage.diagnostics.errorCount > 0)
        #expect(garbage.diagnostics.diagnostics.count <= DiagnosticEngine.limitPerFile)
    }

    @Test func tenMegabyteFile() {
        var text = ""
        var n = 0
        while text.utf8.count < 10_000_000 {
            text += "tip t\(n) \"Tip \(n)\"\n  theme lesgeven\n  timeframe deze-week\n  text\n    Een tekst van een paar woorden.\n"
            n += 1
        }
        let result = run(Array(text.utf8))
        #expect(result.questionnaire.tips.count == n)
    }

    @Test(arguments: [
        ("theme t \"niet af\n  order 1\n", "1:9-1:17 bad-token"),
        ("theme t \"T\"\n  order 1\n  opening \"V?\"\n  knowledge\n", "4:12-5:1 expected-syntax"),
        ("tip x \"X\"\n  steps\n", "2:8-3:1 expected-syntax"),
        ("scenario s \"S\" in t\n  question q \"V?\"\n    when (answer = 1\n", "3:21-4:1 expected-syntax"),
    ])
    func unterminatedThings(text: String, expected: String) {
        let found = findings(run(Array(text.utf8)).diagnostics)
        #expect(found.contains("x.wijzer:" + expected), "\(found)")
    }

    @Test func tenThousandDeepConditionIsReportedNotRecursed() {
        let deep = String(repeating: "(", count: 10_000) + "answer = 1" + String(repeating: ")", count: 10_000)
        let nots = String(repeating: "not ", count: 10_000) + "answer = 1"
        for condition in [deep, nots] {
            let text = validSet.replacingOccurrences(of: "when answer <= 2 and spaart in [a]", with: "when " + condition)
            let ids = run(Array(text.utf8)).diagnostics.diagnostics.map(\.id)
            #expect(ids.contains(.tooDeepCondition))
        }
    }

    @Test func tenThousandDeepIndentationIsFlattened() {
        var text = "theme t \"T\"\n"
        for depth in 1...10_000 { text += String(repeating: " ", count: depth) + "order \(depth)\n" }
        let ids = run(Array(text.utf8)).diagnostics.diagnostics.map(\.id)
        #expect(ids.filter { $0 == .tooDeepIndent }.count == 1, "reported once")
    }

    /// Every file under Crashers/ (inputs that once crashed or hung the parser) must now pass
    /// through check and format.
    @Test func pastCrashersReplay() throws {
        let folder = testsFolder + "/Crashers"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(!names.isEmpty)
        for name in names.sorted() {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            _ = run([UInt8](data))
        }
    }
}

/// Found by the fuzzer: a comment at the margin ends a text block; deeper lines after it used
/// to be dropped silently, and formatting then moved the comment into the text.
@Test func linesAfterAClosedTextBlockAreReported() {
    let text = "scenario s \"S\" in t\n  situation\n    Tekst.\n# commentaar\n    when answer = 1\n"
    let result = Checker.parse(SourceFile(path: "x.wijzer", text: text))
    #expect(findings(result.1) == ["x.wijzer:5:5-5:9 after-text-block"])
}
