import WijzerScoring

/// The HTML plan's stylesheet, for a page that brings its own shell: `wijzer serve` shows the
/// plan's `mainContent` inside its pages and serves this as a file, because its
/// Content-Security-Policy allows no inline CSS.
extension HTMLPlanRenderer {
    /// The CSS that `render` puts inline: the shared report stylesheet and the plan's own.
    public static var stylesheet: String { css + "\n" + PlanStyle.css }
}
