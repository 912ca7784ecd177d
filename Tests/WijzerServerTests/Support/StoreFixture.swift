import Foundation
import Logging
import PostgresNIO
import SQLiteNIO
import Testing
@testable import WijzerServer
import WijzerTestSupport

/// The two kinds of answer store, for tests that run against both.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A fresh, empty database of one kind: an SQLite file in a temporary folder, or a new database
/// on the test process's PostgreSQL server (`PostgresTestServer`; a test fails, with the
/// reason, when PostgreSQL cannot be started). Opens stores on it and runs raw SQL beside them.
struct StoreFixture: Sendable {
    let kind: StoreKind
    /// The file path, or the `postgres://` address.
    let address: String
    private let folder: TemporaryFolder

    init(_ kind: StoreKind) async throws {
        self.kind = kind
        folder = try TemporaryFolder()
        switch kind {
        case .sqlite: address = folder.path + "/wijzer.sqlite"
        case .postgres: address = try await PostgresTestServer.shared.makeDatabase()
        }
    }

    /// A store on the database, its schema brought up to date.
    func open() async throws -> any AnswerStore {
        try await openTeamStore()
    }

    /// Opens the store as a team session store too (both stores are).
    func openTeamStore() async throws -> any TeamSessionStore & AnswerStore {
        switch kind {
        case .sqlite: try await SQLiteAnswerStore.open(path: address)
        case .postgres: try await PostgresAnswerStore.open(try PostgresLocation.parse(address).get())
        }
    }

    /// Runs `sql` outside any store, for databases of an older or newer schema; each row's
    /// first column as text.
    @discardableResult
    func raw(_ sql: String) async throws -> [String] {
        switch kind {
        case .sqlite:
            let connection = try await SQLiteConnection.open(storage: .file(path: address))
            do {
                let rows = try await connection.query(sql)
                try await connection.close()
                return rows.map { $0.columns.first?.data.string ?? "" }
            } catch {
                try? await connection.close()
                throw error
            }
        case .postgres:
            let (connection, logger) = try await connect()
            do {
                var texts: [String] = []
                let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                for try await text in rows.decode(String.self) {
                    texts.append(text)
                }
                try await connection.close()
                return texts
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    /// A connection of its own to the PostgreSQL database, configured as the store's own
    /// (`PostgresLocation.connectionConfiguration`).
    func connect() async throws -> (PostgresConnection, Logger) {
        let location = try PostgresLocation.parse(address).get()
        let logger = Logger(label: "test")
        let connection = try await PostgresConnection.connect(configuration: location.connectionConfiguration, id: 1, logger: logger)
        return (connection, logger)
    }

    func remove() { folder.remove() }
}
