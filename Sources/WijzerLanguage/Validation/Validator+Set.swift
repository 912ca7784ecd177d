/// The set's description from its `questionnaire` declaration, checked.
extension Validator {
    func describeSet(_ d: inout DiagnosticEngine) -> SetDescription {
        guard let q = questionnaireDecl else { return SetDescription() }
        var about = SetDescription()
        about.publisher = nonEmpty(q.publisher, "de uitgever", &d)
        about.intro = nonEmpty(q.intro, "de inleiding", &d)
        about.guide = nonEmpty(q.guide, "de naam van de bron", &d)
        about.notice = nonEmpty(q.notice, "de standaardtekst bij `notice`", &d)
        about.praise = nonEmpty(q.praise, "de zin bij `praise`", &d)
        if let m = q.minutes {
            if m.low < 1 || m.high > 600 {
                d.error(.badRange, "een thema duurt tussen 1 en 600 minuten, niet \(m.low)..\(m.high)", at: m.span)
            } else if m.low > m.high {
                d.error(.badRange, "schrijf het kleinste aantal minuten eerst: `\(m.high)..\(m.low)`", at: m.span,
                        fixIts: [FixIt.replace("\(m.low)..\(m.high)", at: m.span, with: "\(m.high)..\(m.low)")])
            } else {
                about.minutes = m.low...m.high
            }
        }
        if let a = q.attribution {
            if a.title.isEmpty { d.error(.missingTitle, "de bronvermelding heeft een tekst nodig", at: a.title.span) }
            // Unlike a tip's resource, the attribution links to where the set comes from.
            if let url = a.url {
                checkURL(url, &d)
                about.attribution = .init(text: a.title.text, url: url.text)
            } else {
                d.error(.badURL, "de bronvermelding heeft een webadres nodig: `attribution \"\(a.title.text)\" https://…`", at: a.title.span)
            }
        }
        return about
    }

    /// The text of an optional field, reporting one written empty.
    private func nonEmpty(_ value: TextValue?, _ what: String, _ d: inout DiagnosticEngine) -> String? {
        guard let value else { return nil }
        if value.isEmpty {
            d.error(.emptyText, "\(what) is leeg; laat het veld weg of schrijf de tekst", at: value.span)
            return nil
        }
        return value.text
    }
}
