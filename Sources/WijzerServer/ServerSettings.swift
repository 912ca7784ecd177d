import Foundation

/// How `wijzer serve` runs: where it listens, the address teachers use (behind a proxy), and
/// the limits that keep it safe.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The address teachers open, e.g. `https://wijzer.school.nl/zelfcheck` behind a reverse
    /// proxy (which strips the path); nil: `http://host:port`.
    public var baseURL: String?
    /// The largest request body read, in bytes; larger ones are refused with 413.
    public var maxBodyBytes: Int
    /// Lookups of unknown private links allowed at once, and refilled per second.
    public var lookupBurst: Int
    public var lookupsPerSecond: Double
    /// New self-checks allowed at once, and refilled per second: a whole staff starting in one
    /// meeting fits, a script filling the database does not.
    public var beginBurst: Int
    public var beginsPerSecond: Double
    /// New self-checks allowed at once, and refilled per second, by joining one open team
    /// session with its code: a budget per session instead of the begin budget (`JoinBudget`).
    public var joinBurst: Int
    public var joinsPerSecond: Double

    /// Days after closing that a team session's individual answers are kept (`--retention`).
    public var retentionDays: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil, maxBodyBytes: Int = 64 * 1024,
                lookupBurst: Int = 60, lookupsPerSecond: Double = 1, beginBurst: Int = 200, beginsPerSecond: Double = 2,
                joinBurst: Int = 300, joinsPerSecond: Double = 2, retentionDays: Int = 30) {
        self.host = host
        self.port = port
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.lookupBurst = lookupBurst
        self.lookupsPerSecond = lookupsPerSecond
        self.beginBurst = beginBurst
        self.beginsPerSecond = beginsPerSecond
        self.joinBurst = joinBurst
        self.joinsPerSecond = joinsPerSecond
        self.retentionDays = retentionDays
    }

    /// The address printed at start and shown in private links.
    public var publicURL: String {
        if let baseURL { return baseURL }
        let shownHost = host == "0.0.0.0" || host == "::" ? "localhost" : (host.contains(":") ? "[\(host)]" : host)
        return "http://\(shownHost):\(port)"
    }

    /// The path part of the base URL, without a final slash: every link starts with it.
    var prefix: String {
        guard let baseURL, let url = URL(string: baseURL) else { return "" }
        let path = url.path
        return path == "/" ? "" : (path.hasSuffix("/") ? String(path.dropLast()) : path)
    }

    /// Cookies get `Secure` when teachers reach the server over TLS.
    var secureCookies: Bool { baseURL?.lowercased().hasPrefix("https://") == true }

    /// Whether `text` is a usable base URL (http or https with a host); a Dutch reason if not.
    public static func checkBaseURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty
        else { return "--base-url: geef een volledig adres, bijvoorbeeld https://wijzer.school.nl" }
        if url.query != nil || url.fragment != nil { return "--base-url: het adres mag geen ? of # bevatten" }
        return nil
    }
}
