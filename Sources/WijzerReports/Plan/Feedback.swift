import WijzerLanguage

/// Growth-oriented feedback in the guide's manner: name what goes well, then one next step.
enum Feedback {
    static let filler = "Je hebt eerlijk naar je eigen praktijk gekeken; daarmee begint elke verbetering."

    /// `fillerUsed` keeps the general encouragement to one theme per plan: said three times it
    /// stops meaning anything.
    static func sentences(position: PlanPosition?, strengths: [String], firstAction: ActionPlan.Action?,
                          about: SetDescription, fillerUsed: inout Bool) -> (goesWell: String?, nextStep: String) {
        let goesWell: String?
        if let first = strengths.first {
            goesWell = first
        } else if position == .firm {
            goesWell = about.praiseSentence
        } else if position == .onTheWay {
            goesWell = "Je hebt in dit thema een goede basis: een deel van wat \(about.guideName) aanraadt, doe je al."
        } else if !fillerUsed {
            fillerUsed = true
            goesWell = filler
        } else {
            goesWell = nil
        }
        let nextStep: String
        if let action = firstAction {
            nextStep = "Probeer als volgende stap: \(action.title.lowercasedFirst) (\(action.timeframe))."
        } else {
            nextStep = "Houd vast wat werkt en vertel een collega hoe je het aanpakt."
        }
        return (goesWell, nextStep)
    }
}
