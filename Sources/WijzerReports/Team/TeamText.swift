import WijzerLanguage
import WijzerScoring

/// The Dutch sentences that the Markdown and HTML team reports share (unescaped).
enum TeamText {
    static func header(_ r: TeamReport) -> [String] {
        var lines: [String] = []
        // The team size is a figure about the team: below k it is not shown either.
        let read = r.teamShown ? "\(r.results) resultaten gelezen" : "minder dan \(r.minimumGroup) resultaten gelezen"
        var first = "Vragenlijst versie \(r.questionnaireVersion) · \(read)"
        if let date = r.date { first += " · resultaten tot en met \(DutchDate.long(date))" }
        lines.append(first)
        if !r.otherVersions.isEmpty {
            lines.append("Ook resultaten van een andere versie: \(r.otherVersions.joined(separator: ", ")). De vragen die sindsdien niet veranderd zijn, tellen mee; zie ‘Niet meegeteld’.")
        }
        lines.append("Geen namen, geen losse antwoorden: elk cijfer gaat over een groep van minstens \(r.minimumGroup) mensen. Bij kleinere groepen staat ‘\(TeamPrivacy.tooFew)’.")
        return lines
    }

    static func tooFewTeam(_ r: TeamReport) -> String {
        "Te weinig antwoorden om te tonen: er zijn minstens \(r.minimumGroup) resultaten nodig."
    }

    static let topicsIntro = "De vragen waarop het team het meest verschillend antwoordde. Goede startpunten voor het gesprek: waarom kiezen collega’s hier zo verschillend?"
    static let tipsIntro = "Tips die uit de antwoorden van de meeste teamleden volgen: een eerste opzet voor een gezamenlijk plan."
    static let leftOutIntro = "Antwoorden uit een andere versie van de vragenlijst tellen alleen mee als de vraag niet veranderd is."

    static func reflectionsIntro(_ r: TeamReport) -> String {
        "Eigen woorden van teamleden, alleen bij vragen die minstens \(TeamPrivacy.reflectionMinimum) mensen beantwoordden, op alfabet en los van elkaar."
    }

    static func leading(_ t: TeamReport.Topic) -> String {
        guard !t.leading.isEmpty else { return "" }
        let parts = t.leading.map { "‘\($0.label)’ (\($0.percent)%)" }
        return "Het meest gekozen: " + parts.joined(separator: " en ") + "."
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }
}
