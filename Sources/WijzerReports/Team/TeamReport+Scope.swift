extension TeamReport {
    /// The report on the themes in `ids` only, for a team that was asked those alone (a live
    /// session's themes, `wijzer team --thema`): the other themes' rows and questions are left
    /// out instead of saying "te weinig antwoorden" about themes nobody was asked.
    ///
    /// The documents must keep those themes only before they are counted
    /// (`ResultDocument.keeping(themes:)`), so that no topic, tip or reflection comes from the
    /// others; what is left out here then holds no figure.
    public func scoped(to ids: [String]) -> TeamReport {
        var report = self
        report.themes.removeAll { !ids.contains($0.id) }
        report.questions.removeAll { !ids.contains($0.themeID) }
        return report
    }
}
