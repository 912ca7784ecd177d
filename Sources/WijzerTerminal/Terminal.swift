#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// What the process's streams are connected to, and whether to use colour.
public enum Terminal {
    /// Whether file descriptor `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, when `TERM` is not `dumb`, `NO_COLOR` is unset and the user
    /// did not pass `--no-color`.
    public static func useColor(fd: Int32, disabled: Bool = false) -> Bool {
        guard !disabled, isTerminal(fd) else { return false }
        if getenv("NO_COLOR") != nil { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// The diagnostics formatter for a stream: annotated with caret on a terminal, compact
    /// otherwise; coloured by `highlight` when colour is on.
    public static func diagnosticsFormatter(fd: Int32, noColor: Bool = false) -> DiagnosticsFormatter {
        let style: DiagnosticsFormatter.Style = isTerminal(fd) ? .annotated : .compact
        return useColor(fd: fd, disabled: noColor)
            ? DiagnosticsFormatter(style: style, highlight: highlight)
            : DiagnosticsFormatter(style: style)
    }

    /// ANSI colour around a part of a rendered diagnostic, as compilers colour theirs.
    public static func highlight(_ part: DiagnosticsFormatter.Part, _ text: String) -> String {
        switch part {
        case .place, .message: "\u{1B}[1m\(text)\u{1B}[0m"
        case .label(.error): "\u{1B}[1;31m\(text)\u{1B}[0m"
        case .label(.warning): "\u{1B}[1;35m\(text)\u{1B}[0m"
        case .label(.note), .label(.help): "\u{1B}[1;36m\(text)\u{1B}[0m"
        case .marks: "\u{1B}[1;32m\(text)\u{1B}[0m"
        }
    }

    /// Writes `text` to standard error, unbuffered.
    public static func writeError(_ text: String) {
        write(text, to: .standardError)
    }

    /// Writes `text` to standard output.
    public static func writeOutput(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// Writes all of `text`; a stream that is gone (a closed pipe) is ignored, as there is no
    /// one left to tell.
    private static func write(_ text: String, to stream: FileDescriptor) {
        _ = try? stream.writeAll(text.utf8)
    }
}
