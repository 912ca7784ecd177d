import Foundation
import WijzerLanguage

/// Where a teacher stands in one theme, as the start screen shows it.
public enum ThemeState: Sendable, Hashable {
    case new
    case inProgress(done: Int, total: Int)
    case completed(Date)

    /// The state of `theme` in `document`.
    public static func of(_ theme: String, in document: ResultDocument, questionnaire: Questionnaire) -> ThemeState {
        guard let record = document.themes.first(where: { $0.theme == theme }) else { return .new }
        if let date = record.completed { return .completed(date) }
        let session = ThemeSession(questionnaire: questionnaire, theme: theme, document: document)
        let (done, total) = session.doneCount
        return done == 0 ? .new : .inProgress(done: done, total: total)
    }

    /// "nieuw", "bezig: 4 van 11", "klaar op 3 maart 2026".
    public var label: String {
        switch self {
        case .new: "nieuw"
        case .inProgress(let done, let total): "bezig: \(done) van \(total)"
        case .completed(let date): "klaar op \(DutchDate.long(date))"
        }
    }
}
