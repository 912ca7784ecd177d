import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Writes a teacher's personal action plan (Markdown and/or HTML) into a folder.
public enum PlanWriter {
    /// A file format of the plan.
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
    }

    /// Writes `actieplan-<date>.md` and/or `.html` for `document` into `folder` (created 0700;
    /// files 0600: a plan quotes personal reflections), all or none of them. Returns the paths written.
    public static func write(_ document: ResultDocument, questionnaire: Questionnaire, folder: String,
                             formats: [Format] = Format.allCases) throws(WijzerError) -> [String] {
        try DurableFile.ensurePrivateDirectory(folder)
        let plan = ActionPlan(document: document, questionnaire: questionnaire)
        let files = formats.map { format in
            let text = format == .markdown ? MarkdownPlanRenderer.render(plan) : HTMLPlanRenderer.render(plan)
            return (path: "\(folder)/\(plan.fileStem).\(format.rawValue)", bytes: Array(text.utf8))
        }
        try DurableFile.write(files)
        return files.map(\.path)
    }
}
