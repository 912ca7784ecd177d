import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// What every part of the runner shares: the questionnaire, where things are saved, the input
/// and output, and the session document (saved after every change).
public final class RunnerContext {
    public let questionnaire: Questionnaire
    public let store: SessionStore
    /// Where action plans are written (`--out`).
    public let planFolder: String
    public let input: LineSource
    public let output: RunnerOutput
    /// The command that continues where the teacher left off, for "verder gaan: ...".
    public let resumeCommand: String
    /// The clock; fixed in tests.
    public let now: () -> Date
    public internal(set) var document: ResultDocument
    /// The saved session differs from `document`.
    var unsaved = false
    /// Keeps other runners off this session while this one runs.
    let lock: SessionLock?

    public init(questionnaire: Questionnaire, stamp: QuestionnaireStamp, store: SessionStore, planFolder: String,
                input: LineSource, output: RunnerOutput, resumeCommand: String, name: String? = nil,
                lock: SessionLock? = nil, now: @escaping () -> Date = Date.init) throws(WijzerError) {
        self.questionnaire = questionnaire
        self.store = store
        self.planFolder = planFolder
        self.input = input
        self.output = output
        self.resumeCommand = resumeCommand
        self.now = now
        self.lock = lock
        let loaded = try store.load(questionnaire, stamp: stamp, now: now())
        // The respondent id from the start, not only in results: a `shuffle` question's order
        // depends on it, and must be the same after resuming.
        document = try RespondentID.stamped(loaded.document, in: store.folder)
        // Notes and dropped answers quote the session file (ids, keys, reasons): made visible.
        for note in loaded.notes { output.line(output.warning(VisibleText.visible(note))) }
        if !loaded.dropped.isEmpty {
            output.line(output.warning("Deze antwoorden zijn vervallen omdat de vragen veranderd zijn:"))
            for d in loaded.dropped { output.line("  - " + VisibleText.visible(d.message)) }
        }
        // A migrated or set-aside session is saved in its new form at the first save.
        unsaved = !loaded.dropped.isEmpty || !loaded.notes.isEmpty
        if let name, !name.isEmpty, document.name != name {
            document.name = name
            unsaved = true
        }
    }

    /// Saves the session durably; a failure is reported and ends the run, since an answer
    /// that cannot be saved must not look saved.
    func save() throws(RunnerStop) {
        do {
            try store.save(document)
            unsaved = false
        } catch {
            throw RunnerStop(outcome: .failed(WijzerError(.cannotSave, "Opslaan is mislukt: \(error.message). Je laatste antwoord is niet bewaard.")))
        }
    }

    /// Saves if anything changed since the last save (before leaving).
    func saveIfNeeded() throws(RunnerStop) {
        if unsaved { try save() }
    }

    /// Number of answers given in all themes.
    var answerCount: Int { document.themes.reduce(0) { $0 + $1.answers.count } }

    /// The Dutch line saying how to continue later.
    var resumeHint: String { "Verder gaan: \(resumeCommand)" }

    /// Reads one line, with the refusals for bad input handled: returns a checked, trimmed line,
    /// or throws the way the run ends (end of input, a signal).
    func readChecked(prompt: String, completions: [String] = []) throws(RunnerStop) -> String {
        while true {
            switch input.read(prompt: prompt, completions: completions) {
            case .line(let bytes):
                switch TypedLine.check(bytes) {
                case .success(let text): return text
                case .failure(let rejection): output.line(output.warning(rejection.message))
                }
            case .overlong(let n):
                output.line(output.warning(TypedLine.Rejection.tooLong(bytes: n).message))
            case .endOfInput:
                throw RunnerStop(outcome: .endOfInput)
            case .signal(let s):
                throw RunnerStop(outcome: .signal(s))
            }
        }
    }
}

/// How a run ended.
public enum RunnerOutcome: Sendable, Hashable {
    /// Everything asked for is done (or the teacher left a menu).
    case finished
    /// `:stop`: saved, the teacher will continue later.
    case stopped
    /// Ctrl-D on an empty prompt or the end of piped input while a theme was open.
    case endOfInput
    /// SIGINT, SIGTERM or SIGHUP.
    case signal(Int32)
    /// Something could not be saved or written; the error says what.
    case failed(WijzerError)

    /// The error the command ends with, if any. The runner has already said goodbye; only a
    /// failure's message is still to be shown (by the one place that renders errors).
    public func error(interactive: Bool) -> WijzerError? {
        switch self {
        case .finished, .stopped: nil
        case .endOfInput: interactive ? nil : WijzerError(.inputEnded)
        case .signal(let n): WijzerError(.signal(n))
        case .failed(let error): error
        }
    }
}

/// Thrown to leave the runner from deep inside a screen (control flow, not an error: it
/// becomes a `RunnerOutcome`, and only a failure's outcome carries a `WijzerError`).
struct RunnerStop: Error {
    var outcome: RunnerOutcome
}
