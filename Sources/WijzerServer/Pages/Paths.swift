/// The server's paths, in one place so that links and routes cannot drift apart.
enum Paths {
    static let start = "/"
    static let begin = "/begin"
    static let stylesheet = "/stijl.css"

    static func selfCheck(_ link: String) -> String { "/s/\(link)" }
    static func theme(_ link: String, _ theme: String) -> String { "/s/\(link)/thema/\(theme)" }
    /// Question `number` (1-based, in the theme's asking order, hidden questions counted).
    static func question(_ link: String, _ theme: String, _ number: Int) -> String { "\(self.theme(link, theme))/vraag/\(number)" }
    static func review(_ link: String, _ theme: String) -> String { "\(self.theme(link, theme))/overzicht" }
    static func finish(_ link: String, _ theme: String) -> String { "\(self.theme(link, theme))/afronden" }
    static func restart(_ link: String, _ theme: String) -> String { "\(self.theme(link, theme))/opnieuw" }
    static func plan(_ link: String) -> String { "/s/\(link)/plan" }
    static func planMarkdown(_ link: String) -> String { "/s/\(link)/actieplan.md" }
    static func planHTML(_ link: String) -> String { "/s/\(link)/actieplan.html" }
    static func result(_ link: String) -> String { "/s/\(link)/resultaat.json" }
    /// The rounds before a theme was done again (`EarlierRounds`), as a result file.
    static func earlierResult(_ link: String) -> String { "/s/\(link)/vorige-keer.json" }
    static func delete(_ link: String) -> String { "/s/\(link)/verwijderen" }
    static func compare(_ link: String) -> String { "/s/\(link)/vergelijken" }
}
