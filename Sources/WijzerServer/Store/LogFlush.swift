import NIOPosix
import Synchronization
import SystemPackage
import WijzerStorage

/// Makes the SQLite store's commits durable: a flush (fsync) of the database's write-ahead log,
/// the `-wal` file, after the commit and outside the writer's lock.
///
/// Why: with `synchronous=FULL` SQLite flushes the log inside every commit, so the one writer
/// waited for the disk (about 2 ms here) with each group of saves, and while it waited no
/// other group could be written: with self-checks of the sizes teachers have, the cores idled
/// a sixth of a saturated round. The store now commits with `synchronous=NORMAL`, which writes
/// a commit's pages to the log (into the operating system's cache: a killed server loses
/// nothing) and keeps the file consistent, flushing the log before each checkpoint; and a
/// group's callers get their answers only after this flush (`GroupQueue`'s settle), so an
/// acknowledged answer is on the disk as before, while the next group is being written.
///
/// A flush covers every commit written before it began. One that fails leaves the store
/// refusing to write (`StoreError.notDurable`): after a failed fsync the system may have dropped
/// the pages it could not write, and a later flush that succeeds would not bring them back.
final class LogFlush: Sendable {
    /// The flush itself, replaced in tests to make it fail.
    typealias Sync = @Sendable (FileDescriptor) throws -> Void

    private struct State {
        /// The log, once `open()` found it.
        var log: FileDescriptor?
        /// Why the store no longer writes, once a flush failed.
        var failure: String?
    }

    private let database: String
    private let sync: Sync
    private let state = Mutex(State())
    /// One thread of its own: a flush blocks its thread for as long as the disk takes, while
    /// sqlite-nio's shared threads (as many as cores) run the writer's next group and the
    /// pages' reads.
    private let pool = NIOThreadPool(numberOfThreads: 1)
    /// Groups that commit during a flush share the next one.
    private let shared = SharedFlush()

    /// For the database file at `database`; `open()` once SQLite made its log.
    init(database: String, sync: @escaping Sync = LogFlush.fsync) {
        self.database = database
        self.sync = sync
        pool.start()
    }

    /// Opens the log (the file SQLite made when the writer's connection went to WAL mode and
    /// wrote) and flushes its folder once, so the log's name is on the disk too.
    func open() throws {
        let path = FilePath(database + "-wal")
        let log = try FileDescriptor.open(path, .readOnly, options: [.closeOnExec], retryOnInterrupt: true)
        do {
            let folder = path.removingLastComponent()
            try DurableFile.syncNames(in: folder.isEmpty ? "." : folder.string)
        } catch {
            try? log.close()
            throw error
        }
        state.withLock { $0.log = log }
    }

    /// Throws `StoreError.notDurable` once a flush failed: checked before each write, so the
    /// store changes nothing more that it could not acknowledge.
    func checkWritable() throws {
        if let failure = state.withLock({ $0.failure }) { throw StoreError.notDurable(failure) }
    }

    /// Returns once every commit written before the call is on the disk; throws
    /// `StoreError.notDurable` when it may not be. Callers that ask during a flush share the
    /// next one (`SharedFlush`).
    func flush() async throws {
        try await shared.wait { try await self.flushLog() }
    }

    /// One flush of the log, on the flush thread; none once one failed.
    private func flushLog() async throws {
        let (log, failure) = state.withLock { ($0.log, $0.failure) }
        if let failure { throw StoreError.notDurable(failure) }
        guard let log else { throw StoreError.notDurable("the database's log is not open") }
        do {
            try await pool.runIfActive { [sync] in try sync(log) }
        } catch {
            let reason = "the flush of the database's log failed: \(error)"
            state.withLock { if $0.failure == nil { $0.failure = reason } }
            throw StoreError.notDurable(reason)
        }
    }

    /// Stops the flush thread and closes the log; flushes after this fail.
    func close() async {
        try? await pool.shutdownGracefully()
        let log = state.withLock { state in
            defer { state.log = nil }
            return state.log
        }
        try? log?.close()
    }

    deinit {
        pool.shutdownGracefully { _ in }
        try? state.withLock { $0.log }?.close()
    }

    /// fsync(2), as a durable save of a file makes it.
    static let fsync: Sync = { descriptor in try DurableFile.sync(descriptor) }
}
