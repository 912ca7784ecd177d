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
    /// The team view, for the projector.
    static func view(_ link: String) -> String { "/teamsessie/\(link)/overzicht" }
    static func events(_ link: String) -> String { "/teamsessie/\(link)/events" }
    static func presentation(_ link: String, _ screen: Int) -> String { "/teamsessie/\(link)/presentatie/\(screen)" }
    static func close(_ link: String) -> String { "/teamsessie/\(link)/afsluiten" }
    /// The frozen report's files, named as `wijzer team` names them.
    static func file(_ link: String, _ name: String) -> String { "/teamsessie/\(link)/rapport/\(name)" }
}
