import WijzerLanguage
import WijzerScoring
import WijzerReports

/// A fast, hand-written reader for result files that extracts only what team aggregation needs:
/// the format version, the questionnaire stamp, `created`/`updated` and, per answer, the question
/// id, the value and the fingerprint. Everything else (names, scores, tips, timestamps of
/// answers) is checked to be well-formed JSON and skipped, never kept.
///
/// Why not `JSONDecoder`: Foundation's decoder builds a dictionary tree and decodes every field
/// of every file; for 100,000 result files of 1.3 KB it takes about 13 s on the team machine,
/// slower than Python's `json`. This reader makes one pass over the UTF-8 bytes, copies the few
/// strings it keeps into a reused byte arena and allocates nothing per file once warm.
/// It rejects malformed input (truncation, bad escapes, invalid UTF-8, control characters,
/// trailing garbage, nesting deeper than `maxDepth`, integers that overflow) with a Dutch message
/// naming the field, like `ResultCodec`.
struct ResultScanner {
    /// A range of bytes in `arena`.
    struct Slice: Sendable, Equatable {
        var start: Int
        var count: Int
    }

    /// An answer's value as written; strings are slices of the arena.
    enum Value: Sendable, Equatable {
        case option(Slice)
        /// `optionSlices[first ..< first + count]`.
        case options(first: Int, count: Int)
        case number(Int)
        case text(Slice)
        case notApplicable
    }

    /// One answer record.
    struct Answer: Sendable {
        var question: Slice
        var value: Value
        var fingerprint: Slice?
    }

    /// Why a file cannot be read: a Dutch message, naming the field where known.
    struct Failure: Error, Sendable, Equatable {
        var message: String
    }

    static let maxDepth = 64

    private(set) var arena: [UInt8] = []
    private(set) var optionSlices: [Slice] = []
    private(set) var answers: [Answer] = []
    private(set) var formatVersion: Int?
    private(set) var questionnaireID: Slice?
    private(set) var version: Slice?
    private(set) var contentHash: Slice?
    private(set) var created: Slice?
    private(set) var updated: Slice?

    init() {
        arena.reserveCapacity(4096)
        answers.reserveCapacity(128)
    }

    /// The bytes of `slice`.
    func bytes(_ slice: Slice) -> ArraySlice<UInt8> { arena[slice.start ..< slice.start + slice.count] }

    /// The text of `slice` (valid UTF-8: the reader checked it).
    func string(_ slice: Slice) -> String { String(decoding: bytes(slice), as: UTF8.self) }

    /// Reads `input`; on success the properties describe the file.
    mutating func scan(_ input: UnsafeBufferPointer<UInt8>) throws(Failure) {
        arena.removeAll(keepingCapacity: true)
        optionSlices.removeAll(keepingCapacity: true)
        answers.removeAll(keepingCapacity: true)
        formatVersion = nil
        questionnaireID = nil; version = nil; contentHash = nil; created = nil; updated = nil
        var c = Cursor(input)
        do {
            try document(&c)
        } catch {
            if let v = formatVersion, v > ResultDocument.currentFormatVersion { throw newer(v) }
            throw error
        }
    }

    /// A value of the wrong type, or the end of a truncated file.
    private static func wrongType(_ c: Cursor, _ field: @autoclosure () -> String, _ expected: String) -> Failure {
        if c.atEnd { return c.syntax("onverwacht einde", path: field()) }
        return Failure(message: "veld `\(field())` heeft het verkeerde type (verwacht \(expected))")
    }

    private func newer(_ v: Int) -> Failure {
        Failure(message: ResultCodec.newerFormat(v))
    }

    // MARK: - Structure

    private mutating func document(_ c: inout Cursor) throws(Failure) {
        c.skipWhitespace()
        if c.atEnd { throw Failure(message: "geen geldig resultaatbestand (leeg bestand)") }
        if c.peek != UInt8(ascii: "{") { throw Failure(message: "geen geldig resultaatbestand (geen JSON-object)") }
        var sawThemes = false
        try object(&c, path: "") { (s: inout ResultScanner, c: inout Cursor, key: Key) throws(Failure) in
            switch key {
            case .formatVersion:
                let v = try c.integer(field: "formatVersion")
                s.formatVersion = v
            case .questionnaire:
                try s.stamp(&c)
            case .created: s.created = try s.string(&c, field: "created")
            case .updated: s.updated = try s.string(&c, field: "updated")
            case .themes:
                sawThemes = true
                try s.themes(&c)
            default: try c.skipValue(depth: 1)
            }
        }
        c.skipWhitespace()
        if !c.atEnd { throw Failure(message: "geen geldige JSON: tekst na het einde van het object (regel \(c.line))") }
        guard let v = formatVersion else {
            throw Failure(message: ResultCodec.missingFormatVersion)
        }
        if v > ResultDocument.currentFormatVersion { throw newer(v) }
        if v < 1 { throw Failure(message: ResultCodec.unknownFormat(v)) }
        if questionnaireID == nil && version == nil && contentHash == nil { throw Failure(message: "veld `questionnaire` ontbreekt") }
        if questionnaireID == nil { throw Failure(message: "veld `questionnaire.id` ontbreekt") }
        if version == nil { throw Failure(message: "veld `questionnaire.version` ontbreekt") }
        if contentHash == nil { throw Failure(message: "veld `questionnaire.contentHash` ontbreekt") }
        if created == nil { throw Failure(message: "veld `created` ontbreekt") }
        guard let updated else { throw Failure(message: "veld `updated` ontbreekt") }
        if !Self.isTimestamp(bytes(updated)) {
            throw Failure(message: "veld `updated`: geen datum (ISO 8601, bijvoorbeeld 2026-11-30T10:15:00Z)")
        }
        if !sawThemes { throw Failure(message: "veld `themes` ontbreekt") }
    }

