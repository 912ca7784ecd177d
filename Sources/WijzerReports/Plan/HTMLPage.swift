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
}
