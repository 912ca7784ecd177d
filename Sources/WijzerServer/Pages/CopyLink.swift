/// "Kopieer de link" under each link a page asks to keep (`p.link`: the private link, the
/// facilitator's and the projector's): selecting a long link by hand is fiddly, on a phone most
/// of all. A comfort for browsers with script; without it the link is text to select, as before.
/// A file from 'self': the Content-Security-Policy allows nothing inline.
enum CopyLink {
    static let path = "/kopieer.js"

    /// The `<head>` line that loads the script.
    static func head(_ c: PageContext) -> String { "\n<script src=\"\(c.href(path))\" defer></script>" }

    /// Copies through the Clipboard API where the page is a secure context (https, or this
    /// computer), else by selecting the link and `execCommand("copy")`; says in a status line
    /// whether it worked, and leaves the link selected when it did not.
    static let script = """
        "use strict";
        (function () {
          var links = document.querySelectorAll("p.link");
          Array.prototype.forEach.call(links, function (link, i) {
            if (!link.id) { link.id = "te-bewaren-" + (i + 1); }
            var row = document.createElement("p");
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = "Kopieer de link";
            button.setAttribute("aria-describedby", link.id);
            var said = document.createElement("span");
            said.setAttribute("role", "status");
            function select() {
              var range = document.createRange();
              range.selectNodeContents(link);
              var selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
            }
            function tell(copied) {
              if (!copied) { select(); }
              said.textContent = copied ? " Gekopieerd." : " Dat lukte niet: de link is geselecteerd, kopieer hem zelf (Ctrl+C).";
            }
            button.addEventListener("click", function () {
              var text = link.textContent.trim();
              if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(function () { tell(true); }, function () { tell(false); });
                return;
              }
              select();
              var copied = false;
              try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
              tell(copied);
            });
            row.appendChild(button);
            row.appendChild(said);
            link.parentNode.insertBefore(row, link.nextSibling);
          });
        })();

        """
}
