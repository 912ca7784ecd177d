/// Writes a teacher's personal action plan (Markdown and HTML) into a folder.
public enum PlanWriter {
    /// The file names written, without folder.
    public struct Written: Sendable {
        public var markdown: String
        public var html: String
    }

    /// Writes `plan-<date>.md` and `.html` for `document` into `folder` (created 0700; files
    /// 0600: a plan quotes personal reflections). Returns the paths written.
    public static func write(_ document: ResultDocument, questionnaire: Questionnaire, folder: String) throws(DurableFile.Failure) -> [String] {
        try DurableFile.ensurePrivateDirectory(folder)
        let plan = ActionPlan(document: document, questionnaire: questionnaire)
        let base = folder + "/" + plan.fileStem
        try DurableFile.write(Array(MarkdownPlanRenderer.render(plan).utf8), to: base + ".md")
        try DurableFile.write(Array(HTMLPlanRenderer.render(plan).utf8), to: base + ".html")
        return [base + ".md", base + ".html"]
    }
}
