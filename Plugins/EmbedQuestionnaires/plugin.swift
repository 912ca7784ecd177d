import Foundation
import PackagePlugin

/// Embeds the package's `Questionnaires/*.wijzer` into the target as Swift source, so the
/// `wijzer` binary carries its default questionnaires wherever it is copied.
@main
struct EmbedQuestionnaires: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Questionnaires")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(".wijzer") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedQuestionnaireFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) questionnaire files",
                executable: try context.tool(named: "wijzer-embed").url,
                arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs + [folder],
                outputFiles: [output]
            )
        ]
    }
}
