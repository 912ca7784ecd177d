import WijzerReports

/// What every page needs to build its links and forms: the path prefix under which the
/// server is reached (from `--base-url`) and the CSRF token of this browser.
public struct PageContext: Sendable {
    public var prefix: String
    public var csrf: String

    /// `path` (starting with `/`) under the prefix, escaped for an attribute.
    func href(_ path: String) -> String { Escape.html(prefix + path) }

    /// A POST form to `path` with the CSRF field; `inner` is trusted HTML.
    func form(_ path: String, _ inner: String) -> String {
        "<form method=\"post\" action=\"\(href(path))\">"
            + "<input type=\"hidden\" name=\"\(CSRF.field)\" value=\"\(Escape.html(csrf))\">\(inner)</form>"
    }
}

/// The shell of every page: Dutch, the stylesheet as a file (the CSP allows nothing inline),
/// no script but the team view's (`TeamLayout`).
enum Layout {
    /// `head` is trusted HTML after the stylesheet: the team pages' own files.
    static func page(_ context: PageContext, title: String, body: String, head: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escape.html(title)) · Wijzer</title>
        <link rel="stylesheet" href="\(context.href("/stijl.css"))">\(head)
        </head>
        <body>
        <header class="site"><a href="\(context.href("/"))">Wijzer</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The served stylesheet: the plan's (so the plan page looks like the HTML plan, on paper
    /// too) and the forms'. On paper a page leaves out what only works on a screen: the site's
    /// header, the navigation, forms and buttons, and what is marked `screen-only`.
    static let stylesheet = HTMLPlanRenderer.stylesheet + "\n" + """
        header.site{max-width:46rem;margin:0 auto;padding:.6rem 1rem 0}
        header.site a{font-weight:700;text-decoration:none}
        fieldset{border:0;padding:0;margin:1rem 0}
        legend{font-weight:600;font-size:1.1rem;margin-bottom:.5rem}
        .choice{display:block;margin:.35rem 0;padding:.45rem .6rem;border:1px solid var(--line);border-radius:6px}
        .choice input{margin-right:.5rem}
        textarea,input[type=number],input[type=text],input:not([type]){font:inherit;padding:.4rem;border:1px solid var(--muted);border-radius:4px}
        textarea{width:100%;min-height:6rem;box-sizing:border-box}
        input.wide{width:100%;box-sizing:border-box}
        .buttons{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
        button,.button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid var(--accent);background:#fff;color:var(--accent);cursor:pointer;text-decoration:none;display:inline-block}
        button.primary,.button.primary{background:var(--accent);color:#fff}
        button.danger{border-color:#a4262c;color:#a4262c}
        :focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
        .problem{border-left:4px solid #a4262c;padding:.4rem .8rem;background:#fdf3f3}
        .notice{border-left:4px solid var(--accent);padding:.4rem .8rem;background:#f3f5f8}
        .link{font-family:monospace;word-break:break-all;background:#fff;padding:.3rem;border:1px solid var(--line)}
        progress{width:100%;accent-color:var(--accent)}
        table.themes{border-collapse:collapse;width:100%}
        table.themes td,table.themes th{padding:.4rem;border-bottom:1px solid var(--line);text-align:left}
        @media print{header.site,nav.meta,form,.buttons,.screen-only{display:none}}
        """
}
