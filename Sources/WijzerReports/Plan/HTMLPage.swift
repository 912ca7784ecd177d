import WijzerLanguage
import WijzerScoring

/// The shell shared by Wijzer's HTML reports: one self-contained page whose first `<head>`
/// element is a Content-Security-Policy that allows no external resources, only inline CSS.
public enum HTMLPage {
    /// A complete page around `body`; `title` is escaped, `css` and `body` are trusted HTML.
    public static func document(title: String, css: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escape.html(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// The `body` that `document` put into `page`, e.g. of a frozen team report; nil when
    /// `page` is not such a document. Searched in UTF-8: Foundation's `range(of:)` converts the
    /// whole page to UTF-16 first, which on the team view cost more than rendering the report.
    public static func body(of page: String) -> String? {
        let utf8 = page.utf8
        guard let start = utf8.firstRange(of: "<main>\n".utf8),
              let end = utf8[start.upperBound...].firstRange(of: "</main>\n</body>".utf8) else { return nil }
        return String(page[start.upperBound ..< end.lowerBound])
    }
}
