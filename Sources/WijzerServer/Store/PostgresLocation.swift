import Foundation
import PostgresNIO

/// Where the PostgreSQL database is, from a `--database postgres://USER[:PASSWORD]@HOST[:PORT]/DB`
/// address. `?host=/var/run/postgresql` connects through the server's socket folder instead
/// (Debian's peer authentication, no password in the address).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The socket folder, when `?host=` names one.
    public var socketFolder: String?

    /// Reads an address; a failure with a Dutch reason when it is not a usable PostgreSQL address.
    public static func parse(_ address: String) -> Result<PostgresLocation, LocationError> {
        guard let parts = URLComponents(string: address),
              parts.scheme == "postgres" || parts.scheme == "postgresql" else {
            return .failure(LocationError(reason: "een PostgreSQL-adres begint met postgres://"))
        }
        guard let user = parts.user, !user.isEmpty else {
            return .failure(LocationError(reason: "het adres mist de gebruiker (postgres://GEBRUIKER@HOST/DATABASE)"))
        }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            return .failure(LocationError(reason: "het adres mist de database (postgres://GEBRUIKER@HOST/DATABASE)"))
        }
        let socket = parts.queryItems?.first(where: { $0.name == "host" })?.value
        let host = parts.host ?? ""
        if host.isEmpty && socket == nil {
            return .failure(LocationError(reason: "het adres mist de server (postgres://GEBRUIKER@HOST/DATABASE of ?host=/var/run/postgresql)"))
        }
        return .success(PostgresLocation(user: user, password: parts.password, host: host,
                                         port: parts.port ?? 5432, database: database, socketFolder: socket))
    }

    /// Why an address could not be used, in Dutch.
    public struct LocationError: Error, Sendable, Equatable {
        public var reason: String
    }

    /// The server and database for messages and logs: `USER@HOST:PORT/DB`, never the password.
    public var description: String {
        "\(user)@\(socketPath ?? "\(host):\(port)")/\(database)"
    }

    private var socketPath: String? { socketFolder.map { "\($0)/.s.PGSQL.\(port)" } }

    // TLS to the database is left to the network (loopback or a private VLAN); docs/SERVER.md says so.
    var connectionConfiguration: PostgresConnection.Configuration {
        if let socketPath {
            return PostgresConnection.Configuration(unixSocketPath: socketPath, username: user,
                                                    password: password, database: database)
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                database: database, tls: .disable)
    }

    var clientConfiguration: PostgresClient.Configuration {
        var configuration = if let socketPath {
            PostgresClient.Configuration(unixSocketPath: socketPath, username: user, password: password, database: database)
        } else {
            PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        configuration.options = Self.poolOptions
        return configuration
    }

    /// The connection pool's settings: no timers on a connection that goes idle.
    ///
    /// Why: the pool starts a keep-alive timer (a task with two child tasks and a sleep) each
    /// time a connection goes idle, that is after nearly every query at a teacher's pace, and
    /// cancels it when the connection is leased again; on a connection above
    /// `minimumConnections` an idle-timeout timer as well. That cost more than the queries
    /// (Benchmarks/team, `instances_cpu_ms_per_answer`). The database is on the same machine or
    /// network, and PostgreSQL closes no idle connection by default, so there is nothing to keep
    /// alive; a connection the database closes is seen closing and replaced. Only a network
    /// device that drops idle connections silently would go unnoticed until the next query
    /// (docs/SERVER.md warns against one). Four connections are kept open, enough for a school
    /// at a teacher's pace; the pool opens up to 20 under load and closes those after a minute
    /// idle.
    ///
    /// Each connection also plans every prepared statement once (`plan_cache_mode`): by default
    /// PostgreSQL plans a prepared statement again for each call whose values promise a cheaper
    /// plan, and a save group's write (`WriteDocuments`) always did. In a run of Benchmarks/team
    /// ("many", pg_stat_statements) it was planned 8,955 times in 8,942 calls, 1.6 s of
    /// planning against 0.5 s of executing. Every statement of the store looks rows up by key,
    /// which a plan made without the values does as well (by the primary key once the table is
    /// larger than a few dozen pages; below that, reading the table is as cheap).
    static var poolOptions: PostgresClient.Configuration.Options {
        var options = PostgresClient.Configuration.Options()
        options.keepAliveBehavior = nil
        options.minimumConnections = 4
        options.maximumConnections = 20
        options.additionalStartupParameters = [("plan_cache_mode", "force_generic_plan")]
        return options
    }
}
