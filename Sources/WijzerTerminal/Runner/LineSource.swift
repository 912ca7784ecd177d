/// What reading one line of input gave.
public enum InputEvent: Sendable, Hashable {
    /// The bytes of one line, without its line end (not yet checked: see `TypedLine`).
    case line([UInt8])
    /// A line longer than `TypedLine.maximumBytes`; its bytes were discarded.
    case overlong(bytes: Int)
    /// Ctrl-D on an empty prompt, or the end of piped input.
    case endOfInput
    /// SIGINT (Ctrl-C), SIGTERM or SIGHUP arrived while waiting.
    case signal(Int32)
}

/// Where the runner's answers come from: readline on a terminal, lines of a pipe, or a script
/// in tests.
public protocol LineSource: AnyObject {
    /// True on a terminal: prompts are shown by the source and may use escape codes.
    var isInteractive: Bool { get }

    /// Shows `prompt` and reads one line; `completions` are what Tab offers.
    func read(prompt: String, completions: [String]) -> InputEvent
}
