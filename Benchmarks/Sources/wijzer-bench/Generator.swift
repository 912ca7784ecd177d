import WijzerTestSupport

/// Builds a large synthetic questionnaire set for the benchmark.
///
/// Modelled on `SyntheticQuestionnaire` in Sources/WijzerTestSupport (which renders text
/// directly, so it cannot give the same content as JSON and YAML): the same shapes of themes, dimensions,
/// scenarios, every question kind, effects, `when`/`show-if` conditions, tips and examples, with
/// a unique prefix per block so the ids stay unique over the whole set. Unlike that generator it
/// first builds a `BenchSet` model and then renders the model as `.wijzer` text in the canonical
/// layout, so the JSON and YAML encodings of the same model carry exactly the same content. The
/// text is deliberately prose-heavy, like the real questionnaires (Questionnaires/*.wijzer).
struct Generator {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// A set of `files` files of about `targetBytes` bytes together.
    mutating func generate(targetBytes: Int, files fileCount: Int) -> (set: BenchSet, files: [(name: String, text: String)]) {
        var set = BenchSet(questionnaire: BenchQuestionnaire(id: "bench", title: "Benchmark", version: "1"))
        var blocks: [String] = []
        var total = 0
        var n = 0
        while total < targetBytes {
            let text = block(n, into: &set)
            total += text.utf8.count
            blocks.append(text)
            n += 1
        }
        // Spread the blocks over the files in order, about the same number of bytes each.
        let count = max(1, min(fileCount, blocks.count))
        let perFile = (total + count - 1) / count
        var files: [(name: String, text: String)] = []
        var current = Self.render(questionnaire: set.questionnaire)
        for text in blocks {
            if !current.isEmpty { current += "\n" }
            current += text
            if current.utf8.count >= perFile && files.count < count - 1 {
                files.append((Self.fileName(files.count), current))
                current = ""
            }
        }
        if !current.isEmpty { files.append((Self.fileName(files.count), current)) }
        return (set, files)
    }

    private static func fileName(_ i: Int) -> String {
        let digits = String(i)
        return "bench-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".wijzer"
    }

