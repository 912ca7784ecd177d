import Foundation

/// Headless Chromium and poppler, run as a teacher's browser and a reader of its PDF would.
public enum Printer {
    public static func tool(_ names: [String]) throws -> String {
        for name in names {
            for dir in ["/usr/bin", "/usr/local/bin", "/snap/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        throw PrintFailure(message: "\(names[0]) ontbreekt: `make test` installeert chromium en poppler-utils")
    }

    public struct PrintFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Prints `html` to a PDF in a fresh temporary folder; returns the PDF's path.
    public static func print(_ html: String, name: String) throws -> String {
        let folder = try freshFolder()
        let page = "\(folder)/\(name).html"
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        return try print(url: "file://\(page)", name: name, in: folder)
    }

    /// Prints the page at `url` (a served page, say) as a teacher's browser prints it; returns
    /// the PDF's path, in a fresh temporary folder.
    public static func print(url: String, name: String) throws -> String {
        try print(url: url, name: name, in: try freshFolder())
    }

    private static func freshFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wijzer-print-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func print(url: String, name: String, in folder: String) throws -> String {
        let pdf = "\(folder)/\(name).pdf"
        let chromium = try tool(["chromium", "chromium-browser", "google-chrome"])
        let run = try WijzerProcess.runExecutableForTests(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder)/profile",
            "--print-to-pdf=\(pdf)", url,
        ])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw PrintFailure(message: "chromium wrote no PDF (status \(run.status)): \(run.stderr.suffix(500))")
        }
        return pdf
    }

    /// Removes the folder `print` made for `pdf`.
    public static func discard(_ pdf: String) {
        try? FileManager.default.removeItem(atPath: (pdf as NSString).deletingLastPathComponent)
    }

    public static func pageCount(_ pdf: String) throws -> Int {
        let info = try WijzerProcess.runExecutableForTests(tool(["pdfinfo"]), [pdf]).stdout
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    public static func text(_ pdf: String) throws -> String {
        try WijzerProcess.runExecutableForTests(tool(["pdftotext"]), [pdf, "-"]).stdout
    }

    /// Per page, how far down its lowest word ends, as a fraction of the page's height.
    public static func pageBottoms(_ pdf: String) throws -> [Double] {
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
