import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL server for tests: `initdb` into a temporary folder, started on a
/// random port on loopback with trust authentication, stopped (immediate shutdown) and removed
/// when the test process exits. Each test takes a database of its own (`makeDatabase()`), so
/// tests run in parallel on one server and none sees another's rows.
///
/// Started once per test process, by the first test that asks, from async code: no blocking
/// wait anywhere, every program it runs has a time limit, and the programs' output goes to a
/// log file in the server's folder (never a pipe: the server that `pg_ctl start` leaves running
/// would hold a pipe open forever). Debian's `postgresql` package provides the programs
/// (`make test` installs it); without it every test that needs a server fails and says so,
/// none is skipped. PostgreSQL refuses to run as root, so as root the programs run as the
/// `postgres` user through `runuser`.
public actor PostgresTestServer {
    /// The server of this test process.
    public static let shared = PostgresTestServer()

    private var starting: Task<Running, Error>?
    private var databases = 0

    private init() {}

    /// A new empty database on this process's server (started first when needed); its
    /// `postgres://` address, as `--database` takes it. Throws, with the reason and the log
    /// file, when the server cannot start.
    public func makeDatabase() async throws -> String {
        let server = try await running()
        databases += 1
        let name = "wijzer_\(getpid())_\(databases)"
        try await Self.run("\(server.programs)/createdb", ["-h", "127.0.0.1", "-p", "\(server.port)", "-U", "wijzer", name],
                           log: server.commandLog, limit: .seconds(60))
        return "postgres://wijzer@127.0.0.1:\(server.port)/\(name)"
    }

    /// The server, started by the first caller; later callers wait for the same start, and
    /// see the same failure when it failed.
    private func running() async throws -> Running {
        if let starting { return try await starting.value }
        let task = Task { try await Self.start() }
        starting = task
        return try await task.value
    }

    /// A started server: its port, and where its programs and logs are.
    struct Running: Sendable {
        var port: Int
        var programs: String
        var folder: String
        var commandLog: String { folder + "/commands.log" }
    }

    private static func start() async throws -> Running {
        guard let programs = installedPrograms() else {
            throw Failure("PostgreSQL is niet geïnstalleerd / is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                + "run `make test`, which installs it, or apt-get install postgresql")
        }
        let folder = NSTemporaryDirectory() + "wijzer-pg-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let log = folder + "/commands.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        if getuid() == 0 { try await run("/bin/chown", ["postgres", folder], log: log, limit: .seconds(30)) }
        try await asServerUser(programs, "initdb",
                               ["-D", "\(folder)/data", "-A", "trust", "-U", "wijzer", "-E", "UTF8", "--no-sync"],
                               log: log, limit: .seconds(300))
        // A random high port; another one when it is taken (the start fails and says so in the log).
        // fsync is off: the tests check the store's logic and Wijzer's crashes, not PostgreSQL's.
        // max_connections 400: the suite runs its PostgreSQL tests at once, each store's pool
        // opening up to 20 connections and a LISTEN one under load, some tests two stores; at
        // 200 a slow CI machine once ran out ("sorry, too many clients already", 2026-12-05).
        var lastFailure: Error = Failure("PostgreSQL did not start; see \(log)")
        for _ in 0 ..< 5 {
            let port = Int.random(in: 20_000 ..< 60_000)
            do {
                try await asServerUser(programs, "pg_ctl", [
                    "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-t", "280", "-o",
                    "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400",
                    "start",
                ], log: log, limit: .seconds(300))
                Cleanup.register(folder: folder, data: "\(folder)/data")
                return Running(port: port, programs: programs, folder: folder)
            } catch {
                lastFailure = error
                // A start that timed out may have left a server running.
                try? await asServerUser(programs, "pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "stop"],
                                        log: log, limit: .seconds(30))
            }
        }
        throw lastFailure
    }

    /// Why the server or a database could not be made, with the log file to read.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    private static func asServerUser(_ programs: String, _ name: String, _ arguments: [String],
                                      log: String, limit: Duration) async throws {
        let program = "\(programs)/\(name)"
        if getuid() == 0 {
            try await run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments, log: log, limit: limit)
        } else {
            try await run(program, arguments, log: log, limit: limit)
        }
    }

    /// Runs a program with its output appended to `log` and no other file of this process
    /// open, and polls for its end (`waitpid` with `WNOHANG`) instead of blocking a thread;
    /// throws when it fails or is still running after `limit` (then it is killed).
    ///
    /// Not Foundation's `Process`: on Linux it learns of the end through a descriptor that
    /// `pg_ctl start`'s server inherits, so it waits as long as the server runs.
    private static func run(_ program: String, _ arguments: [String], log: String, limit: Duration) async throws {
        let command = ([program] + arguments).joined(separator: " ")
        let output = open(log, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard output >= 0 else { throw Failure("cannot write \(log)") }
        defer { close(output) }
        _ = "$ \(command)\n".withCString { write(output, $0, strlen($0)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        #if os(Linux)
        _ = closeFrom(&actions, 3)
        #endif
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure("\(command): cannot start (\(String(cString: strerror(spawned))))") }
        let deadline = ContinuousClock.now + limit
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw Failure("\(command): na / after \(limit) geen antwoord / no answer; zie / see \(log)")
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        if status & 0x7F != 0 || (status >> 8) & 0xFF != 0 {
            throw Failure("\(command): mislukt / failed (status \(status)); zie / see \(log):\n"
                + ((try? String(contentsOfFile: log, encoding: .utf8)) ?? ""))
        }
    }

    /// The newest `/usr/lib/postgresql/N/bin` with initdb.
    public static func installedPrograms() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.compactMap(Int.init).sorted().reversed()
            .map { "\(root)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }
}

#if os(Linux)
/// glibc's (2.34 and later) `posix_spawn_file_actions_addclosefrom_np`, which Swift does not import
/// (hence the pointer). Needed because the server `pg_ctl start` leaves running inherits every
/// descriptor the test process has open without close-on-exec; measured: with Foundation's
/// `Process`, which waits on such a descriptor, `swift test` hung after `pg_ctl start` returned
/// until the server was stopped by hand.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func closeFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
#endif

/// Stops the test process's server when the process exits. An immediate shutdown is what
/// `pg_ctl stop -m immediate` sends: SIGQUIT to the postmaster (its pid is the first line of
/// `postmaster.pid`); done with a signal because an exit handler must not start and wait for
/// programs.
private enum Cleanup {
    private static let started = Mutex<(folder: String, data: String)?>(nil)

    static func register(folder: String, data: String) {
        started.withLock { $0 = (folder, data) }
        atexit { Cleanup.stop() }
    }

    static func stop() {
        guard let (folder, data) = started.withLock({ $0 }) else { return }
        let text = (try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8)) ?? ""
        if let pid = text.split(separator: "\n").first.flatMap({ pid_t($0) }), pid > 0, kill(pid, SIGQUIT) == 0 {
            // Wait (at most 5 s) for it to go before its folder does.
            for _ in 0 ..< 100 where kill(pid, 0) == 0 { usleep(50_000) }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
