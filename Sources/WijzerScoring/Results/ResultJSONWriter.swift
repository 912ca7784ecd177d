import Foundation
import WijzerLanguage

/// Writes a self-check as JSON, byte for byte as Foundation's `JSONEncoder` wrote it with
/// `.sortedKeys`, `.iso8601` dates and, for files, `.prettyPrinted` (two spaces, `"key" : value`,
/// `/` as `\/`). `ResultJSONTests` holds it to that over generated documents, so the
/// `Codable` conformances stay the one description of the format; decoding still uses them.
///
/// Why by hand: `wijzer serve` writes a teacher's whole self-check with every answer saved, and
/// `JSONEncoder`'s generic containers took a sixth of the server's time per save at saturation
/// (Benchmarks/serve, perf). Keys are written in sorted order by the `write` functions below.
struct ResultJSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var level = 0
    /// Whether the container being written has no member yet.
    private var empty = true
    /// A line written before, whose themes are copied where they are the same (one line only).
    private let previous: ResultCodec.Line?
    /// Where each theme's JSON is in `bytes`, in the order of the themes.
    private(set) var themeRanges: [Range<Int>] = []

    init(pretty: Bool, reusing previous: ResultCodec.Line? = nil) {
        self.pretty = pretty
        self.previous = pretty ? nil : previous
        bytes.reserveCapacity(previous?.text.utf8.count ?? 2048)
    }

    // MARK: The documents' parts, keys in sorted order

    mutating func write(_ d: ResultDocument) {
        object { w in
            w.member("created") { $0.date(d.created) }
            w.member("formatVersion") { $0.int(d.formatVersion) }
            if let name = d.name { w.member("name") { $0.string(name) } }
            w.member("questionnaire") { w in
                w.object { w in
                    w.member("contentHash") { $0.string(d.questionnaire.contentHash) }
                    w.member("id") { $0.string(d.questionnaire.id) }
                    w.member("version") { $0.string(d.questionnaire.version) }
                }
            }
            if let respondent = d.respondent { w.member("respondent") { $0.string(respondent) } }
            w.member("themes") { $0.array(d.themes.indices) { $0.theme(d.themes[$1], at: $1) } }
            w.member("updated") { $0.date(d.updated) }
        }
    }

    /// The theme at `index`: its bytes in the previous line when it is the same theme there
    /// (an unchanged theme of a document changed elsewhere shares its arrays with the previous
    /// one, so the comparison is short), else written.
    private mutating func theme(_ t: ThemeResult, at index: Int) {
        let start = bytes.count
        defer { themeRanges.append(start ..< bytes.count) }
        if let previous, index < previous.themes.count, previous.document.themes.indices.contains(index),
           previous.document.themes[index] == t,
           previous.text.utf8.withContiguousStorageIfAvailable({ bytes += $0[previous.themes[index]] }) != nil {
            return
        }
        write(t)
    }

    private mutating func write(_ t: ThemeResult) {
        object { w in
            w.member("answers") { $0.array(t.answers) { $0.write($1) } }
            if let completed = t.completed { w.member("completed") { $0.date(completed) } }
            w.member("dimensions") { w in
                w.array(t.dimensions) { w, s in
                    w.object { w in
                        w.member("counted") { $0.int(s.counted) }
                        w.member("dimension") { $0.string(s.dimension) }
                        if let score = s.score { w.member("score") { $0.int(score) } }
                        w.member("theme") { $0.string(s.theme) }
                    }
                }
            }
            w.member("reflections") { $0.array(t.reflections) { $0.threeStrings(("question", $1.question), ("text", $1.text), ("theme", $1.theme)) } }
            if let score = t.score { w.member("score") { $0.int(score) } }
            w.member("skipped") { $0.array(t.skipped) { $0.string($1) } }
            w.member("strengths") { $0.array(t.strengths) { $0.threeStrings(("question", $1.question), ("text", $1.text), ("theme", $1.theme)) } }
            w.member("theme") { $0.string(t.theme) }
            w.member("tips") { w in
                w.array(t.tips) { w, tip in
                    w.object { w in
                        w.member("reasons") { w in
                            w.array(tip.reasons) { w, r in
                                w.object { w in
                                    w.member("question") { $0.string(r.question) }
                                    w.member("weight") { $0.int(r.weight) }
                                }
                            }
                        }
                        w.member("tip") { $0.string(tip.tip) }
                        w.member("weight") { $0.int(tip.weight) }
                    }
                }
            }
        }
    }

    private mutating func write(_ a: AnswerRecord) {
        object { w in
            w.member("answer") { $0.write(a.answer) }
            w.member("at") { $0.date(a.at) }
            if let fingerprint = a.fingerprint { w.member("fingerprint") { $0.string(fingerprint) } }
            w.member("question") { $0.string(a.question) }
            if let share = a.shareAnonymously { w.member("shareAnonymously") { $0.bool(share) } }
        }
    }

    /// One key for the kind of answer, as `AnswerValue.encode(to:)` writes it.
    private mutating func write(_ value: AnswerValue) {
        object { w in
            switch value {
            case .option(let key): w.member("option") { $0.string(key) }
            case .options(let keys): w.member("options") { $0.array(keys) { $0.string($1) } }
            case .number(let n):
                if let whole = n.whole { w.member("number") { $0.int(whole) } } else { w.member("number") { $0.double(n.doubleValue) } }
            case .text(let text): w.member("text") { $0.string(text) }
            case .notApplicable: w.member("notApplicable") { $0.bool(true) }
            case .dontKnow: w.member("dontKnow") { $0.bool(true) }
            }
        }
    }

    private mutating func threeStrings(_ a: (String, String), _ b: (String, String), _ c: (String, String)) {
        object { w in
            for (key, value) in [a, b, c] { w.member(key) { $0.string(value) } }
        }
    }

    // MARK: JSON as JSONEncoder writes it

    private mutating func object(_ body: (inout Self) -> Void) { container(UInt8(ascii: "{"), UInt8(ascii: "}"), body) }

    private mutating func array<S: Sequence>(_ items: S, _ element: (inout Self, S.Element) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]")) { w in
            for item in items {
                w.separate()
                element(&w, item)
            }
        }
    }

    /// A container: pretty, each member on its own line and an empty one as an empty line.
    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout Self) -> Void) {
        let outer = empty
        bytes.append(open)
        level += 1
        empty = true
        body(&self)
        level -= 1
        if pretty {
            if empty { bytes.append(0x0A) }
            newline()
        }
        bytes.append(close)
        empty = outer
    }

    /// A member named `key`: one of the names in this file, which need no escapes.
    private mutating func member(_ key: String, _ value: (inout Self) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes += key.utf8
        bytes.append(UInt8(ascii: "\""))
        if pretty { bytes += " : ".utf8 } else { bytes.append(UInt8(ascii: ":")) }
        value(&self)
    }

    /// Before a member or element: a comma after the one before, and its own line.
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * level)
    }

    private mutating func int(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimal(n.magnitude)
    }
    private mutating func double(_ d: Double) { bytes += d.description.utf8 }
    private mutating func bool(_ b: Bool) { bytes += (b ? "true" : "false").utf8 }
    /// A date's text (digits, `-`, `:`, `.`, `T`, `Z`: nothing to escape), written into the bytes.
    private mutating func date(_ d: Date) {
        bytes.append(UInt8(ascii: "\""))
        ISODate.append(d, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string literal: `"`, `\`, `/` and control characters escaped as JSONEncoder does.
    private mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts (keys, ids, dates) have nothing to escape: their bytes go in at once, and
        // are looked over where they landed (an array's bytes are scanned faster than a
        // string's: the scan was a third of writing a self-check; Benchmarks/serve, perf).
        let start = bytes.count
        bytes += s.utf8
        guard bytes[start...].contains(where: Self.isEscaped) else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        bytes.removeSubrange(start...)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case UInt8(ascii: "/"): bytes += #"\/"#.utf8
            case 0x0A: bytes += #"\n"#.utf8
            case 0x0D: bytes += #"\r"#.utf8
            case 0x09: bytes += #"\t"#.utf8
            case 0x08: bytes += #"\b"#.utf8
            case 0x0C: bytes += #"\f"#.utf8
            case 0x00 ..< 0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += #"\u00"#.utf8
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether `string(_:)` writes `byte` as an escape: the ones its switch names.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
    }
}
