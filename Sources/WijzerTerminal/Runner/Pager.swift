import WijzerScoring

/// Long text a screenful at a time, at the terminal's real height: the theme's knowledge, the
/// onboarding's introduction and `:uitleg`. Enter reads on; `s` or `:verder` skips the rest. On
/// a pipe everything is written at once: nobody reads pages there.
struct Pager {
    let context: RunnerContext

    /// How the reader left the text.
    enum Ending { case read, skipped }

    /// Shows `text` (laid out already) page by page. `reserve` rows are kept free below the last
    /// page for what follows (the question again), so nothing unread scrolls away; when they do
    /// not fit, or when `last` is given, the last page ends with a prompt too (`last`, or
    /// "Enter om verder te lezen"). `skipTo` says where `s` leads: "naar de vragen".
    @discardableResult
    func show(_ text: String, reserve: Int = 0, last: String? = nil, skipTo: String) throws(RunnerStop) -> Ending {
        let output = context.output
        let lines = Self.lines(text)
        guard context.input.isInteractive else {
            if !lines.isEmpty { output.line(lines.joined(separator: "\n")) }
            return .read
        }
        let more = "Enter om verder te lezen, s of :verder om \(skipTo) te gaan: "
        var start = 0
        while true {
            // One row for the prompt; a line wider than the window takes several rows.
            let page = output.height - 1
            let width = output.width
            var end = start, used = 0
            while end < lines.count {
                let rows = Self.rows(of: lines[end], width: width)
                if used + rows > page && end > start { break }
                used += rows
                end += 1
            }
            if end < lines.count {
                output.line(lines[start..<end].joined(separator: "\n"))
                start = end
                if try ask(more, skipTo: skipTo) == .skipped { return .skipped }
                continue
            }
            if end > start { output.line(lines[start...].joined(separator: "\n")) }
            if let last { return try ask(last, skipTo: skipTo) }
            if used + reserve <= page { return .read }
            return try ask("Enter om verder te lezen: ", skipTo: skipTo)
        }
    }

    /// Rows `text` (laid out already, ending in a line break or not) takes on a window `width`
    /// columns wide.
    static func rows(_ text: String, width: Int) -> Int {
        lines(text).reduce(0) { $0 + rows(of: $1, width: width) }
    }

    /// Rows one line takes: a line wider than the window takes several.
    private static func rows(of line: String, width: Int) -> Int {
        max(1, (TextLayout.visibleWidth(line) + width - 1) / width)
    }

    /// The lines of `text`, without the empty one after a final line break.
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Waits for Enter (read on) or `s`/`:verder` (skip); `:stop` stops as anywhere else.
    private func ask(_ prompt: String, skipTo: String) throws(RunnerStop) -> Ending {
        while true {
            let text = try context.readChecked(prompt: prompt, completions: [":verder"]).lowercased()
            switch text {
            case "": return .read
            case "s", ":verder", "verder": return .skipped
            default:
                if case .success(.stop)? = RunnerCommand.parse(text) { throw RunnerStop(outcome: .stopped) }
                context.output.line(context.output.warning("Druk op Enter om verder te lezen, of typ s om \(skipTo) te gaan."))
            }
        }
    }
}
