import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import WijzerLanguage
import WijzerScoring
import WijzerServer
import WijzerStorage
import WijzerTerminal

/// `wijzer serve`: the self-check in the browser, for teachers who never open a terminal.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start Wijzer als website: de zelfcheck in de browser.",
        discussion: """
            Start een webserver met de zelfcheck. Docenten openen het adres in hun browser, \
            kiezen een thema en krijgen hun actieplan; ze hebben geen account nodig, maar \
            een persoonlijke link om later verder te gaan. De antwoorden staan in een \
            SQLite-bestand in je gegevensmap (alleen voor jou leesbaar), of in de database \
            van --database (een SQLite-bestand of PostgreSQL). docs/SERVER.md beschrijft hoe een school het draait (systemd, \
            nginx met TLS, back-ups).

            Voorbeelden:
              wijzer serve
              wijzer serve --port 9000 --database sqlite:/var/lib/wijzer/wijzer.sqlite
              wijzer serve --host 127.0.0.1 --base-url https://wijzer.school.nl
              wijzer serve --database postgres://wijzer@localhost/wijzer
            """
    )

    @Option(help: ArgumentHelp("Het adres waarop de server luistert.", valueName: "adres"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("De poort waarop de server luistert.", valueName: "poort"))
    var port = 8080

    @Option(help: ArgumentHelp("Waar de antwoorden staan: sqlite:PAD (standaard wijzer.sqlite in je gegevensmap) of postgres://GEBRUIKER[:WACHTWOORD]@HOST[:POORT]/DATABASE.", valueName: "database"))
    var database: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "Het adres dat docenten openen, achter een reverse proxy (bijvoorbeeld https://wijzer.school.nl).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Na hoeveel dagen de zelfchecks die voor een afgesloten teamsessie begonnen zijn, worden verwijderd (het teamrapport blijft, en ook eigen zelfchecks die deelnemers meebrachten).", valueName: "dagen"))
    var retention = 30

    @Option(name: .customLong("begin-burst"), help: ArgumentHelp(
        "Hoeveel nieuwe zelfchecks er tegelijk mogen beginnen via de startpagina (meedoen met een teamsessie telt apart).", valueName: "aantal"))
    var beginBurst = 200

    @Option(name: .customLong("begins-per-second"), help: ArgumentHelp(
        "Hoeveel nieuwe zelfchecks er daarna per seconde bij mogen komen.", valueName: "aantal"))
    var beginsPerSecond = 2.0

    @OptionGroup var data: DataFolderOptions

    @OptionGroup var options: QuestionnaireOptions

    func run() throws {
        guard (1 ... 65535).contains(port) else { throw WijzerError(.usage, "--port: kies een poort van 1 tot 65535") }
        guard retention >= 0 else { throw WijzerError(.usage, "--retention: geef een aantal dagen (0 of meer)") }
        guard beginBurst >= 1 else { throw WijzerError(.usage, "--begin-burst: geef een aantal van 1 of meer") }
        guard beginsPerSecond > 0, beginsPerSecond.isFinite else {
            throw WijzerError(.usage, "--begins-per-second: geef een aantal groter dan 0, bijvoorbeeld 2 of 0.5")
        }
        if let baseURL, let problem = ServerSettings.checkBaseURL(baseURL) { throw WijzerError(.usage, problem) }
        try requireFolder(options.folder, option: "--questionnaires")
        let database = try chosenDatabase()
        let files = try options.sources([])
        let checked = Checker.check(files, lint: false)
        if checked.diagnostics.errorCount > 0 {
            throw WijzerError(.findings, "de vragenlijsten hebben fouten; herstel die eerst (wijzer check)")
        }
        let settings = ServerSettings(host: host, port: port, baseURL: baseURL, beginBurst: beginBurst,
                                      beginsPerSecond: beginsPerSecond, retentionDays: retention)
        let questionnaire = checked.questionnaire
        let stamp = questionnaire.stamp(files: files)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let store = try await database.open()
                let server = WebServer(settings: settings, questionnaire: questionnaire, stamp: stamp, store: store)
                // Closed team sessions past --retention lose their answers: at start, then hourly.
                let purging = Task {
                    let logger = ServerLogHandler.logger(label: WebServer.name)
                    while !Task.isCancelled {
                        await server.purgeExpiredTeamSessions(now: Date(), logger: logger)
                        try? await Task.sleep(for: .seconds(3600))
                    }
                }
                defer { purging.cancel() }
                let app = server.application {
                    Terminal.writeOutput("Wijzer draait. Open \(settings.publicURL) in je browser. Stoppen: Ctrl-C.\n")
                }
                do {
                    try await app.runService()
                } catch {
                    // The connection must be closed before it goes (sqlite-nio asserts so).
                    try? await store.close()
                    throw error
                }
                try await store.close()
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw Self.describe(error, path: database.name, settings: settings) }
    }

    /// The store `--database` names: `sqlite:PATH`, `postgres://...`, else SQLite in the data folder.
    private func chosenDatabase() throws -> Database {
        guard let database else { return .sqlite(try data.folder() + "/wijzer.sqlite") }
        if database.hasPrefix("sqlite:") {
            let path = String(database.dropFirst("sqlite:".count))
            if path.isEmpty { throw WijzerError(.usage, "--database: geef een pad na sqlite:, bijvoorbeeld sqlite:/var/lib/wijzer/wijzer.sqlite") }
            return .sqlite(path)
        }
        if database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") {
            switch PostgresLocation.parse(database) {
            case .success(let location): return .postgres(location)
            case .failure(let problem): throw WijzerError(.usage, "--database: \(problem.reason)")
            }
        }
        throw WijzerError(.usage, "--database: onbekende database; gebruik sqlite:PAD of postgres://GEBRUIKER@HOST/DATABASE")
    }

    /// Where the answers are kept.
    private enum Database: Sendable {
        case sqlite(String)
        case postgres(PostgresLocation)

        /// For messages: the file, or the PostgreSQL server and database without the password.
        var name: String {
            switch self {
            case .sqlite(let path): path
            case .postgres(let location): "PostgreSQL \(location)"
            }
        }

        func open() async throws -> any AnswerStore {
            switch self {
            case .sqlite(let path): try await SQLiteAnswerStore.open(path: path)
            case .postgres(let location): try await PostgresAnswerStore.open(location)
            }
        }
    }

    /// A Dutch line for what stopped the server.
    private static func describe(_ error: Error, path: String, settings: ServerSettings) -> Error {
        if error is WijzerError { return error }
        if let error = error as? StoreError, case .newerSchema(let version) = error {
            return WijzerError(.cannotSave, "\(path): gemaakt met een nieuwere Wijzer (schema \(version)); werk Wijzer bij")
        }
        if let error = error as? StoreError, case .unreachable(let location, _) = error {
            return WijzerError(.cannotSave, "kan de PostgreSQL-server niet bereiken als \(location); "
                + "controleer of de server draait, het adres klopt en de gebruiker mag inloggen")
        }
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return WijzerError(.usage, "poort \(settings.port) op \(settings.host) is al in gebruik; kies een andere met --port")
        }
        return WijzerError(.cannotSave, "de server stopte: \(text)")
    }
}

/// The error that ended the server task, handed to the waiting main thread.
private final class Outcome: Sendable {
    private let stored = Mutex<Error?>(nil)
    func set(_ error: Error) { stored.withLock { $0 = error } }
    var error: Error? { stored.withLock { $0 } }
}
