/// One questionnaire file's bytes, cleaned for lexing, with a table of line starts.
///
/// Offsets are byte offsets into `bytes`. Invalid UTF-8 bytes are replaced by `?` so that every
/// offset stays the same as in the file on disk; their positions are kept in `invalidUTF8Offsets`
/// for the checker to report. A UTF-8 byte order mark is skipped (`contentStart` is then 3).
public struct SourceFile: Sendable {
    /// The path shown in diagnostics.
    public let path: String
    /// The file's bytes, with invalid UTF-8 replaced by `?`.
    public let bytes: [UInt8]
    /// Where the content starts: after a byte order mark, if any.
    public let contentStart: Int
    /// The offset at which each line starts, 32 bits each (files are at most 64 MB): the table
    /// lives as long as the file, one entry per line.
    private let starts: [Int32]

    /// The offset at which each line starts; line 1 is `lineStarts[0]`. Builds a new array on
    /// each use: for one line, use `lineRange(_:)`.
    public var lineStarts: [Int] { starts.map(Int.init) }

    /// The offset at which line `index` (0-based) starts.
    func lineStart(_ index: Int) -> Int { Int(starts[index]) }
    /// The offsets of bytes that were not valid UTF-8.
    public let invalidUTF8Offsets: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        contentStart = hasBOM ? 3 : 0
        var invalid: [Int] = []
        invalid = UTF8Validation.invalidOffsets(in: bytes)
        for offset in invalid { bytes[offset] = UInt8(ascii: "?") }
        invalidUTF8Offsets = invalid
        self.bytes = bytes
        starts = Self.computeLineStarts(bytes, from: contentStart)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Line starts after `\n`, `\r\n` or a lone `\r`.
    private static func computeLineStarts(_ bytes: [UInt8], from start: Int) -> [Int32] {
        var starts = [Int32(start)]
        // Lines are rarely shorter than this: one allocation, most of the time.
        starts.reserveCapacity(bytes.count / 32 + 16)
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // Most bytes are neither terminator: one comparison passes them.
            if b > 0x0D { i += 1; continue }
            if b == 0x0A {
                starts.append(Int32(truncatingIfNeeded: i + 1))
            } else if b == 0x0D {
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(Int32(truncatingIfNeeded: i + 1))
            }
            i += 1
        }
        return starts
    }

    /// The number of lines (a file ending in a newline has an empty last line).
    public var lineCount: Int { starts.count }

    /// The byte range of line `index` (0-based), without its line terminator.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = Int(starts[index])
        var end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
        if end > start && bytes[end - 1] == 0x0A { end -= 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The 0-based line index that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and column of `offset`; the column counts Unicode scalars.
    public func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, contentStart), bytes.count)
        let line = lineIndex(of: offset)
        var column = 1
        var i = Int(starts[line])
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(path: path, line: line + 1, column: column, offset: offset)
    }

    /// The text of line `index` (0-based), without its terminator.
    public func lineText(_ index: Int) -> String {
        String(decoding: bytes[lineRange(index)], as: UTF8.self)
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

/// A point in a source file, as shown to people: 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(path: String, line: Int, column: Int, offset: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
