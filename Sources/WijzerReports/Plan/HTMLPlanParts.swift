import Foundation

/// The HTML plan in two parts, for a page that brings its own shell: `wijzer serve` shows the
/// same content as `render` inside its pages, and serves the stylesheet as a file, because its
/// Content-Security-Policy allows no inline CSS.
extension HTMLPlanRenderer {
    /// The CSS that `render` puts inline: the shared report stylesheet and the plan's own.
    public static var stylesheet: String { css + "\n" + PlanStyle.css }

    /// What `render` puts inside `<main>`: the whole plan, without the page around it.
    public static func mainContent(_ plan: ActionPlan) -> String {
        let page = render(plan)
        guard let start = page.range(of: "<main>\n"), let end = page.range(of: "</main>", options: .backwards) else { return page }
        return String(page[start.upperBound ..< end.lowerBound])
    }
}
