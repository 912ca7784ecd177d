import Foundation
import Testing
import WijzerTestSupport

/// A plan, and the runner's list at the end of a theme, put a tip after the tips it names with `after`.
@Suite("tips after other tips: runner and plan")
struct TipAfterRunTests {
    @Test func thePlanPutsTheNamedTipFirst() throws {
        let answered = try FeatureRun(tipAfterSet, theme: "voorbereiding", typed: "1\n1\n")
        defer { answered.remove() }
        #expect(answered.run.status == 0, "\(answered.run.stderr)")
        // `samen` is declared first and weighs more, yet comes after the test it builds on.
        let markdown = try answered.plan()
        #expect(markdown.contains("### 1. Ontdek je blinde vlekken met een bias-test"))
        #expect(markdown.contains("### 2. Doe het samen: neem een collega mee"))
        // The runner's end-of-theme list keeps that order too.
        #expect(answered.run.stdout.contains("Tips voor jou:\n  → Ontdek je blinde vlekken met een bias-test\n  → Doe het samen: neem een collega mee\n"),
                "\(answered.run.stdout)")
    }
}
