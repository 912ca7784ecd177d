import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTerminal

/// A scripted input source: each line as typed, then an optional final event (end of input by
/// default, or a signal).
final class ScriptedSource: LineSource {
    private var events: [InputEvent]
    private(set) var prompts: [String] = []
    private(set) var offered: [[String]] = []
    let isInteractive: Bool

    init(_ lines: [String], then last: InputEvent = .endOfInput, interactive: Bool = false) {
        events = lines.map { .line(Array($0.utf8)) } + [last]
        isInteractive = interactive
    }

    init(events: [InputEvent]) {
        self.events = events
        isInteractive = false
    }

    func read(prompt: String, completions: [String]) -> InputEvent {
        prompts.append(prompt)
        offered.append(completions)
        return events.isEmpty ? .endOfInput : events.removeFirst()
    }
}

/// Screen and notices written by a runner under test.
final class Capture {
    var screen = ""
    var notices = ""
    lazy var output = RunnerOutput(color: false, screen: { [unowned self] in screen += $0 },
                                   notices: { [unowned self] in notices += $0 })
}
