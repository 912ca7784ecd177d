import WijzerLanguage
import WijzerScoring

/// The Dutch sentences that the Markdown and HTML team reports share (unescaped).
enum TeamText {
    static func header(_ r: TeamReport) -> [String] {
        var lines: [String] = []
        // The team size is a figure about the team: below k it is not shown either.
        var first = "Vragenlijst versie \(r.questionnaireVersion) · "
        if r.teamShown {
            first += "\(r.results) teamleden"
            if r.files != r.results { first += " (uit \(r.files) resultaatbestanden: de bestanden van één persoon zijn samengevoegd)" }
        } else {
            first += "minder dan \(r.minimumGroup) teamleden"
        }
        if let month = r.month { first += " · resultaten tot en met \(month)" }
        lines.append(first)
        if r.teamShown && r.matchedWithoutID {
            lines.append("Sommige bestanden komen uit een oudere Wijzer zonder anonieme code; die zijn zo goed mogelijk per persoon samengevoegd (op het begin van hun sessie).")
        }
        if !r.otherVersions.isEmpty {
            lines.append("Ook resultaten van een andere versie: \(r.otherVersions.joined(separator: ", ")). De vragen die sindsdien niet veranderd zijn, tellen mee; zie ‘Niet meegeteld’.")
        }
        lines.append("Geen namen, geen losse antwoorden: elk cijfer gaat over een groep van minstens \(r.minimumGroup) mensen. Bij kleinere groepen staat ‘\(TeamPrivacy.tooFew)’. Per thema staan alleen de mediaan en de middelste helft, afgerond op \(TeamReport.Distribution.step): nooit de hoogste of laagste score van iemand.")
        lines.append(differencingWarning)
        if let reflections = r.reflections, !reflections.isEmpty {
            lines.append("Let op: de reflecties staan er letterlijk in. Ze zijn alleen opgenomen als de schrijver dat goedvond, maar een citaat kan toch herkenbaar zijn aan woordkeuze of inhoud.")
        }
        return lines
    }

    /// The risk the tool cannot close for someone who holds the files (docs/TEAM.md, "Differencing").
    static let differencingWarning = "Wie twee overzichten van bijna hetzelfde team vergelijkt, kan iemand herkennen. Deel daarom geen nieuw rapport als er maar een paar mensen bij zijn gekomen of weg zijn gegaan."

    static func tooFewTeam(_ r: TeamReport) -> String {
        "Te weinig antwoorden om te tonen: er zijn minstens \(r.minimumGroup) resultaten nodig."
    }

    /// Why a figure is missing, for the report's text.
    static func hidden(_ r: TeamReport) -> String { "\(TeamPrivacy.tooFew) (minder dan \(r.minimumGroup), zodat niemand herkenbaar is)" }

    static let scoresIntro = "Scores van 0 tot 100. De mediaan is de middelste score: de ene helft van het team scoort lager, de andere hoger. De middelste helft loopt van het eerste tot het derde kwartiel: daar zit de helft van het team. Een smalle middelste helft betekent dat jullie dicht bij elkaar zitten."

    static let noReflections = "Er staan hier geen reflecties: per vraag zijn er minstens \(TeamPrivacy.reflectionMinimum) teksten nodig waarvan de schrijver goedvond dat ze anoniem gedeeld worden."

    static func leftOutHidden(_ r: TeamReport) -> String {
        "Ook bij een paar andere vragen tellen antwoorden uit een andere versie niet mee; omdat dat minder dan \(r.minimumGroup) mensen betreft, staat er niet welke."
    }

    /// The non-reflection questions grouped by theme, in questionnaire order.
    static func byTheme(_ r: TeamReport) -> [(title: String, questions: [TeamReport.Question])] {
        var groups: [(title: String, questions: [TeamReport.Question])] = []
        for question in r.questions where !question.isReflection {
            if groups.last?.title == question.themeTitle { groups[groups.count - 1].questions.append(question) } else {
                groups.append((question.themeTitle, [question]))
            }
        }
        return groups
    }

    static let topicsIntro = "De vragen waarop het team het meest verschillend antwoordde. Goede startpunten voor het gesprek: waarom kiezen collega’s hier zo verschillend? De spreiding loopt van 0 (iedereen antwoordde hetzelfde) tot 1 (de antwoorden zijn zo verdeeld als maar kan)."
    static let tipsIntro = "Tips die uit de antwoorden van de meeste teamleden volgen: een eerste opzet voor een gezamenlijk plan."
    static let leftOutIntro = "Antwoorden uit een andere versie van de vragenlijst tellen alleen mee als de vraag niet veranderd is."

    static func reflectionsIntro(_ r: TeamReport) -> String {
        "Eigen woorden van teamleden die goedvonden dat hun tekst anoniem gedeeld wordt, alleen bij vragen met minstens \(TeamPrivacy.reflectionMinimum) zulke teksten, op alfabet en los van elkaar."
    }

    static func leading(_ t: TeamReport.Topic) -> String {
        guard !t.leading.isEmpty else { return "" }
        let parts = t.leading.map { "\(quoted($0.label)) (\($0.percent)%)" }
        return "Het meest gekozen: " + parts.joined(separator: " en ") + "."
    }

    /// `‘label’`, unless the label already starts with a quote (no ‘‘Joh…’’).
    static func quoted(_ label: String) -> String {
        if let first = label.first, "‘“\"'„".contains(first) { return label }
        return "‘\(label)’"
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }
}
