import Synchronization
import WijzerScoring
@testable import WijzerServer

/// Whether a task has returned: set by the task, read by the test while it should still wait.
final class Done: Sendable {
    let value = Mutex(false)
}

extension AnswerStore {
    /// `link`'s self-check as a page reads it once `condition` holds (tried for up to ten
    /// seconds), else the last one read.
    func load(link: String, questionnaire: String, when condition: (ResultDocument?) -> Bool) async throws -> ResultDocument? {
        var shown: ResultDocument?
        for _ in 0 ..< 2_000 {
            shown = try await load(link: link, questionnaire: questionnaire)
            if condition(shown) { break }
            try await Task.sleep(for: .milliseconds(5))
        }
        return shown
    }

    /// Sets the self-check's name to `name` in a task of its own, which marks `done` once the
    /// store acknowledges the save.
    func rename(link: String, questionnaire: String, to name: String, done: Done) -> Task<ResultDocument?, Error> {
        Task {
            let saved = try await update(link: link, questionnaire: questionnaire) { $0.name = name }
            done.value.withLock { $0 = true }
            return saved
        }
    }
}
