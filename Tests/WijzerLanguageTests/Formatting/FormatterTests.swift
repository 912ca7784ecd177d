import Foundation
import PropertyBased
import Testing
import WijzerContent
import WijzerTestSupport
@testable import WijzerLanguage

@Suite("Formatter")
struct FormatterTests {
    /// Formats `text`, asserting the file had no errors.
    func format(_ text: String) -> String? {
        let file = SourceFile(path: "f.wijzer", text: text)
        let (parsed, diagnostics) = Checker.parse(file)
        guard diagnostics.errorCount == 0 else {
            Issue.record("input has syntax errors: \(diagnostics.sorted.prefix(3).map(\.message))")
            return nil
        }
        return Formatter.format(parsed, file: file)
    }

    /// Issue 13, 4: `scale` and `reverse` have Dutch spellings that are not `schaal` (`likert`).
    @Test func dutchScaleAndReverseAreWrittenInEnglish() throws {
        let dutch = validSet.replacingOccurrences(of: "score feedback scale", with: "score feedback evenredig omgekeerd")
        #expect(findings(dutch).isEmpty, "\(findings(dutch))")
        let english = validSet.replacingOccurrences(of: "score feedback scale", with: "score feedback scale reverse")
        let formatted = try #require(format(dutch))
        #expect(formatted.contains("    score feedback scale reverse\n"))
        #expect(IgnoringPositions.equal(Checker.parse(SourceFile(path: "f.wijzer", text: dutch)).0.declarations,
                                        Checker.parse(SourceFile(path: "f.wijzer", text: english)).0.declarations))
    }

    /// `parse(format(x)) == parse(x)` but for positions, and `format(format(x)) == format(x)`.
    func assertRoundTrip(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let once = format(text) else { return }
        let before = Checker.parse(SourceFile(path: "f.wijzer", text: text)).0.declarations
        let after = Checker.parse(SourceFile(path: "f.wijzer", text: once))
        #expect(after.1.errorCount == 0, sourceLocation: sourceLocation)
        #expect(IgnoringPositions.equal(after.0.declarations, before), "formatting changed the meaning", sourceLocation: sourceLocation)
        #expect(format(once) == once, "formatting is not idempotent", sourceLocation: sourceLocation)
    }

    @Test func canonicalLayout() {
        let messy = """
            # kop
            thema   t   "T"    # staat hier
                volgorde 1
                opening "V?"
                kennis

                    Tekst
                      ingesprongen


            dimensie d "D" in t
            scenario s "S" in t
                situatie "x"
                vraag q "V?"
                    waarom "w"
                    keuze
                        a "A"
                            tip x gewicht 2
                    als antwoord=a  en  (q in [ a,a ])
                            score d +1
            """
        let expected = """
            # kop
            theme t "T" # staat hier
              order 1
              opening "V?"
              knowledge
                Tekst
                  ingesprongen

            dimension d "D" in t

            scenario s "S" in t
              situation "x"
              question q "V?"
                why "w"
                choice
                  a "A"
                    tip x weight 2
                when answer = a and (q in [a, a])
                  score d +1

            """
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == expected)
    }

    /// Plain equality sees positions; the round trip's comparison sees everything else.
    @Test func theRoundTripComparisonIgnoresOnlyPositions() {
        func declarations(_ text: String) -> [Declaration] { Checker.parse(SourceFile(path: "f.wijzer", text: text)).0.declarations }
        let written = declarations("dimension d \"D\" in t\n")
        let moved = declarations("# kop\n\ndimension   d \"D\"   in t\n")
        #expect(written != moved)
        #expect(IgnoringPositions.equal(written, moved))
        #expect(!IgnoringPositions.equal(written, declarations("dimension d \"E\" in t\n")))
        #expect(!IgnoringPositions.equal(written, declarations("dimension e \"D\" in t\n")))
        #expect(!IgnoringPositions.equal(written, declarations("dimension d \"D\" in u\n")))
    }

    @Test func bundledQuestionnairesRoundTrip() {
        for bundled in BundledQuestionnaires.files {
            assertRoundTrip(bundled.contents)
        }
    }

    @Test func bundledQuestionnairesAreFormatted() {
        for bundled in BundledQuestionnaires.files {
            #expect(format(bundled.contents) == bundled.contents, "\(bundled.name) is not in canonical layout: run `wijzer fmt Questionnaires/`")
        }
    }

    /// The property on generated questionnaires. Under CI the choices come from a fixed seed
    /// (so every run checks the same 300 sets); otherwise PropertyBased draws them and shrinks
    /// a failure to its smallest choice list.
    @Test func generatedQuestionnairesRoundTrip() async {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            var rng = SplitMix64(seed: 20261130)
            for _ in 0..<300 {
                let choices = (0..<(1 + Int(rng.next() % 60))).map { _ in Int(rng.next() % 1_000_000) }
                roundTripGenerated(choices)
            }
        } else {
            await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000).array(of: 1...60)) { choices in
                roundTripGenerated(choices)
            }
        }
    }

    func roundTripGenerated(_ choices: [Int]) {
        var generator = SyntheticQuestionnaire(choices: choices, messy: true)
        let text = generator.generate()
        let result = Checker.check([SourceFile(path: "g.wijzer", text: text)])
        #expect(result.diagnostics.errorCount == 0, "generated set has errors: \(result.diagnostics.sorted.prefix(2).map(\.message))\n\(text)")
        assertRoundTrip(text)
    }
}
