#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP, turned into bytes on a pipe (the self-pipe trick), so the
/// runner notices them while it waits for input and can save and leave in an orderly way.
public enum SignalTrap {
    /// The signals the runner handles.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers once; later calls do nothing.
    public static func install() {
        guard trapReadEnd < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        trapWriteEnd = fds[1]
        trapReadEnd = fds[0]
        for signal in signals { trap(signal) }
        // A parent may have started us with these signals blocked (blocked masks survive exec).
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Also catches Ctrl-Z (SIGTSTP), for a terminal reader that must restore the terminal
    /// before it stops and redraw its prompt after `fg` (see `suspend`).
    public static func installSuspend() {
        install()
        trap(SIGTSTP)
    }

    /// Stops the process as Ctrl-Z would have, now that the terminal is restored; returns
    /// after `fg` (SIGCONT) with the trap in place again.
    static func suspend() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        trap(SIGTSTP)
    }

    private static func trap(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            // Async-signal-safe: one write(2) of one byte.
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(trapWriteEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns EINTR
        sigaction(signal, &action, nil)
    }

    /// The signal that arrived, if any, without waiting.
    public static func take() -> Int32? {
        guard trapReadEnd >= 0 else { return nil }
        var byte: UInt8 = 0
        return read(trapReadEnd, &byte, 1) == 1 ? Int32(byte) : nil
    }

    /// Waits until `fd` has input or a signal arrives.
    static func wait(for fd: Int32) -> Int32? {
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            if trapReadEnd >= 0 { fds.append(pollfd(fd: trapReadEnd, events: Int16(POLLIN), revents: 0)) }
            let n = poll(&fds, nfds_t(fds.count), -1)
            if let signal = take() { return signal }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }
}

nonisolated(unsafe) private var trapReadEnd: Int32 = -1
nonisolated(unsafe) private var trapWriteEnd: Int32 = -1
