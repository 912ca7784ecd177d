/// The benchmark's content as a plain Codable model: what a questionnaire set would look like if
/// it were written as JSON or YAML instead of `.wijzer`. The generator builds this model once and
/// renders it three ways (`.wijzer` text, JSON, YAML), so all three carry the same content.
///
/// Conditions are kept as their source text (a JSON or YAML format would need its own
/// expression syntax; a string is the straightforward choice). Optional fields that are `nil`
/// are left out of the JSON and YAML, as `encodeIfPresent` does.
struct BenchSet: Codable {
    var questionnaire: BenchQuestionnaire
    var themes: [BenchTheme] = []
    var dimensions: [BenchDimension] = []
    var scenarios: [BenchScenario] = []
    var tips: [BenchTip] = []
    var examples: [BenchExample] = []
}

struct BenchQuestionnaire: Codable {
    var id: String
    var title: String
    var version: String
}

struct BenchResource: Codable {
    var title: String
    var url: String
}

struct BenchTheme: Codable {
    var id: String
    var title: String
    var order: Int
    var opening: String
    /// Markdown paragraphs; in `.wijzer` a text block.
    var knowledge: [String]
    var source: String
    var resources: [BenchResource]
}

struct BenchDimension: Codable {
    var id: String
    var title: String
    var theme: String
}

struct BenchScenario: Codable {
    var id: String
    var title: String
    var theme: String
    var situation: [String]
    var questions: [BenchQuestion]
}

struct BenchEffect: Codable {
    /// `score`, `tip` or `strength`.
    var kind: String
    var dimension: String?
    var points: Int?
    var tip: String?
    var weight: Int?
    var text: String?

    static func score(_ dimension: String, _ points: Int) -> BenchEffect {
        BenchEffect(kind: "score", dimension: dimension, points: points)
    }
    static func tip(_ tip: String, weight: Int?) -> BenchEffect { BenchEffect(kind: "tip", tip: tip, weight: weight) }
    static func strength(_ text: String) -> BenchEffect { BenchEffect(kind: "strength", text: text) }
}

struct BenchOption: Codable {
    var key: String
    var label: String?
    var effects: [BenchEffect]
}

struct BenchRange: Codable {
    var low: Int
    var high: Int
}

struct BenchScale: Codable {
    var dimension: String
    var reverse: Bool
}

struct BenchWhen: Codable {
    var condition: String
    var effects: [BenchEffect]
}

struct BenchQuestion: Codable {
    var id: String
    var title: String
    var why: String
    var showIf: String?
    /// `choice`, `multiple`, `likert`, `number`, `yesno` or `reflection`.
    var kind: String
    var options: [BenchOption]?
    var range: BenchRange?
    var labels: [String]?
    var unit: String?
    var scale: BenchScale?
    var notApplicable: String?
    var when: [BenchWhen]?
}

struct BenchTip: Codable {
    var id: String
    var title: String
    var theme: String
    var timeframe: String
    var text: [String]
    var steps: [String]
    var notice: String?
    var source: String
    var resources: [BenchResource]
}

struct BenchAnswer: Codable {
    var question: String
    var value: String
}

struct BenchScoreRange: Codable {
    var target: String
    var low: Int
    var high: Int
}

struct BenchExample: Codable {
    var id: String
    var title: String
    var answers: [BenchAnswer]
    var expectTips: [String]
    var expectScores: [BenchScoreRange]
}
