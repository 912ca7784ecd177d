import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport

/// Every ```wijzer block of docs/LANGUAGE.md is checked, so the docs cannot drift from the
/// checker (issue 13, point 4). A block is a whole set unless marked `fragment` (then it is
/// only parsed); `fout=ID` marks a deliberate mistake that must be reported with that id. The
/// blocks' examples are run in WijzerScoringTests (`LanguageDocExampleTests`).
@Suite("LANGUAGE.md examples")
struct LanguageDocTests {
    @Test func everyFenceSaysWhatItHolds() throws {
        let fences = try LanguageDoc.fences()
        #expect(fences.count >= 10)
        for f in fences {
            #expect(f.info == "ebnf" || f.info.hasPrefix("wijzer"), "LANGUAGE.md:\(f.line): a block without `wijzer` or `ebnf` is not checked")
        }
    }

    @Test(arguments: try LanguageDoc.blocks())
    func blockChecksAsMarked(_ block: LanguageDocBlock) {
        let file = SourceFile(path: "LANGUAGE.md", text: block.text)
        let engine = block.fragment ? Checker.parse(file).1 : Checker.check([file]).diagnostics
        let ids = engine.sorted.map(\.id.rawValue)
        if let expected = block.expected {
            #expect(ids.contains(expected), "expected \(expected), got \(findings(engine))")
        } else {
            #expect(findings(engine) == [])
        }
    }
}
