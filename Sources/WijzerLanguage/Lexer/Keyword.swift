/// The language's keywords, each with its English spelling and Dutch aliases.
public enum Keyword: String, Sendable, CaseIterable {
    case questionnaire, version, theme, order, opening, knowledge, source, resource
    case dimension, `in`, scenario, situation, question, why
    case showIf = "show-if"
    case choice, multiple, likert, number, step, unit, yesno, reflection
    case notApplicable = "not-applicable"
    case score, scale, reverse, when, tip, weight, strength
    case timeframe, text, steps, notice, example, answers, expect, tips, no, between
    case and, or, not, answer, has, `is`, answered, skipped
    case exclusive, min, max
    case dontKnow = "dont-know"
    case after, shuffle, condition
    // What a set says about itself, in its `questionnaire` declaration.
    case publisher, intro, minutes, guide, praise, attribution

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
        "stap": .step, "eenheid": .unit, "janee": .yesno, "reflectie": .reflection, "nvt-optie": .notApplicable,
        "als": .when, "gewicht": .weight, "sterkte": .strength, "termijn": .timeframe,
        "tekst": .text, "stappen": .steps, "merkbaar": .notice, "voorbeeld": .example,
        "antwoorden": .answers, "verwacht": .expect, "geen": .no, "tussen": .between,
        "en": .and, "of": .or, "niet": .not, "antwoord": .answer, "heeft": .has,
        "beantwoord": .answered, "overgeslagen": .skipped,
        "exclusief": .exclusive, "minstens": .min, "hoogstens": .max,
        "weet-niet": .dontKnow, "na": .after, "door-elkaar": .shuffle, "voorwaarde": .condition,
        "uitgever": .publisher, "inleiding": .intro, "minuten": .minutes, "handreiking": .guide,
        "compliment": .praise, "bronvermelding": .attribution,
        // Not `schaal`, which is `likert`: `score DIM evenredig` counts along the scale.
        "evenredig": .scale, "omgekeerd": .reverse,
    ]

    /// Every spelling (English and Dutch) by byte length, for matching tokens without making
    /// a String: the parser asks "is this token keyword k?" several times per line.
    private static let spellingsByLength: [[([UInt8], Keyword)]] = {
        var table = [[([UInt8], Keyword)]](repeating: [], count: 24)
        for k in Keyword.allCases { table[k.rawValue.utf8.count].append((Array(k.rawValue.utf8), k)) }
        for (word, k) in aliases { table[word.utf8.count].append((Array(word.utf8), k)) }
        return table
    }()

    /// The keyword spelled by `bytes[range]`, if any.
    public static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Keyword? {
        let n = range.count
        guard n > 0 && n < spellingsByLength.count else { return nil }
        candidates: for (spelling, k) in spellingsByLength[n] {
            var i = range.lowerBound
            for b in spelling {
                if bytes[i] != b { continue candidates }
                i += 1
            }
            return k
        }
        return nil
    }

    /// Fields that take a text block when written alone on their line.
    public var opensTextBlock: Bool {
        switch self {
        case .knowledge, .situation, .why, .text, .steps, .intro: true
        default: false
        }
    }
}
