import WijzerReports

/// The team pages' additions to the page shell: a stylesheet for the projector (large type)
/// and, on the team view only, the small script that reloads it when the server releases a new
/// state. Both are files from 'self': the CSP allows nothing inline.
enum TeamLayout {
    static func page(_ c: PageContext, title: String, body: String, live: Bool = false, head extra: String = "") -> String {
        var head = "\n<link rel=\"stylesheet\" href=\"\(c.href(TeamPaths.stylesheet))\">" + extra
        if live { head += "\n<script src=\"\(c.href(TeamPaths.script))\" defer></script>" }
        return Layout.page(c, title: title, body: body, head: head)
    }

    /// Reloads the team view on a `release` event; without script (or EventSource) a plain
    /// reload shows the same.
    static let script = """
        "use strict";
        (function () {
          var live = document.getElementById("team-live");
          if (!live || !window.EventSource) { return; }
          var source = new EventSource(live.getAttribute("data-events"));
          source.addEventListener("release", function () { window.location.reload(); });
        })();

        """

    /// The team report's own rules (its count cells are no numbered badges), then the
    /// projector's.
    static let stylesheet = TeamHTMLRenderer.css + "\n" + """
        .code{font-family:monospace;font-size:2.4rem;font-weight:700;letter-spacing:.15em}
        .counts{font-size:1.3rem}
        .screen{font-size:1.6rem;line-height:1.4}
        .screen h1{font-size:2.4rem}
        .screen .bars{list-style:none;padding:0}
        .screen .bars li{margin:.6rem 0}
        .screen progress{height:1.4rem}
        nav.steps{display:flex;justify-content:space-between;gap:1rem;margin-top:2rem;font-size:1.2rem}

        """
}
