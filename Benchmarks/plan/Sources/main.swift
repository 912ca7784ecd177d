import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

// plan-bench: scoring plus rendering a full six-theme action plan (Markdown and HTML), the work
// `wijzer plan` and the end of a theme do, on the committed example answer sets.
// Usage: plan-bench [--runs N]   (default 500 runs per answer set, after 20 warm-up runs)

var runs = 500
var args = Array(CommandLine.arguments.dropFirst())
while let flag = args.first {
    args.removeFirst()
    if flag == "--runs", let n = args.first.flatMap(Int.init) { runs = n; args.removeFirst() } else {
        print("usage: plan-bench [--runs N]"); exit(2)
    }
}
let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let files = try SourceLoader.load([repo + "/Questionnaires"])
let questionnaire = Checker.check(files).questionnaire

func nanoseconds(_ body: () -> Void) -> UInt64 {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return DispatchTime.now().uptimeNanoseconds - start
}

print("plan-bench: Scorer.evaluate + ActionPlan + Markdown + HTML, \(runs) runs per answer set (release build)\n")
print("answer set            themes  tips   median      min      target < 10 ms")
var worst = 0.0
for name in ["startende-docent", "ervaren-docent", "stagebegeleider"] {
    let document = try ResultFile.read("\(repo)/Reports/examples/\(name).json")
    var bytes = 0
    func once() {
        let evaluation = Scorer.evaluate(questionnaire, document.answers)
        let plan = ActionPlan(document: document, questionnaire: questionnaire, comparedIn: .terminal)
        bytes = MarkdownPlanRenderer.render(plan).utf8.count + HTMLPlanRenderer.render(plan).utf8.count + evaluation.tips.count
    }
    for _ in 0..<20 { once() }
    let times = (0..<runs).map { _ in Double(nanoseconds(once)) / 1e6 }.sorted()
    let median = times[times.count / 2]
    worst = max(worst, median)
    let tips = Scorer.evaluate(questionnaire, document.answers).tips.count
    print("\(name.padding(toLength: 20, withPad: " ", startingAt: 0))  \(document.themes.count)       \(String(tips).padding(toLength: 4, withPad: " ", startingAt: 0))   \(String(format: "%.3f ms", median))  \(String(format: "%.3f ms", times[0]))  \(median < 10 ? "met" : "NOT met")")
    _ = bytes
}
print("\nworst median: \(String(format: "%.3f", worst)) ms")
