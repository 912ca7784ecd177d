/// The questionnaires that ship inside the `wijzer` binary (generated from `Questionnaires/`).
public enum BundledQuestionnaires {
    /// The folder name shown in diagnostics for bundled files.
    public static let folder = "Questionnaires"
}

/// One bundled questionnaire file.
public struct BundledFile: Sendable {
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
