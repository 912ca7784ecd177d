import Foundation
import Testing
@testable import WijzerLanguage

/// Every kind of finding has one id, documented in DiagnosticID.swift and used by the checker.
@Suite("Diagnostic ids")
struct DiagnosticIDTests {
    static let sources = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources").path

    /// `(name, raw value, doc line)` of each `static let` in DiagnosticID.swift.
    static func declared() throws -> [(name: String, raw: String, doc: String)] {
        let text = try String(contentsOfFile: sources + "/WijzerLanguage/Diagnostics/DiagnosticID.swift", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.indices.compactMap { i in
            guard let m = lines[i].firstMatch(of: /static let (\w+) = DiagnosticID\("([^"]+)"\)/) else { return nil }
            let doc = i > 0 ? lines[i - 1].trimmingCharacters(in: .whitespaces) : ""
            return (String(m.1), String(m.2), doc)
        }
    }

    @Test func everyIdIsListedOnceWithADocLine() throws {
        let declared = try Self.declared()
        #expect(declared.count == DiagnosticID.all.count)
        #expect(declared.map(\.raw) == DiagnosticID.all.map(\.rawValue), "`all` lists every id, in order")
        #expect(Set(declared.map(\.raw)).count == declared.count, "ids are unique")
        for d in declared {
            #expect(d.doc.hasPrefix("/// ") && d.doc.count > 10, "\(d.name) has no doc line")
            #expect(d.raw.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(d.raw) is kebab-case")
        }
    }

    @Test func everyIdIsUsed() throws {
        var code = ""
        for folder in ["WijzerLanguage", "WijzerScoring"] {
            let root = Self.sources + "/" + folder
            for path in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? []
            where path.hasSuffix(".swift") && !path.hasSuffix("DiagnosticID.swift") {
                code += try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            }
        }
        for d in try Self.declared() {
            #expect(code.contains("(.\(d.name),") || code.contains(" .\(d.name),"), "\(d.name) is never reported")
        }
    }
}
