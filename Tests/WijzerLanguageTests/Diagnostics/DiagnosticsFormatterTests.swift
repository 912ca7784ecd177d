import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Golden files for diagnostics; re-record with `WIJZER_RECORD=1 swift test`.
@Suite("Diagnostics")
struct DiagnosticsFormatterTests {
    func render(_ style: DiagnosticsFormatter.Style, colors: Bool = false) throws -> String {
        let path = testsFolder + "/Golden/broken.wijzer"
        let data = try #require(FileManager.default.contents(atPath: path))
        let result = Checker.check([SourceFile(path: "broken.wijzer", bytes: [UInt8](data))])
        return DiagnosticsFormatter(style: style, colors: colors).format(result.diagnostics.sorted)
    }

    @Test func compactGolden() throws {
        let mismatch = Golden.mismatch(try render(.compact), path: testsFolder + "/Golden/broken.compact.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func annotatedGolden() throws {
        let mismatch = Golden.mismatch(try render(.annotated), path: testsFolder + "/Golden/broken.annotated.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func caretUnderlinesTheToken() {
        let d = Diagnostic(severity: .error, message: "onbekende tip `x`",
                           location: SourceLocation(path: "a.wijzer", line: 3, column: 9), length: 5,
                           sourceLine: "    tip groei weight 2")
        #expect(DiagnosticsFormatter(style: .annotated).format(d) == """
            a.wijzer:3:9: error: onbekende tip `x`
              |
            3 |     tip groei weight 2
              |         ^~~~~
            """)
    }

    @Test func colorsOnlyWhenAsked() throws {
        #expect(!(try render(.compact)).contains("\u{1B}["))
        #expect(try render(.annotated, colors: true).contains("\u{1B}[1;31merror:"))
    }

    @Test(arguments: [("groeigerich", ["groeigericht", "gastles"], "groeigericht"),
                      ("lesgevn", ["lesgeven", "stage"], "lesgeven"),
                      ("xyz", ["lesgeven", "stage"], nil)])
    func nearestName(name: String, candidates: [String], expected: String?) {
        #expect(Suggestions.nearest(to: name, in: candidates) == expected)
    }
}