    private mutating func stamp(_ c: inout Cursor) throws(Failure) {
        if c.peekValue != UInt8(ascii: "{") { throw Self.wrongType(c, "questionnaire", "object") }
        try object(&c, path: "questionnaire") { (s: inout ResultScanner, c: inout Cursor, key: Key) throws(Failure) in
            switch key {
            case .id: s.questionnaireID = try s.string(&c, field: "questionnaire.id")
            case .version: s.version = try s.string(&c, field: "questionnaire.version")
            case .contentHash: s.contentHash = try s.string(&c, field: "questionnaire.contentHash")
            default: try c.skipValue(depth: 2)
            }
        }
    }

    private mutating func themes(_ c: inout Cursor) throws(Failure) {
        if c.peekValue != UInt8(ascii: "[") { throw Self.wrongType(c, "themes", "lijst") }
        var t = 0
        try array(&c, path: "themes") { (s: inout ResultScanner, c: inout Cursor) throws(Failure) in
            let index = t
            func path() -> String { "themes[\(index)]" }
            if c.peekValue != UInt8(ascii: "{") { throw Self.wrongType(c, path(), "object") }
            try s.object(&c, path: path()) { (s: inout ResultScanner, c: inout Cursor, key: Key) throws(Failure) in
                if key == .answers { try s.answerList(&c, path: path() + ".answers") } else { try c.skipValue(depth: 3) }
            }
            t += 1
        }
    }

    private mutating func answerList(_ c: inout Cursor, path: @autoclosure () -> String) throws(Failure) {
        if c.peekValue != UInt8(ascii: "[") { throw Self.wrongType(c, "\(path())", "lijst") }
        var i = 0
        try array(&c, path: path()) { (s: inout ResultScanner, c: inout Cursor) throws(Failure) in
            try s.answerRecord(&c, path: "\(path())[\(i)]")
            i += 1
        }
    }

    private mutating func answerRecord(_ c: inout Cursor, path: @autoclosure () -> String) throws(Failure) {
        if c.peekValue != UInt8(ascii: "{") { throw Self.wrongType(c, "\(path())", "object") }
        var question: Slice?
        var value: Value?
        var fingerprint: Slice?
        try object(&c, path: path()) { (s: inout ResultScanner, c: inout Cursor, key: Key) throws(Failure) in
            switch key {
            case .question: question = try s.string(&c, field: path() + ".question")
            case .answer: value = try s.answerValue(&c, path: path() + ".answer")
            case .fingerprint:
                if c.peekValue == UInt8(ascii: "n") { try c.skipValue(depth: 5) } else { fingerprint = try s.string(&c, field: path() + ".fingerprint") }
            default: try c.skipValue(depth: 5)
            }
        }
        guard let question else { throw Failure(message: "veld `\(path()).question` ontbreekt") }
        guard let value else { throw Failure(message: "veld `\(path()).answer` ontbreekt") }
        answers.append(Answer(question: question, value: value, fingerprint: fingerprint))
    }

