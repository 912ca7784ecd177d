/// Generates valid questionnaire text from a stream of choices, in varied layouts.
///
/// Used by the property tests (the choices come from the property-test generator, so failures
/// shrink) and by the benchmark (which asks for megabytes of it). Every generated set parses
/// without errors; the `messy` layout uses Dutch aliases, odd spacing, tabs-free indentation of
/// varying width, comments, blank lines and CRLF endings, all of which `wijzer fmt` normalises.
public struct SyntheticQuestionnaire {
    private var choices: [Int]
    private var position = 0
    private let messy: Bool
    private var lines: [String] = []
    private var unit: Int = 2

    public init(choices: [Int], messy: Bool) {
        self.choices = choices.isEmpty ? [0] : choices
        self.messy = messy
    }

    /// The next choice in `0..<n`; the stream repeats when exhausted.
    private mutating func pick(_ n: Int) -> Int {
        defer { position += 1 }
        let c = choices[position % choices.count] &+ position &* 7919
        return abs(c % max(n, 1))
    }

    private mutating func kw(_ english: String, _ dutch: String) -> String {
        messy && pick(3) == 0 ? dutch : english
    }

    private mutating func sp() -> String { messy && pick(4) == 0 ? "  " : " " }

    /// A statement line, in the messy layout with stray spaces, comments and blank lines.
    private mutating func emit(_ depth: Int, _ text: String, opensBlock: Bool = false) {
        var line = String(repeating: " ", count: depth * unit) + text
        if messy && pick(6) == 0 { line += "   " }
        if messy && pick(8) == 0 { line += " # opmerking" }
        lines.append(line)
        if messy && pick(7) == 0 { lines.append("") }
        if messy && !opensBlock && pick(9) == 0 { lines.append(String(repeating: " ", count: depth * unit) + "# commentaar bij \(depth)") }
    }

    /// A line of a text block: only trailing spaces vary (a `#` here would be text).
    private mutating func emitText(_ depth: Int, _ text: String) {
        lines.append(String(repeating: " ", count: depth * unit) + text + (messy && pick(6) == 0 ? "  " : ""))
    }

    private static let words = ["studente", "werkplaats", "toets", "feedback", "stage", "beurt", "groep", "keuzedeel",
                                "gastles", "vakvrouw", "rolmodel", "overall", "mentor", "klas", "opdracht", "praktijk"]

    private mutating func sentence(_ n: Int) -> String {
        (0..<n).map { _ in Self.words[pick(Self.words.count)] }.joined(separator: " ").capitalizedFirst + "?"
    }

