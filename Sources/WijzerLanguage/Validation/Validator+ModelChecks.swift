/// The checks that only read the model (questions, tips, examples), a big set's on every core.
extension Validator {
    /// Sets with fewer questions than this are checked on one thread.
    static let parallelQuestionThreshold = 2_000

    /// One job's work: some of the questions, the tips, or the examples.
    private enum Job {
        case questions(Range<Int>)
        case tips
        case examples
    }

    /// What one job found.
    private struct JobOutcome {
        /// A recording engine: replayed into the main one in job order.
        var findings: DiagnosticEngine
        var questions = QuestionsOutcome()
        var examples: [ExampleReference] = []
    }

    /// Checks every question (kinds, options, effects; resolves and type-checks conditions),
    /// every tip and every example, then warns about questions without effect. A big set's
    /// questions are split in parts that run on every core next to the tips and the examples;
    /// the findings are reported in the order one thread reports them (questions, questions
    /// without effect, tips, examples), and the corrected conditions and the examples' question
    /// ids are written back to `model`.
    func checkQuestionsTipsAndExamples(_ model: inout Questionnaire, _ d: inout DiagnosticEngine) {
        let count = model.questions.count
        let parts = max(1, min(count, workers ?? Parallel.pieces(size: count, threshold: Self.parallelQuestionThreshold)))
        let jobs = (0..<parts).map { Job.questions(count * $0 / parts..<count * ($0 + 1) / parts) } + [.tips, .examples]
        let outcomes = run(jobs, on: model, files: d.files, inParallel: parts > 1)

        var referenced = [Bool](repeating: false, count: count)
        for outcome in outcomes[..<parts] {
            d.replay(outcome.findings)
            for i in outcome.questions.referenced { referenced[i] = true }
        }
        if lint { checkEffectiveness(model, referenced: referenced, &d) }
        d.replay(outcomes[parts].findings)
        d.replay(outcomes[parts + 1].findings)

        for outcome in outcomes[..<parts] {
            for change in outcome.questions.changes {
                if let rule = change.rule {
                    model.questions[change.question].decl.rules[rule].condition = change.expr
                } else {
                    model.questions[change.question].decl.showIf = change.expr
                }
            }
        }
        for r in outcomes[parts + 1].examples {
            model.examples[r.example].answers[r.answer].question.resolved = r.question
        }
    }

    /// Runs `jobs`, each reporting to a recording engine of its own; the model is only read.
    private func run(_ jobs: [Job], on model: Questionnaire, files: [SourceFile], inParallel: Bool) -> [JobOutcome] {
        let body = { (j: Int) -> JobOutcome in
            var outcome = JobOutcome(findings: .recording(over: files))
            switch jobs[j] {
            case .questions(let range): outcome.questions = resolveConditions(model, questions: range, &outcome.findings)
            case .tips: checkTips(model, &outcome.findings)
            case .examples: outcome.examples = resolveExamples(model, &outcome.findings)
            }
            return outcome
        }
        return Parallel.map(jobs.count, inParallel: inParallel, body)
    }
}
