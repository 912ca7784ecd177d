#if canImport(Glibc)
import Glibc
#endif
import CReadline
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// Lines typed on a terminal through GNU readline: line editing, history within the session
/// (up arrow), Tab completion of answers and commands. Uses readline's callback interface, so
/// a signal (Ctrl-C, SIGTERM, SIGHUP) ends the wait at once with the terminal restored.
public final class ReadlineSource: LineSource {
    public init() {
        SignalTrap.installSuspend()
        wijzer_rl_set_name("wijzer")
        wijzer_rl_set_catch_signals(0)
        wijzer_rl_set_change_environment(0)
        wijzer_rl_set_word_break_characters(emptyBreaks)
        wijzer_rl_set_completion_function(complete)
        using_history()
        // Readline 8.1 turns bracketed paste on: a pasted block then arrives as one line with
        // its newlines inside, refused as control characters. Off, a pasted line ends at its
        // newline, as if typed. Set after the first initialisation, which reads ~/.inputrc.
        rl_initialize()
        rl_variable_bind("enable-bracketed-paste", "off")
    }

    public var isInteractive: Bool { true }

    public func read(prompt: String, completions: [String]) -> InputEvent {
        completionWords = completions
        lineDone = false
        lineRead = nil
        rl_callback_handler_install(prompt, lineHandler)
        while !lineDone {
            if let signal = SignalTrap.wait(for: 0) {
                if signal == SIGTSTP {
                    // Ctrl-Z: the shell gets its terminal back as it was; after `fg` readline
                    // takes it again and draws the prompt with what was typed so far.
                    rl_deprep_terminal()
                    Terminal.writeOutput("\n")
                    SignalTrap.suspend()
                    rl_prep_terminal(1)
                    rl_forced_update_display()
                    continue
                }
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                Terminal.writeOutput("\n")
                return .signal(signal)
            }
            rl_callback_read_char()
        }
        guard let bytes = lineRead else { return .endOfInput }
        if bytes.count > TypedLine.maximumBytes { return .overlong(bytes: bytes.count) }
        if !bytes.isEmpty, case .success = TypedLine.check(bytes) {
            bytes.withUnsafeBufferPointer { buffer in
                let text = Array(buffer) + [0]
                text.withUnsafeBufferPointer { add_history(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
            }
        }
        return .line(bytes)
    }
}

// Readline calls back into plain C functions, which cannot capture context: the state of the
// one line being read lives here. Only the main thread touches it.
nonisolated(unsafe) private var lineDone = false
nonisolated(unsafe) private var lineRead: [UInt8]?
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var emptyBreaks: UnsafePointer<CChar> = UnsafePointer(strdup("")!)

private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    if let line {
        lineRead = Array(UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: strlen(line)))
        free(line)
    } else {
        lineRead = nil
        Terminal.writeOutput("\n")
    }
    lineDone = true
    // Removing the handler here stops readline from showing the prompt again.
    rl_callback_handler_remove()
}

private let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
    wijzer_rl_set_completion_over(1)
    wijzer_rl_set_completion_append_character(0)
    return rl_completion_matches(text, nextMatch)
}

private let nextMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
    if state == 0 {
        let typed = text.map { String(cString: $0) } ?? ""
        completionMatches = Completion.matches(typed, among: completionWords)
    }
    guard !completionMatches.isEmpty else { return nil }
    return strdup(completionMatches.removeFirst())
}
