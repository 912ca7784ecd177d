import Foundation
import Testing
import WijzerTestSupport

/// Issue 14: help and usage errors in Dutch. swift-argument-parser's own English (headings,
/// "Show help information.", "(default: …)", "Error: …") never reaches a teacher.
@Suite("help and usage errors in Dutch")
struct DutchHelpTests {
    static let english = ["USAGE", "Usage", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "OVERVIEW", "Show help", "Show the version",
                          "Show subcommand", "Error:", "default:", "Missing", "Unknown", "Unexpected", "invalid", "Please",
                          "See '", "for more information", "`"]

    static func expectDutch(_ text: String, _ what: String) {
        for word in english { #expect(!text.contains(word), "\(what) says “\(word)”:\n\(text)") }
    }

    /// The subcommands the root help lists under "Opdrachten:".
    static func subcommands() throws -> [String] {
        let root = try WijzerProcess.run(["--help"])
        let section = try #require(root.stdout.components(separatedBy: "Opdrachten:\n").last)
        return section.split(separator: "\n").prefix { !$0.isEmpty }.compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        }
    }

    @Test func everyCommandsHelpIsDutch() throws {
        let root = try WijzerProcess.run(["--help"])
        #expect(root.status == 0)
        Self.expectDutch(root.stdout, "wijzer --help")
        #expect(root.stdout.contains("Gebruik: wijzer") && root.stdout.contains("Opties:") && root.stdout.contains("Opdrachten:"))
        #expect(root.stdout.contains("-h, --help              Toon deze hulp."))
        let names = try Self.subcommands()
        #expect(Set(names).isSuperset(of: ["start", "onboarding", "check", "fmt", "test", "plan", "compare", "team", "help"]), "\(names)")
        for name in names where name != "help" {
            for arguments in [[name, "--help"], ["help", name], [name, "-h"]] {
                let run = try WijzerProcess.run(arguments)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                #expect(run.stderr.isEmpty)
                Self.expectDutch(run.stdout, arguments.joined(separator: " "))
                #expect(run.stdout.hasPrefix("wijzer \(name): "), "\(run.stdout)")
                #expect(run.stdout.contains("Gebruik: wijzer \(name)"))
                #expect(run.stdout.contains("\nOpties:\n"))
                #expect(!run.stdout.contains("\\\n"), "no stray line-continuation backslash")
            }
        }
        let team = try WijzerProcess.run(["team", "--help"])
        #expect(team.stdout.contains("\nArgumenten:\n  <pad> "))
        #expect(team.stdout.contains("(standaard: 5)"), "defaults in Dutch")
    }

    @Test func helpFitsTheWindow() throws {
        for columns in [60, 160] {
            // The window's width, not COLUMNS, decides.
            let term = try PseudoTerminal(["team", "--help"], environment: ["COLUMNS": "300"], columns: UInt16(columns))
            #expect(term.waitExit() == 0)
            let lines = term.screen.split(separator: "\n").filter { !$0.hasPrefix("  wijzer ") }  // examples stay as written
            #expect(lines.allSatisfy { $0.count <= columns }, "\(columns): \(lines.filter { $0.count > columns })")
            #expect(lines.contains { $0.count > columns - 20 }, "wrapped at the window's width, not narrower")
        }
    }

    @Test(arguments: [
        (["compare", "oud.json"], "geef twee zelfchecks op"),
        (["plan", "--format", "pdf"], "de waarde “pdf” past niet bij --format <format>. Kies uit: md, html, json of all."),
        (["team", "--min-group", "veel", "a.json"], "de waarde “veel” past niet bij --min-group <aantal>."),
        (["start", "--bogus"], "onbekende optie --bogus."),
        (["fmt", "--check=3"], "--check neemt geen waarde, maar er staat “3” bij."),
        (["plan", "a.json", "b.json", "c.json"], "2 onverwachte argumenten: b.json, c.json."),
        (["team", "a.json", "--out"], "bij --out <map> hoort een waarde; die ontbreekt."),
    ] as [([String], String)])
    func usageErrorsAreDutchAndExitTwo(arguments: [String], message: String) throws {
        let run = try WijzerProcess.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        Self.expectDutch(run.stderr, arguments.joined(separator: " "))
        #expect(run.stderr.hasPrefix("wijzer \(arguments[0]): "), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("\nGebruik: wijzer \(arguments[0]) "))
        #expect(run.stderr.contains("\nMeer uitleg: wijzer \(arguments[0]) --help\n"))
    }

    @Test func helpForAnUnknownCommandIsAUsageError() throws {
        let run = try WijzerProcess.run(["help", "koken"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("wijzer help: onbekende opdracht “koken”. De opdrachten zijn: start, onboarding,"))
        Self.expectDutch(run.stderr, "help koken")
    }

    @Test func versionStaysPlain() throws {
        let run = try WijzerProcess.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }
}
