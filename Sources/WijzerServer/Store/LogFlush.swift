#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOPosix
import Synchronization
import SystemPackage

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
        /// Callers waiting for the next flush, each of whose commits came before it asked.
        var waiting: [CheckedContinuation<Void, Error>] = []
        /// Whether the flush thread is at work: a caller that asks meanwhile waits for the
        /// next flush, which then serves everyone waiting by then at once.
        var flushing = false
    }

    private let database: String
    private let sync: Sync
    private let state = Mutex(State())
    /// One thread of its own: a flush blocks its thread for as long as the disk takes, while
    /// sqlite-nio's shared threads (as many as cores) run the writer's next group and the
    /// pages' reads.
    private let pool = NIOThreadPool(numberOfThreads: 1)

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
        let folder = path.removingLastComponent()
        let directory = try FileDescriptor.open(folder.isEmpty ? "." : folder, .readOnly, options: [.directory, .closeOnExec])
        defer { try? directory.close() }
        try Self.fsync(directory)
        state.withLock { $0.log = log }
    }

    /// Throws `StoreError.notDurable` once a flush failed: checked before each write, so the
    /// store changes nothing more that it could not acknowledge.
    func checkWritable() throws {
        if let failure = state.withLock({ $0.failure }) { throw StoreError.notDurable(failure) }
    }

    /// Returns once every commit written before the call is on the disk; throws
    /// `StoreError.notDurable` when it may not be. Callers that ask while a flush is under way
    /// share the next one: at most one flush waits to begin, however many groups committed.
    func flush() async throws {
        try checkWritable()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            let start = state.withLock { state in
                state.waiting.append(continuation)
                if state.flushing { return false }
                state.flushing = true
                return true
            }
            if start { pool.submit { work in self.flushWaiting(work) } }
        }
    }

    /// On the flush thread: one flush for everyone waiting, again while others came to wait
    /// during it (their commits may have come after it began).
    private func flushWaiting(_ work: NIOThreadPool.WorkItemState) {
        while true {
            let (waiting, log) = state.withLock { state in
                defer { state.waiting = [] }
                if state.waiting.isEmpty { state.flushing = false }
                return (state.waiting, state.log)
            }
            if waiting.isEmpty { return }
            let outcome: Result<Void, Error>
            do {
                try checkWritable()
                guard work == .active, let log else { throw StoreError.notDurable("the database's log is closed") }
                try sync(log)
                outcome = .success(())
            } catch let error as StoreError {
                outcome = .failure(error)
            } catch {
                let reason = "the flush of the database's log failed: \(error)"
                state.withLock { if $0.failure == nil { $0.failure = reason } }
                outcome = .failure(StoreError.notDurable(reason))
            }
            for continuation in waiting { continuation.resume(with: outcome) }
        }
    }

    /// How many callers wait for a flush to begin (for tests).
    var waitingCount: Int { state.withLock { $0.waiting.count } }

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

    /// fsync(2).
    static let fsync: Sync = { descriptor in
        if flushFile(descriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
    }
}

// The C function, under a name the property does not hide.
private func flushFile(_ descriptor: Int32) -> Int32 { fsync(descriptor) }
