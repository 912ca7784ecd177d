import Foundation
import Testing
import WijzerTestSupport

/// The `wijzer-embed` tool behind the EmbedQuestionnaires plugin: whatever a questionnaire
/// file holds, the generated Swift compiles and gives back exactly its text.
@Suite("wijzer-embed")
struct EmbedToolTests {
    /// Everything that broke or could break a string literal: raw-literal delimiters and
    /// interpolations, quotes and backslashes at line ends, line breaks that are not `\n`,
    /// invisible characters, a byte that is not UTF-8, no final newline.
    static let content: [UInt8] = Array("""
        text "# and "## and "###, a closing \"""# delimiter and \""" alone
        interpolations \\(x) \\#(x) \\##(y) and escapes \\n \\u{41} \\#n
        a backslash at the end \\
        trailing spaces   \ttab\u{1}control\u{7F}delete
        separators \u{2028} \u{2029} \u{85} bom \u{FEFF} rtl \u{202E}x\u{202C} emoji 👩🏽‍🔧
        """.utf8) + Array("lone\rcarriage return, crlf\r\n".utf8) + [0xFF, 0xC3] + Array(" ends with a quote\"".utf8)

    @Test func anyTextRoundTripsThroughTheGeneratedSwift() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = folder.path + "/odd \"name\".wijzer"
        try Data(Self.content).write(to: URL(fileURLWithPath: input))
        let generated = folder.path + "/Generated.swift"
        let embed = try WijzerProcess.runExecutableForTests(Self.tool, [generated, input])
        #expect(embed.status == 0, "\(embed.stderr)")

        _ = try folder.write("Bundle.swift", """
            enum BundledQuestionnaires {}
            struct BundledFile { let name: String; let contents: String }
            """)
        _ = try folder.write("main.swift", """
            for file in BundledQuestionnaires.files {
                print(Array(file.name.utf8))
                print(Array(file.contents.utf8))
            }
            """)
        let program = folder.path + "/embedded"
        let compile = try WijzerProcess.runExecutableForTests(
            "/usr/bin/env", ["swiftc", "-module-name", "Embedded", "-o", program, "Bundle.swift", "Generated.swift", "main.swift"],
            directory: folder.path)
        #expect(compile.status == 0, "\(compile.stderr)")
        let run = try WijzerProcess.runExecutableForTests(program, [])
        #expect(run.status == 0, "\(run.stderr)")

        // The tool reads the bytes as UTF-8 (an invalid byte becomes U+FFFD) and turns CRLF into
        // LF, as the bundled files always had it; everything else stays as it is.
        let text = String(decoding: Self.content, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(text.contains("\r") && text.contains("\"#") && text.contains("\\#("), "the input keeps its hard cases")
        #expect(run.stdout == "\(Array("odd \"name\".wijzer".utf8))\n\(Array(text.utf8))\n")
    }

    /// The tool, built beside the tests (as a product, or as the plugin's host tool); not the
    /// `WIJZER_BINARY` under test, which may be a copied release binary.
    static var tool: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            for name in ["wijzer-embed", "wijzer-embed-tool"] {
                let candidate = folder.appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
            folder.deleteLastPathComponent()
        }
        return "wijzer-embed"
    }
}
