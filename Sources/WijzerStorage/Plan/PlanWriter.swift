import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Writes a teacher's personal action plan (Markdown and/or HTML) into a folder, where the
/// teacher can find it again: beside the results in the data folder by default, under an
/// absolute path, never over an earlier plan.
public enum PlanWriter {
    /// A file format of the plan.
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
    }

    /// `<data folder>/plannen`, the sibling of `results`: plans and comparisons live with the
    /// answers they were made from, not in whatever folder the terminal happened to be in.
    public static func defaultFolder(dataFolder: String) -> String { dataFolder + "/plannen" }

    /// Writes `actieplan-<date>.md` and/or `.html` for `document` into `folder` (created 0700;
    /// files 0600: a plan quotes personal reflections), all or none of them; when a plan of that
    /// day is there already, `actieplan-<date>-2`, `-3`, …. Returns the absolute paths written.
    public static func write(_ document: ResultDocument, questionnaire: Questionnaire, folder: String,
                             formats: [Format] = Format.allCases) throws(WijzerError) -> [String] {
        try DurableFile.ensurePrivateDirectory(folder)
        let plan = ActionPlan(document: document, questionnaire: questionnaire, comparedIn: .terminal)
        let stem = unusedStem(plan.fileStem, in: absolute(folder), extensions: formats.map(\.rawValue))
        let files = formats.map { format in
            let text = format == .markdown ? MarkdownPlanRenderer.render(plan) : HTMLPlanRenderer.render(plan)
            return (path: "\(stem).\(format.rawValue)", bytes: Array(text.utf8))
        }
        // Never over an earlier plan, even one that appeared since the name was chosen.
        try DurableFile.write(files, replace: false)
        return files.map(\.path)
    }

    /// `folder/stem`, or `folder/stem-2`, `-3`, … : the first for which no file with any of
    /// `extensions` exists, so the Markdown and HTML of one plan share a name and nothing
    /// earlier is overwritten.
    public static func unusedStem(_ stem: String, in folder: String, extensions: [String]) -> String {
        var n = 1
        while true {
            let candidate = "\(folder)/\(stem)" + (n == 1 ? "" : "-\(n)")
            if !extensions.contains(where: { FileManager.default.fileExists(atPath: "\(candidate).\($0)") }) { return candidate }
            n += 1
        }
    }

    /// `path` from the root, so the path printed is one the teacher can open from anywhere.
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = FileManager.default.currentDirectoryPath
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return relative.isEmpty || relative == "." ? base : base + "/" + relative
    }
}
