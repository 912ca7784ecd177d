/// The paths of live team sessions, in one place so links and routes cannot drift apart.
enum TeamPaths {
    /// Participants enter the join code here.
    static let join = "/team"
    /// The form that starts a session.
    static let start = "/teamsessie"
    static let script = "/team.js"
    static let stylesheet = "/team.css"

    /// The facilitator's page (private link).
    static func session(_ link: String) -> String { "/teamsessie/\(link)" }
    /// The team view: the facilitator's, or the projector's (its read-only link) on its own path.
    static func view(_ viewer: TeamViewer) -> String {
        switch viewer {
        case .facilitator(let link): "/teamsessie/\(link)/overzicht"
        case .projector(let link): projector(link)
        }
    }
    static func events(_ viewer: TeamViewer) -> String { root(viewer) + "/events" }
    static func presentation(_ viewer: TeamViewer, _ screen: Int) -> String { root(viewer) + "/presentatie/\(screen)" }
    static func close(_ link: String) -> String { "/teamsessie/\(link)/afsluiten" }
    /// The frozen report's files, named as `wijzer team` names them.
    static func file(_ link: String, _ name: String) -> String { "/teamsessie/\(link)/rapport/\(name)" }

    /// The projector's team view (`ProjectorLink`).
    static func projector(_ link: String) -> String { "/beamer/\(link)" }

    private static func root(_ viewer: TeamViewer) -> String {
        switch viewer {
        case .facilitator(let link): session(link)
        case .projector(let link): projector(link)
        }
    }
}

/// Who looks at a session's team view and presentation: the facilitator through their private
/// link, or the projector through the read-only link derived from it (`ProjectorLink`). Both see
/// the same pages; only the facilitator can close the session or download its report.
enum TeamViewer: Sendable {
    case facilitator(String)
    case projector(String)
}