    /// One complete set with `scenarios` scenarios in one theme, prefixed by `prefix` for unique ids.
    public mutating func generate(prefix: String = "t", scenarios: Int? = nil, withQuestionnaire: Bool = true) -> String {
        lines = []
        unit = messy ? [2, 3, 4][pick(3)] : 2
        let theme = "\(prefix)thema"
        if withQuestionnaire {
            emit(0, "\(kw("questionnaire", "vragenlijst")) \(prefix)set \"Set \(prefix)\"")
            emit(1, "\(kw("version", "versie")) \"1\"")
        }
        emit(0, "\(kw("theme", "thema"))\(sp())\(theme) \"Thema \(prefix)\"")
        emit(1, "\(kw("order", "volgorde")) \(1 + pick(1000))")
        emit(1, "\(kw("opening", "opening")) \"\(sentence(4))\"")
        emit(1, kw("knowledge", "kennis"), opensBlock: true)
        emitText(2, "Een **kennistekst** met \(sentence(6))")
        emitText(2, "")
        emitText(3, "- een ingesprongen regel")
        emit(1, "\(kw("source", "bron")) https://www.vhto.nl/\(prefix)/kennis/")
        let dims = 1 + pick(2)
        for d in 0..<dims { emit(0, "\(kw("dimension", "dimensie")) \(prefix)d\(d) \"Dimensie \(d)\" in \(theme)") }
        let tipCount = 1 + pick(4)
        var questionIDs: [(id: String, kind: Int, options: Int)] = []
        let scenarioCount = scenarios ?? (1 + pick(3))
        for s in 0..<scenarioCount {
            let sid = "\(prefix)s\(s)"
            emit(0, "scenario \(sid) \"Scenario \(s)\" in \(theme)")
            emit(1, "\(kw("situation", "situatie"))", opensBlock: true)
            emitText(2, sentence(8))
            for q in 0..<(1 + pick(4)) {
                let qid = "v\(q)"
                emit(1, "\(kw("question", "vraag")) \(qid) \"\(sentence(5))\"")
                emit(2, "\(kw("why", "waarom")) \"\(sentence(3))\"")
                if let earlier = questionIDs.last, pick(3) == 0 {
                    emit(2, "\(kw("show-if", "toon-als")) \(earlier.id) \(kw("is", "is")) \(kw("answered", "beantwoord"))")
                }
                let kind = pick(6)
                let optionCount = 2 + pick(3)
                let tip = "\(prefix)tip\(pick(tipCount))"
                let dim = "\(prefix)d\(pick(dims))"
                switch kind {
                case 0, 1:
                    emit(2, kind == 0 ? kw("choice", "keuze") : kw("multiple", "meerkeuze"))
                    for o in 0..<optionCount {
                        emit(3, "o\(o) \"\(sentence(3))\"")
                        switch pick(3) {
                        case 0: emit(4, "\(kw("tip", "tip")) \(tip) \(kw("weight", "gewicht")) \(1 + pick(5))")
                        case 1: emit(4, "score \(dim) \(pick(2) == 0 ? "+" : "-")\(pick(4))")
                        default: emit(4, "\(kw("strength", "sterkte")) \"\(sentence(4))\"")
                        }
                    }
                case 2:
                    let labels = (1...5).map { "\"punt \($0)\"" }.joined(separator: " ")
                    emit(2, "\(kw("likert", "schaal")) 1..5 \(labels)")
                    emit(2, "score \(dim) scale\(pick(2) == 0 ? " reverse" : "")")
                    emit(2, "\(kw("when", "als")) \(kw("answer", "antwoord")) <= \(1 + pick(4))")
                    emit(3, "tip \(tip)")
                case 3:
                    emit(2, "\(kw("number", "getal")) 0..\(10 + pick(40)) \(kw("unit", "eenheid")) \"keer\"")
                    emit(2, "\(kw("when", "als")) answer < 3 \(kw("or", "of")) (answer >= 5 \(kw("and", "en")) \(kw("not", "niet")) answer = 7)")
                    emit(3, "tip \(tip) weight 2")
                case 4:
                    emit(2, kw("yesno", "janee"))
                    emit(3, "ja")
                    emit(4, "\(kw("strength", "sterkte")) \"\(sentence(3))\"")
                    emit(3, "nee \"Nee, nog niet\"")
                    emit(4, "tip \(tip)")
                default:
                    emit(2, kw("reflection", "reflectie"))
                }
                if kind != 5 && pick(2) == 0 { emit(2, "\(kw("not-applicable", "nvt-optie")) \"n.v.t.\"") }
                if kind == 0, let earlier = questionIDs.last(where: { $0.kind == 0 }) {
                    emit(2, "when \(earlier.id) in [o0, o1]\(sp())\(kw("and", "en")) answer != o0")
                    emit(3, "score \(dim) +1")
                }
                questionIDs.append(("\(sid).\(qid)", kind, optionCount))
            }
        }
        for t in 0..<tipCount {
            emit(0, "tip \(prefix)tip\(t) \"Tip \(t)\"")
            emit(1, "\(kw("theme", "thema")) \(theme)")
            emit(1, "\(kw("timeframe", "termijn")) \(["deze-week", "deze-maand", "dit-schooljaar"][pick(3)])")
            emit(1, kw("text", "tekst"), opensBlock: true)
            emitText(2, sentence(10))
            emit(1, kw("steps", "stappen"), opensBlock: true)
            emitText(2, "- \(sentence(5))")
            emitText(3, "verder op de volgende regel")
            emitText(2, "- \(sentence(4))")
            emit(1, "\(kw("notice", "merkbaar")) \"\(sentence(4))\"")
            emit(1, "source https://www.vhto.nl/\(prefix)/tips/")
            emit(1, "\(kw("resource", "hulpbron")) \"Bron \(t)\" https://www.vhto.nl/\(prefix)/bron\(t).pdf")
        }
        if let q = questionIDs.first {
            emit(0, "\(kw("example", "voorbeeld")) \(prefix)ex \"Voorbeeld\"")
            let value = switch q.kind { case 0, 4: q.kind == 4 ? "ja" : "o0"; case 1: "[o0, o1]"; case 2: "3"; case 3: "4"; default: "\"tekst\"" }
            emit(1, "\(kw("answers", "antwoorden")) \(q.id) = \(value)")
            emit(1, "\(kw("expect", "verwacht")) \(kw("score", "score")) \(theme) \(kw("between", "tussen")) 0 \(kw("and", "en")) 100")
        }
        let newline = messy && pick(5) == 0 ? "\r\n" : "\n"
        return lines.joined(separator: newline) + newline
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
