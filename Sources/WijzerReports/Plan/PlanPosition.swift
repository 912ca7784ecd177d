import WijzerLanguage

/// Where a teacher stands in a theme, as a place on a described path rather than a grade:
/// the plan is no test and no assessment.
public enum PlanPosition: String, Sendable, Hashable, CaseIterable {
    case begin
    case onTheWay
    case firm

    /// The path's stops in order, as the plan names them.
    public var label: String {
        switch self {
        case .begin: "begin"
        case .onTheWay: "op weg"
        case .firm: "stevig"
        }
    }

    /// What this place on the path means, in one sentence that names the set's source.
    public func meaning(_ about: SetDescription) -> String {
        let guide = about.guideName
        return switch self {
        case .begin: "Je zet de eerste stappen: veel van wat \(guide) aanraadt, kun je nog uitproberen."
        case .onTheWay: "Een deel van wat \(guide) aanraadt, doe je al; met een paar gerichte stappen kom je verder."
        case .firm: "Je doet al veel van wat \(guide) aanraadt; houd het vast en deel het met collega’s."
        }
    }

    /// nil when there is no score or fewer than half the questions were answered: too little
    /// to say anything about.
    public init?(score: Int?, answered: Int, total: Int) {
        guard let score, total > 0, answered * 2 >= total else { return nil }
        self = score >= 75 ? .firm : score >= 40 ? .onTheWay : .begin
    }
}
