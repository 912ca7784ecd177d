import WijzerLanguage

/// Word wrap for the runner, by visible width: escape codes for colour take no columns.
enum TextLayout {
    /// A piece of a word in one style: `codes` are the SGR parameters (`"1"` bold, `"3"`
    /// italic, `"1;3"` both), empty for plain text.
    struct Run: Equatable {
        var text: String
        var codes: String = ""
    }

    /// What wrapping places: a word (never split unless it is wider than a whole line, and
    /// then only when `breakable`), a forced line break, or a line of its own (a link's URL,
    /// never split).
    enum Token: Equatable {
        case word([Run], breakable: Bool)
        case lineBreak
        case ownLine(String)
    }

    /// `text` (plain, or with escape codes already in it) wrapped to `width` columns, the first
    /// line starting with `indent`, the others with `rest`.
    static func wrap(_ text: String, indent: String, rest: String, width: Int) -> String {
        let words = text.split(separator: " ").map { Token.word([Run(text: String($0))], breakable: true) }
        return wrap(words, first: indent, rest: rest, width: width).joined(separator: "\n")
    }

    /// Greedy wrap of `tokens`, words separated by one space.
    static func wrap(_ tokens: [Token], first: String, rest: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = first
        var used = visibleWidth(first)
        var hasWord = false
        let restWidth = visibleWidth(rest)
        func newLine() {
            lines.append(line)
            line = rest
            used = restWidth
            hasWord = false
        }
        for token in tokens {
            switch token {
            case .lineBreak:
                newLine()
            case .ownLine(let text):
                if hasWord { newLine() }
                line += text
                newLine()
            case .word(let runs, let breakable):
                let size = runs.reduce(0) { $0 + visibleWidth($1.text) }
                if hasWord && used + 1 + size > width { newLine() }
                if hasWord {
                    line += " "
                    used += 1
                }
                if breakable && used + size > width && size > 0 {
                    // Wider than a whole line: split, since the terminal would otherwise
                    // break it anyway, without the indentation.
                    for (n, piece) in split(runs, first: max(1, width - used), then: max(1, width - restWidth)).enumerated() {
                        if n > 0 { newLine() }
                        line += styled(piece.runs)
                        used += piece.width
                    }
                } else {
                    line += styled(runs)
                    used += size
                }
                hasWord = true
            }
        }
        if hasWord || lines.isEmpty || line != rest { lines.append(line) }
        return lines
    }

    /// `runs` cut into pieces of at most `first` columns, then `then` columns each.
    private static func split(_ runs: [Run], first: Int, then: Int) -> [(runs: [Run], width: Int)] {
        var pieces: [(runs: [Run], width: Int)] = [([], 0)]
        var room = first
        for run in runs {
            var part = ""
            for ch in run.text {
                if room == 0 {
                    if !part.isEmpty { pieces[pieces.count - 1].runs.append(Run(text: part, codes: run.codes)) }
                    part = ""
                    pieces.append(([], 0))
                    room = then
                }
                part.append(ch)
                pieces[pieces.count - 1].width += 1
                room -= 1
            }
            if !part.isEmpty { pieces[pieces.count - 1].runs.append(Run(text: part, codes: run.codes)) }
        }
        return pieces
    }

    /// The runs with their escape codes. Each run closes its own, so a line break between
    /// words never leaves a style open; runs carry codes only when colour is on.
    static func styled(_ runs: [Run]) -> String {
        runs.map { $0.codes.isEmpty ? $0.text : "\u{1B}[\($0.codes)m\($0.text)\u{1B}[0m" }.joined()
    }

    /// Columns `s` takes: one per character, escape codes and combining marks none.
    static func visibleWidth(_ s: String) -> Int {
        visible(s).unicodeScalars.count { scalar in
            scalar.value >= 0x20 && scalar.properties.generalCategory != .nonspacingMark
                && scalar.properties.generalCategory != .enclosingMark
        }
    }

    /// `s` without escape sequences (`ESC [ ... letter`).
    static func visible(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var inEscape = false
        for scalar in s.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension RunnerOutput {
    /// Plain text (a question, an answer label) wrapped to the terminal's width.
    public func wrap(_ text: String, indent: String = "", rest: String = "") -> String {
        TextLayout.wrap(text, indent: indent, rest: rest, width: width)
    }

    /// A Markdown text block (`knowledge`, `situation`, `why`) laid out for the terminal.
    func markdown(_ text: String, indent: String = "") -> String {
        TerminalMarkdownRenderer(color: color, width: width).render(MarkdownDocument(parsing: text), indent: indent)
    }
}
