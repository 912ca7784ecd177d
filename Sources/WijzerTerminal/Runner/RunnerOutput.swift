/// Where the runner writes: the screen (standard output) and notices (standard error), with
/// colour only when allowed. Tests capture both.
public final class RunnerOutput {
    private let screen: (String) -> Void
    private let notices: (String) -> Void
    /// Whether escape codes for colour and bold may be written.
    public let color: Bool
    private let columns: () -> Int
    private let rows: () -> Int

    /// `width` gives the screen's columns, asked each time text is laid out; `height` its rows,
    /// asked for every page of long text.
    public init(color: Bool, width: @escaping () -> Int = { 80 }, height: @escaping () -> Int = { 24 },
                screen: @escaping (String) -> Void, notices: @escaping (String) -> Void) {
        self.color = color
        self.columns = width
        self.rows = height
        self.screen = screen
        self.notices = notices
    }

    /// Standard output and standard error of the process; the width of standard output's terminal.
    public static func standard(color: Bool) -> RunnerOutput {
        RunnerOutput(color: color, width: { Terminal.width(fd: 1) }, height: { Terminal.height(fd: 1) },
                     screen: Terminal.writeOutput, notices: Terminal.writeError)
    }

    /// The columns text is wrapped to (at least 20, so indentation leaves room for words).
    public var width: Int { max(20, columns()) }

    /// The rows a page of long text may take (at least 8, so a page always says something).
    public var height: Int { max(8, rows()) }

    public func write(_ text: String) { screen(text) }
    public func line(_ text: String = "") { screen(text + "\n") }
    public func notice(_ text: String) { notices(text + "\n") }

    public func bold(_ s: String) -> String { styled(s, "1") }
    public func dim(_ s: String) -> String { styled(s, "2") }
    public func accent(_ s: String) -> String { styled(s, "36") }
    public func warning(_ s: String) -> String { styled(s, "33") }
    public func good(_ s: String) -> String { styled(s, "32") }

    private func styled(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
