import Foundation
import WijzerLanguage

/// The evaluation as JSON, for `wijzer plan --format json`.
public enum EvaluationJSON {
    private struct Payload: Encodable {
        var themes: [ThemeScore]
        var dimensions: [DimensionScore]
        var tips: [TriggeredTip]
        var strengths: [Strength]
        var reflections: [Reflection]
    }

    public static func encode(_ e: Evaluation) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let payload = Payload(themes: e.themes, dimensions: e.dimensions.filter { $0.counted > 0 }, tips: e.tips,
                              strengths: e.strengths, reflections: e.reflections)
        return String(decoding: (try? encoder.encode(payload)) ?? Data(), as: UTF8.self) + "\n"
    }
}
