import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage

/// The HTML plan printed to A4 the way a teacher prints it: headless Chromium makes the PDF,
/// poppler's `pdfinfo` counts the pages and `pdftotext -bbox` says where the text ends on each
/// page and which URLs are on paper. `make test` installs both (`chromium`, `poppler-utils`);
/// without them these tests fail rather than skip, so CI cannot pass without printing.
@Suite("Action plan on paper")
struct PlanPrintTests {
    /// A starting teacher triggers the most tips: the longest plan per theme.
    static let persona = "startende-docent"
    static let themes = ["voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie"]

    /// The persona's plan for one theme alone, as HTML.
    static func oneThemePlan(_ theme: String) throws -> String {
        var document = try ResultFile.read("\(ReportExamplesTests.folder)/\(persona).json")
        document.themes = document.themes.filter { $0.theme == theme }
        return HTMLPlanRenderer.render(ActionPlan(document: document, questionnaire: ReportExamplesTests.questionnaire, comparedIn: .terminal))
    }

    @Test(arguments: themes)
    func oneThemeFitsOnThreePagesWithoutHalfEmptyOnes(theme: String) throws {
        let html = try Self.oneThemePlan(theme)
        let pdf = try Printer.print(html, name: "plan-\(theme)")
        defer { Printer.discard(pdf) }
        let pages = try Printer.pageBottoms(pdf)
        #expect(try Printer.pageCount(pdf) == pages.count)
        #expect((1...3).contains(pages.count), "\(theme): \(pages.count) pages")
        for (i, bottom) in pages.dropLast().enumerated() {
            #expect(bottom > 0.5, "\(theme): page \(i + 1) of \(pages.count) ends at \(Int(bottom * 100))% of its height")
        }
    }

    @Test func everyLinkShowsItsURLOnPaper() throws {
        let html = try Self.oneThemePlan("voorbereiding")
        let urls = Set(html.components(separatedBy: "<a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first })
        #expect(urls.count >= 3, "the plan has links to check: \(urls)")
        let pdf = try Printer.print(html, name: "plan-links")
        defer { Printer.discard(pdf) }
        let text = try Printer.text(pdf)
        // A long URL may wrap on paper; compare without line breaks and spaces.
        let flat = text.filter { !$0.isWhitespace }
        for url in urls {
            let expected = url.replacingOccurrences(of: "&amp;", with: "&")
            #expect(flat.contains(expected), "\(expected) is not on paper")
        }
    }
}

/// Headless Chromium and poppler, run as a teacher's browser and a reader of its PDF would.
enum Printer {
    static func tool(_ names: [String]) throws -> String {
        for name in names {
            for dir in ["/usr/bin", "/usr/local/bin", "/snap/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        throw PrintFailure(message: "\(names[0]) ontbreekt: `make test` installeert chromium en poppler-utils")
    }

    struct PrintFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Prints `html` to a PDF in a fresh temporary folder; returns the PDF's path.
    static func print(_ html: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wijzer-print-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let page = "\(folder)/\(name).html", pdf = "\(folder)/\(name).pdf"
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        let chromium = try tool(["chromium", "chromium-browser", "google-chrome"])
        let run = try WijzerProcess.runExecutableForTests(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder)/profile",
            "--print-to-pdf=\(pdf)", "file://\(page)",
        ])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw PrintFailure(message: "chromium wrote no PDF (status \(run.status)): \(run.stderr.suffix(500))")
        }
        return pdf
    }

    /// Removes the folder `print` made for `pdf`.
    static func discard(_ pdf: String) {
        try? FileManager.default.removeItem(atPath: (pdf as NSString).deletingLastPathComponent)
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try WijzerProcess.runExecutableForTests(tool(["pdfinfo"]), [pdf]).stdout
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    static func text(_ pdf: String) throws -> String {
        try WijzerProcess.runExecutableForTests(tool(["pdftotext"]), [pdf, "-"]).stdout
    }

    /// Per page, how far down its lowest word ends, as a fraction of the page's height.
    static func pageBottoms(_ pdf: String) throws -> [Double] {
        let xml = try WijzerProcess.runExecutableForTests(tool(["pdftotext"]), ["-bbox", pdf, "-"]).stdout
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            let height = attribute("height", in: page) ?? 1
            let bottoms = page.components(separatedBy: "<word ").dropFirst().compactMap { attribute("yMax", in: $0) }
            return (bottoms.max() ?? 0) / height
        }
    }

    private static func attribute(_ name: String, in text: String) -> Double? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        return Double(text[start.upperBound...].prefix { $0 != "\"" })
    }
}