    // MARK: - Random content

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }

    private mutating func chance(_ oneIn: Int) -> Bool { int(1...oneIn) == 1 }

    private static let words = [
        "studente", "werkplaats", "toets", "feedback", "stage", "beurt", "groep", "keuzedeel", "gastles",
        "vakvrouw", "rolmodel", "overall", "mentor", "klas", "opdracht", "praktijk", "docent", "les",
        "techniek", "opleiding", "begeleider", "bedrijf", "vertrouwen", "samenwerken", "één", "ideeën",
        "geïnteresseerd", "zelfvertrouwen", "beroep", "ervaring", "gesprek", "voorbeeld", "‘gewoon’", "lokaal",
        "elektrotechniek", "installatie", "eerstejaars", "loopbaan", "keuze", "studievoortgang", "aandacht",
    ]

    private mutating func words(_ range: ClosedRange<Int>) -> String {
        (0..<int(range)).map { _ in Self.words[int(0...(Self.words.count - 1))] }.joined(separator: " ")
    }

    private mutating func sentence(_ range: ClosedRange<Int>, end: String = ".") -> String {
        let s = words(range)
        return s.prefix(1).uppercased() + s.dropFirst() + end
    }

    /// A paragraph of a few sentences, sometimes with Markdown emphasis.
    private mutating func paragraph(_ sentences: ClosedRange<Int>) -> String {
        var parts: [String] = []
        for _ in 0..<int(sentences) {
            var s = sentence(6...16)
            if chance(4) { s = "**" + s.dropLast() + "**." }
            parts.append(s)
        }
        return parts.joined(separator: " ")
    }

    // MARK: - One block: a theme with its dimensions, scenarios, tips and an example

    private mutating func block(_ n: Int, into set: inout BenchSet) -> String {
        let p = "b\(n)-"
        let themeID = "\(p)thema"
        let theme = BenchTheme(
            id: themeID, title: "Thema \(n)", order: n + 1, opening: sentence(6...14, end: "?"),
            knowledge: (0..<int(2...4)).map { _ in paragraph(2...5) },
            source: "https://www.vhto.nl/bench/\(p)/kennis/",
            resources: [BenchResource(title: "Bron bij thema \(n)", url: "https://www.vhto.nl/bench/\(p)/bron.pdf")])
        let dimensions = (0..<int(1...3)).map {
            BenchDimension(id: "\(p)d\($0)", title: "Dimensie \($0) " + words(1...3), theme: themeID)
        }
        let tipIDs = (0..<int(3...6)).map { "\(p)tip\($0)" }

        var scenarios: [BenchScenario] = []
        var asked: [(id: String, kind: String)] = []
        for s in 0..<int(4...8) {
            let sid = "\(p)s\(s)"
            var questions: [BenchQuestion] = []
            for q in 0..<int(1...4) {
                var question = makeQuestion(id: "v\(q)", dimensions: dimensions.map(\.id), tips: tipIDs, asked: asked)
                if question.showIf == nil, let earlier = asked.last, chance(3) {
                    question.showIf = "\(earlier.id) is answered"
                }
                questions.append(question)
                asked.append(("\(sid).v\(q)", question.kind))
            }
            scenarios.append(BenchScenario(id: sid, title: "Scenario \(s): " + words(2...5), theme: themeID,
                                           situation: (0..<int(1...2)).map { _ in paragraph(1...3) },
                                           questions: questions))
        }

        let tips = tipIDs.enumerated().map { t, id in
            BenchTip(id: id, title: sentence(3...7, end: ""), theme: themeID,
                     timeframe: ["deze-week", "deze-maand", "dit-schooljaar"][int(0...2)],
                     text: (0..<int(1...2)).map { _ in paragraph(1...3) },
                     steps: (0..<int(2...4)).map { _ in sentence(5...14) },
                     notice: chance(2) ? sentence(5...10) : nil,
                     source: "https://www.vhto.nl/bench/\(p)/tips/",
                     resources: [BenchResource(title: "Hulpbron \(t)", url: "https://www.vhto.nl/bench/\(p)/tip\(t).pdf")])
        }

        // Answers for the first questions that are always shown.
        var answers: [BenchAnswer] = []
        for scenario in scenarios {
            for q in scenario.questions where q.showIf == nil && answers.count < 3 {
                let value = switch q.kind {
                case "choice": "o0"
                case "multiple": "[o0, o1]"
                case "likert": "3"
                case "number": "4"
                case "yesno": "ja"
                default: "\"tekst\""
                }
                answers.append(BenchAnswer(question: "\(scenario.id).\(q.id)", value: value))
            }
        }
        let example = BenchExample(id: "\(p)ex", title: "Voorbeeld \(n)", answers: answers, expectTips: [],
                                   expectScores: [BenchScoreRange(target: themeID, low: 0, high: 100)])

        set.themes.append(theme)
        set.dimensions += dimensions
        set.scenarios += scenarios
        set.tips += tips
        set.examples.append(example)
        return Self.render(theme: theme, dimensions: dimensions, scenarios: scenarios, tips: tips, example: example)
    }

    private mutating func effect(dimensions: [String], tips: [String]) -> BenchEffect {
        switch int(0...2) {
        case 0: .tip(tips[int(0...(tips.count - 1))], weight: chance(2) ? int(2...5) : nil)
        case 1: .score(dimensions[int(0...(dimensions.count - 1))], chance(3) ? -int(1...2) : int(1...3))
        default: .strength(sentence(6...14))
        }
    }

    private mutating func makeQuestion(id: String, dimensions: [String], tips: [String],
                                       asked: [(id: String, kind: String)]) -> BenchQuestion {
        var q = BenchQuestion(id: id, title: sentence(6...14, end: "?"), why: sentence(8...20), kind: "")
        let dim = dimensions[int(0...(dimensions.count - 1))]
        let tip = tips[int(0...(tips.count - 1))]
        switch int(0...5) {
        case 0, 1:
            q.kind = chance(2) ? "choice" : "multiple"
            q.options = (0..<int(2...4)).map { o in
                BenchOption(key: "o\(o)", label: sentence(4...12),
                            effects: (0..<int(0...2)).map { _ in effect(dimensions: dimensions, tips: tips) })
            }
            if q.kind == "multiple" && chance(2) {
                q.when = [BenchWhen(condition: "answer has o0 and not answer has o1", effects: [.tip(tip, weight: 2)])]
            } else if q.kind == "choice", let earlier = asked.last(where: { $0.kind == "choice" }), chance(2) {
                q.when = [BenchWhen(condition: "\(earlier.id) in [o0, o1] and answer != o0", effects: [.score(dim, 1)])]
            }
        case 2:
            q.kind = "likert"
            q.range = BenchRange(low: 1, high: 5)
            q.labels = ["nooit", "zelden", "soms", "vaak", "altijd"]
            q.scale = BenchScale(dimension: dim, reverse: chance(2))
            q.when = [BenchWhen(condition: "answer <= \(int(1...4))", effects: [.tip(tip, weight: nil)])]
        case 3:
            q.kind = "number"
            q.range = BenchRange(low: 0, high: int(10...50))
            q.unit = "keer"
            q.when = [BenchWhen(condition: "answer < 3 or (answer >= 5 and not answer = 7)", effects: [.tip(tip, weight: 2)])]
        case 4:
            q.kind = "yesno"
            q.options = [
                BenchOption(key: "ja", label: nil, effects: [.strength(sentence(6...12))]),
                BenchOption(key: "nee", label: "Nee, nog niet", effects: [.tip(tip, weight: nil)]),
            ]
        default:
            q.kind = "reflection"
        }
        if q.kind != "reflection" && chance(2) { q.notApplicable = "n.v.t. " + words(1...4) }
        return q
    }

    // MARK: - Rendering as .wijzer text (canonical layout)

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func textBlock(_ keyword: String, _ paragraphs: [String], depth: Int, into out: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        out.append(pad + keyword)
        for (i, p) in paragraphs.enumerated() {
            if i > 0 { out.append("") }
            out.append(pad + "  " + p)
        }
    }

    private static func render(_ e: BenchEffect, depth: Int, into out: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        switch e.kind {
        case "score": out.append(pad + "score \(e.dimension!) \(e.points! >= 0 ? "+" : "")\(e.points!)")
        case "tip": out.append(pad + "tip \(e.tip!)" + (e.weight.map { " weight \($0)" } ?? ""))
        default: out.append(pad + "strength " + quoted(e.text!))
        }
    }

    static func render(questionnaire q: BenchQuestionnaire) -> String {
        "questionnaire \(q.id) \(quoted(q.title))\n  version \(quoted(q.version))\n"
    }

    static func render(theme: BenchTheme, dimensions: [BenchDimension], scenarios: [BenchScenario],
                       tips: [BenchTip], example: BenchExample) -> String {
        var out: [String] = []
        out.append("theme \(theme.id) \(quoted(theme.title))")
        out.append("  order \(theme.order)")
        out.append("  opening \(quoted(theme.opening))")
        out.append("  source \(theme.source)")
        for r in theme.resources { out.append("  resource \(quoted(r.title)) \(r.url)") }
        textBlock("knowledge", theme.knowledge, depth: 1, into: &out)
        out.append("")
        for d in dimensions { out.append("dimension \(d.id) \(quoted(d.title)) in \(d.theme)") }
        for s in scenarios {
            out.append("")
            out.append("scenario \(s.id) \(quoted(s.title)) in \(s.theme)")
            textBlock("situation", s.situation, depth: 1, into: &out)
            for q in s.questions {
                out.append("")
                out.append("  question \(q.id) \(quoted(q.title))")
                out.append("    why \(quoted(q.why))")
                if let c = q.showIf { out.append("    show-if \(c)") }
                switch q.kind {
                case "choice", "multiple", "yesno":
                    out.append("    " + q.kind)
                    for o in q.options ?? [] {
                        out.append("      \(o.key)" + (o.label.map { " " + quoted($0) } ?? ""))
                        for e in o.effects { render(e, depth: 4, into: &out) }
                    }
                case "likert":
                    out.append("    likert \(q.range!.low)..\(q.range!.high) " + q.labels!.map(quoted).joined(separator: " "))
                case "number":
                    out.append("    number \(q.range!.low)..\(q.range!.high)" + (q.unit.map { " unit " + quoted($0) } ?? ""))
                default:
                    out.append("    reflection")
                }
                if let na = q.notApplicable { out.append("    not-applicable \(quoted(na))") }
                if let scale = q.scale { out.append("    score \(scale.dimension) scale" + (scale.reverse ? " reverse" : "")) }
                for w in q.when ?? [] {
                    out.append("    when \(w.condition)")
                    for e in w.effects { render(e, depth: 3, into: &out) }
                }
            }
        }
        for t in tips {
            out.append("")
            out.append("tip \(t.id) \(quoted(t.title))")
            out.append("  theme \(t.theme)")
            out.append("  timeframe \(t.timeframe)")
            textBlock("text", t.text, depth: 1, into: &out)
            out.append("  steps")
            for step in t.steps { out.append("    - " + step) }
            if let notice = t.notice { out.append("  notice \(quoted(notice))") }
            out.append("  source \(t.source)")
            for r in t.resources { out.append("  resource \(quoted(r.title)) \(r.url)") }
        }
        out.append("")
        out.append("example \(example.id) \(quoted(example.title))")
        out.append("  answers")
        for a in example.answers { out.append("    \(a.question) = \(a.value)") }
        for r in example.expectScores { out.append("  expect score \(r.target) between \(r.low) and \(r.high)") }
        if !example.expectTips.isEmpty { out.append("  expect tips " + example.expectTips.joined(separator: ", ")) }
        return out.joined(separator: "\n") + "\n"
    }
}
