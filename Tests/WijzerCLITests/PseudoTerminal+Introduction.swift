import WijzerTestSupport

extension PseudoTerminal {
    /// Skips the theme's background text shown before its first question on a terminal: every
    /// page's prompt, the last one too, ends in "naar de vragen te gaan: ", and `s` skips.
    func skipIntroduction() throws {
        try waitFor("naar de vragen te gaan: ")
        type("s")
    }
}