    private mutating func answerValue(_ c: inout Cursor, path: @autoclosure () -> String) throws(Failure) -> Value {
        if c.peekValue != UInt8(ascii: "{") { throw Self.wrongType(c, "\(path())", "object") }
        var value: Value?
        var keys = 0
        func exactlyOne() -> Failure {
            Failure(message: "veld `\(path())`: een antwoord heeft precies één van: option, options, number, text, notApplicable")
        }
        try object(&c, path: path()) { (s: inout ResultScanner, c: inout Cursor, key: Key) throws(Failure) in
            keys += 1
            switch key {
            case .option: value = .option(try s.string(&c, field: path() + ".option"))
            case .number: value = .number(try c.integer(field: path() + ".number"))
            case .text: value = .text(try s.string(&c, field: path() + ".text"))
            case .notApplicable:
                guard try c.boolean(field: path() + ".notApplicable") else {
                    throw Failure(message: "veld `\(path()).notApplicable`: notApplicable is altijd true")
                }
                value = .notApplicable
            case .options:
                if c.peekValue != UInt8(ascii: "[") { throw Self.wrongType(c, "\(path()).options", "lijst") }
                let first = s.optionSlices.count
                var n = 0
                try s.array(&c, path: path() + ".options") { (s: inout ResultScanner, c: inout Cursor) throws(Failure) in
                    s.optionSlices.append(try s.string(&c, field: "\(path()).options[\(n)]"))
                    n += 1
                }
                value = .options(first: first, count: n)
            default: throw exactlyOne()
            }
        }
        guard keys == 1, let value else { throw exactlyOne() }
        return value
    }

    // MARK: - Containers

    /// The keys this reader acts on; everything else is `.other` and skipped.
    enum Key {
        case formatVersion, questionnaire, created, updated, themes, id, version, contentHash
        case answers, question, answer, fingerprint, option, options, number, text, notApplicable, other

        static let table: [([UInt8], Key)] = ([
            ("formatVersion", .formatVersion), ("questionnaire", .questionnaire), ("created", .created),
            ("updated", .updated), ("themes", .themes), ("id", .id), ("version", .version),
            ("contentHash", .contentHash), ("answers", .answers), ("question", .question), ("answer", .answer),
            ("fingerprint", .fingerprint), ("option", .option), ("options", .options), ("number", .number),
            ("text", .text), ("notApplicable", .notApplicable),
        ] as [(String, Key)]).map { (Array($0.0.utf8), $0.1) }

        static func of(_ bytes: ArraySlice<UInt8>) -> Key {
            for (name, key) in table where name.count == bytes.count && name[...] == bytes { return key }
            return .other
        }
    }

    /// Reads an object at the cursor, calling `member` with the cursor at each value.
    private mutating func object(_ c: inout Cursor, path: @autoclosure () -> String,
                                 _ member: (inout ResultScanner, inout Cursor, Key) throws(Failure) -> Void) throws(Failure) {
        c.skipWhitespace()
        try c.expect(UInt8(ascii: "{"), path: path())
        c.skipWhitespace()
        if c.peek == UInt8(ascii: "}") { c.advance(); return }
        while true {
            c.skipWhitespace()
            if c.peek != UInt8(ascii: "\"") { throw c.syntax("veldnaam verwacht", path: path()) }
            let mark = arena.count
            try c.string(into: &arena, path: path())
            let key = Key.of(arena[mark...])
            arena.removeSubrange(mark...)
            c.skipWhitespace()
            try c.expect(UInt8(ascii: ":"), path: path())
            c.skipWhitespace()
            try member(&self, &c, key)
            c.skipWhitespace()
            if c.peek == UInt8(ascii: ",") { c.advance(); continue }
            try c.expect(UInt8(ascii: "}"), path: path())
            return
        }
    }

    /// Reads an array at the cursor, calling `element` with the cursor at each element.
    private mutating func array(_ c: inout Cursor, path: @autoclosure () -> String,
                                _ element: (inout ResultScanner, inout Cursor) throws(Failure) -> Void) throws(Failure) {
        c.skipWhitespace()
        try c.expect(UInt8(ascii: "["), path: path())
        c.skipWhitespace()
        if c.peek == UInt8(ascii: "]") { c.advance(); return }
        while true {
            c.skipWhitespace()
            try element(&self, &c)
            c.skipWhitespace()
            if c.peek == UInt8(ascii: ",") { c.advance(); continue }
            try c.expect(UInt8(ascii: "]"), path: path())
            return
        }
    }

    private mutating func string(_ c: inout Cursor, field: @autoclosure () -> String) throws(Failure) -> Slice {
        c.skipWhitespace()
        if c.peek != UInt8(ascii: "\"") {
            if c.atEnd { throw c.syntax("onverwacht einde", path: field()) }
            throw Failure(message: "veld `\(field())` heeft het verkeerde type (verwacht tekst)")
        }
        let start = arena.count
        try c.string(into: &arena, path: field())
        return Slice(start: start, count: arena.count - start)
    }

    /// `2026-11-30T10:15:00` followed by `Z`, an offset or fractional seconds.
    static func isTimestamp(_ b: ArraySlice<UInt8>) -> Bool {
        let d = Array(b)
        guard d.count >= 20 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        for i in digits where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d[i]) { return false }
        return d[4] == UInt8(ascii: "-") && d[7] == UInt8(ascii: "-") && d[10] == UInt8(ascii: "T")
            && d[13] == UInt8(ascii: ":") && d[16] == UInt8(ascii: ":")
    }
}
