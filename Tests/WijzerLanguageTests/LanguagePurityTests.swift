import Foundation
import Testing

/// The language module stays pure: no Foundation, no system or dispatch module, no unsafe code
/// (issue 11). Read from the source files, so a new file is covered without being listed.
@Suite("Language module purity")
struct LanguagePurityTests {
    static let forbidden = [
        "import Foundation", "import Glibc", "import Dispatch", "Unsafe", "unowned(unsafe)",
        "@unchecked", "nonisolated(unsafe)",
    ]

    static let sources = URL(fileURLWithPath: testsFolder)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/WijzerLanguage")

    /// Every Swift file of the module, relative to its folder.
    static func files() -> [String] {
        let root = sources.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".swift") { found.append(path) }
        }
        return found.sorted()
    }

    @Test func noForbiddenWordInAnyFile() throws {
        let files = Self.files()
        #expect(files.count > 30, "the module's files were not found under \(Self.sources.path)")
        for file in files {
            let text = try String(contentsOfFile: Self.sources.appendingPathComponent(file).path, encoding: .utf8)
            for word in Self.forbidden {
                #expect(!text.contains(word), "\(file) contains `\(word)`")
            }
        }
    }
}
