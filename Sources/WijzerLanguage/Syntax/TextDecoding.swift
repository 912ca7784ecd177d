/// Turns the bytes of a string token or a text block into the text it stands for.
///
/// Used lazily by `TextValue`, so that parsing never copies prose it does not need.
enum TextDecoding {
    /// The range between a string token's quotes (an unterminated string has no closing one).
    /// A string opened by a typographic quote (an error, `Lookalike`) loses its three-byte quotes.
    static func quotedContent(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int> {
        guard start < end, end <= bytes.count else { return start..<start }
        let typographic = bytes[start] == 0xE2
        var from = min(start + (typographic ? 3 : 1), end)
        var to = end
        if to > from && bytes[to - 1] == UInt8(ascii: "\"") {
            to -= 1
        } else if typographic && to - 3 >= from && bytes[to - 3] == 0xE2 {
            to -= 3
        } else {
            from = min(from, to)
        }
        return from..<to
    }

    /// A string token's text without quotes, with `\x` escapes resolved to `x`.
    static func unquote(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        let content = quotedContent(bytes, start, end)
        let slice = bytes[content]
        // Most strings have no escapes and need only one copy.
        guard slice.contains(UInt8(ascii: "\\")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            if slice[i] == UInt8(ascii: "\\") && i + 1 < slice.endIndex {
                out.append(slice[i + 1])
                i += 2
            } else {
                out.append(slice[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a block: its lines without the block's own `indent` (deeper indentation is
    /// kept as spaces; a tab counts to the next multiple of four), trailing blanks removed,
    /// leading empty lines dropped, lines joined with `\n`.
    static func block(_ bytes: [UInt8], _ start: Int, _ end: Int, indent: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(max(0, end - start))
        var first = true
        forEachLine(bytes, start, end) { column, content, _ in
            if content.isEmpty {
                if !first { out.append(0x0A) }
                return
            }
            if !first { out.append(0x0A) }
            first = false
            if column > indent { out.append(contentsOf: repeatElement(0x20, count: column - indent)) }
            out.append(contentsOf: content)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of one step of a `steps` block: its `- ` line without the dash, joined by
    /// spaces with the lines that continue it (`bytes[start..<end]`).
    static func step(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(max(0, end - start))
        var first = true
        forEachLine(bytes, start, end) { _, line, _ in
            guard !line.isEmpty else { return }
            var from = 0
            if first {
                from = 1
                first = false
            } else {
                out.append(0x20)
            }
            while from < line.count && line[line.startIndex + from] == 0x20 { from += 1 }
            out.append(contentsOf: line.dropFirst(from))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body` with each line of `bytes[start..<end]`: its indentation in columns, its
    /// content without indentation and trailing blanks (empty for a blank line), and the offset
    /// at which that content starts.
    static func forEachLine(_ bytes: [UInt8], _ start: Int, _ end: Int,
                            _ body: (_ column: Int, _ content: ArraySlice<UInt8>, _ offset: Int) -> Void) {
        guard start <= end, end <= bytes.count else { return }
        var lineStart = start
        while lineStart <= end {
            // The line ends at `\n`, `\r\n` or a lone `\r`, as in `SourceFile`.
            var lineEnd = lineStart
            while lineEnd < end && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let (column, contentStart) = measureIndent(bytes, lineStart, lineEnd)
            var contentEnd = lineEnd
            while contentEnd > contentStart && (bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09) {
                contentEnd -= 1
            }
            body(column, bytes[contentStart..<contentEnd], contentStart)
            guard lineEnd < end else { break }
            lineStart = lineEnd + (bytes[lineEnd] == 0x0D && lineEnd + 1 < end && bytes[lineEnd + 1] == 0x0A ? 2 : 1)
        }
    }

    /// Columns of indentation (a tab goes to the next multiple of four) and where content starts.
    @inline(__always)
    static func measureIndent(_ buf: [UInt8], _ start: Int, _ end: Int) -> (column: Int, contentStart: Int) {
        var column = 0
        var i = start
        while i < end {
            let b = buf[i]
            if b == 0x20 {
                column += 1
            } else if b == 0x09 {
                column = (column / 4 + 1) * 4
            } else if b == 0xC2 && i + 1 < end && buf[i + 1] == 0xA0 {
                // A no-break space (reported as a lookalike) counts as the space it was meant to be.
                column += 1
                i += 2
                continue
            } else {
                break
            }
            i += 1
        }
        return (column, i)
    }
}
