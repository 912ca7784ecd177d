/// The language's keywords, each with its English spelling and Dutch aliases.
public enum Keyword: String, Sendable, CaseIterable {
    case questionnaire, version, theme, order, opening, knowledge, source, resource
    case dimension, `in`, scenario, situation, question, why
    case showIf = "show-if"
    case choice, multiple, likert, number, unit, yesno, reflection
    case notApplicable = "not-applicable"
    case score, scale, reverse, when, tip, weight, strength
    case timeframe, text, steps, notice, example, answers, expect, tips, no, between
    case and, or, not, answer, has, `is`, answered, skipped

    /// The keyword a word stands for, if any (English or Dutch alias).
    public init?(word: String) {
        if let k = Keyword(rawValue: word) { self = k; return }
        guard let k = Keyword.aliases[word] else { return nil }
        self = k
    }

    /// Dutch aliases; `wijzer fmt` writes the English form.
    public static let aliases: [String: Keyword] = [
        "vragenlijst": .questionnaire, "versie": .version, "thema": .theme, "volgorde": .order,
        "kennis": .knowledge, "bron": .source, "hulpbron": .resource, "dimensie": .dimension,
        "situatie": .situation, "vraag": .question, "waarom": .why, "toon-als": .showIf,
        "keuze": .choice, "meerkeuze": .multiple, "schaal": .likert, "getal": .number,
        "eenheid": .unit, "janee": .yesno, "reflectie": .reflection, "nvt-optie": .notApplicable,
        "als": .when, "gewicht": .weight, "sterkte": .strength, "termijn": .timeframe,
        "tekst": .text, "stappen": .steps, "merkbaar": .notice, "voorbeeld": .example,
        "antwoorden": .answers, "verwacht": .expect, "geen": .no, "tussen": .between,
        "en": .and, "of": .or, "niet": .not, "antwoord": .answer, "heeft": .has,
        "beantwoord": .answered, "overgeslagen": .skipped,
    ]

    /// Every spelling (English and Dutch) by byte length, for matching tokens without making
    /// a String: its first eight bytes as one little-endian word, and the bytes after them.
    private static let spellingsByLength: [[(head: UInt64, tail: [UInt8], keyword: Keyword)]] = {
        var table = [[(head: UInt64, tail: [UInt8], keyword: Keyword)]](repeating: [], count: 24)
        func add(_ word: String, _ k: Keyword) {
            let bytes = Array(word.utf8)
            var head: UInt64 = 0
            for (i, b) in bytes.prefix(8).enumerated() { head |= UInt64(b) << (8 * UInt64(i)) }
            table[bytes.count].append((head, Array(bytes.dropFirst(8)), k))
        }
        for k in Keyword.allCases { add(k.rawValue, k) }
        for (word, k) in aliases.sorted(by: { $0.key < $1.key }) { add(word, k) }
        return table
    }()

    /// The keyword spelled by `bytes[range]`, if any.
    public static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Keyword? {
        bytes.withUnsafeBufferPointer { match($0, range) }
    }

    /// The keyword spelled by `bytes[range]`, if any: the first eight bytes compared as one
    /// word with each spelling of that length, the rest (of the few longer ones) byte by byte.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Keyword? {
        let n = range.count
        guard n > 0 && n < spellingsByLength.count else { return nil }
        var head: UInt64 = 0
        for i in 0..<min(n, 8) { head |= UInt64(bytes[range.lowerBound + i]) << (8 * UInt64(i)) }
        candidates: for spelling in spellingsByLength[n] where spelling.head == head {
            var i = range.lowerBound + 8
            for b in spelling.tail {
                if bytes[i] != b { continue candidates }
                i += 1
            }
            return spelling.keyword
        }
        return nil
    }

    /// Fields that take a text block when written alone on their line.
    public var opensTextBlock: Bool {
        switch self {
        case .knowledge, .situation, .why, .text, .steps: true
        default: false
        }
    }
}
