/// Markdown in text blocks that the language does not accept (docs/LANGUAGE.md, "Markdown").
extension Validator {
    /// Reports raw HTML, images, headings, unclosed `**`/`*` and bad link targets in every
    /// `knowledge`, `situation`, `why` and tip `text`, at their place in the file.
    func checkMarkdown(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for t in model.themes { if let text = t.knowledge { checkMarkdown(text, &d) } }
        for s in model.scenarios { if let text = s.situation { checkMarkdown(text, &d) } }
        for q in model.questions { if let text = q.decl.why { checkMarkdown(text, &d) } }
        for t in model.tips { if let text = t.text { checkMarkdown(text, &d) } }
    }

    private func checkMarkdown(_ value: TextValue, _ d: inout DiagnosticEngine) {
        if let block = value.blockSource {
            // A block is parsed where it is in the file: its spans are places in the file.
            let bytes = block.source.bytes
            let range = value.span.start..<min(value.span.end, bytes.count)
            // Most prose has no character that can make a problem.
            guard bytes[range].contains(where: Self.mayStartProblem) else { return }
            for problem in MarkdownParser.parse(bytes, in: range, keepText: false).problems {
                let written = String(decoding: bytes[problem.span], as: UTF8.self)
                let (id, message) = Self.finding(problem.kind, written)
                d.error(id, message, at: Span(file: value.span.file, start: problem.span.lowerBound, end: problem.span.upperBound))
            }
            return
        }
        let bytes = Array(value.text.utf8)
        let problems = MarkdownParser.parse(bytes, keepText: false).problems
        guard !problems.isEmpty else { return }
        let positions = TextPositions(value, files: d.files)
        for problem in problems {
            let written = String(decoding: bytes[problem.span], as: UTF8.self)
            let (id, message) = Self.finding(problem.kind, written)
            d.error(id, message, at: positions.span(problem.span))
        }
    }

    private static func mayStartProblem(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "<") || b == UInt8(ascii: "[")
            || b == UInt8(ascii: "#")
    }

    /// The id and the message of a Markdown problem, `written` being the text at its place.
    static func finding(_ kind: MarkdownProblem.Kind, _ written: String) -> (DiagnosticID, String) {
        switch kind {
        case .rawHTML: (.markdownHTML, "HTML (`\(written)`) kan niet in tekst; schrijf het als Markdown, bijvoorbeeld **vet**, of laat het weg")
        case .image: (.markdownImage, "een afbeelding kan niet in tekst; maak er een link van (`[tekst](https://...)`) of een `resource`")
        case .heading: (.markdownHeading, "een kopje (`\(written)`) kan niet in tekst; begin de alinea met **vette tekst**")
        case .unclosedStrong: (.markdownUnclosedStrong, "`\(written)` wordt niet gesloten; zet het ook achter de vette tekst, of schrijf `\\*` voor een los sterretje")
        case .unclosedEmphasis: (.markdownUnclosedEmphasis, "`*` wordt niet gesloten; zet het ook achter de schuine tekst, of schrijf `\\*` voor een los sterretje")
        case .badLink(let problem): (.markdownBadLink, "ongeldig webadres in link: \(problem)")
        }
    }
}

/// Maps byte offsets in a string's text (`TextValue.text`) back to offsets in its file.
///
/// A string loses its quotes and escapes when decoded; the Markdown parser works on the
/// decoded text, the checker points into the file.
struct TextPositions {
    /// Decoded offset where a piece starts, and the file offset it came from.
    private var pieces: [(decoded: Int, file: Int)] = []
    private let span: Span

    init(_ value: TextValue, files: [SourceFile]) {
        span = value.span
        guard span.file >= 0 && span.file < files.count else { return }
        let bytes = files[span.file].bytes
        let end = min(span.end, bytes.count)
        if span.start < end && bytes[span.start] == UInt8(ascii: "\"") {
            // One piece a byte: a `\x` escape is one decoded byte for two in the file.
            var i = span.start + 1
            var decoded = 0
            while i < end && !(bytes[i] == UInt8(ascii: "\"") && i == end - 1) {
                pieces.append((decoded, i))
                i += bytes[i] == UInt8(ascii: "\\") && i + 1 < end ? 2 : 1
                decoded += 1
            }
        } else {
            pieces = [(0, span.start)]
        }
    }

    /// The file offset of decoded offset `offset`.
    func fileOffset(_ offset: Int) -> Int {
        guard let piece = pieces.last(where: { $0.decoded <= offset }) ?? pieces.first else { return span.start }
        return piece.file + max(0, offset - piece.decoded)
    }

    /// The place in the file of the decoded range `range`.
    func span(_ range: Range<Int>) -> Span {
        guard span.file >= 0 else { return span }
        let start = fileOffset(range.lowerBound)
        let end = range.isEmpty ? start : fileOffset(range.upperBound - 1) + 1
        return Span(file: span.file, start: start, end: max(end, start + 1))
    }
}
