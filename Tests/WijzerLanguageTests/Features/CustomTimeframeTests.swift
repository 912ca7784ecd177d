import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// A tip's timeframe in the author's own words.
@Suite("custom timeframes")
struct CustomTimeframeTests {
    @Test func parsedCheckedAndFormatted() throws {
        #expect(findings(customTimeframeSet) == [])
        let tip = try #require(check(customTimeframeSet).questionnaire.tip("voorgesprek"))
        #expect(tip.customTimeframe?.text == "voor de volgende stageperiode" && tip.timeframe == nil)
        let empty = customTimeframeSet.replacingOccurrences(of: "\"voor de volgende stageperiode\"", with: "\"\"")
        #expect(findings(empty) == ["23:13-23:15 empty-text"])
        let file = SourceFile(path: "f.wijzer", text: customTimeframeSet.replacingOccurrences(of: "  timeframe \"voor", with: "  termijn   \"voor"))
        #expect(Formatter.format(Checker.parse(file).0, file: file) == customTimeframeSet + "\n")
    }
}
