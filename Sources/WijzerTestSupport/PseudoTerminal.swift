#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs the real `wijzer` on a pseudo-terminal (forkpty) for end-to-end tests: type keys, wait
/// for text with a timeout, send Ctrl-C, Ctrl-D, Tab and arrow keys, read the screen, kill.
public final class PseudoTerminal {
    /// Keys as a terminal sends them.
    public enum Key {
        public static let enter = "\r"
        public static let tab = "\t"
        public static let ctrlC = "\u{03}"
        public static let ctrlD = "\u{04}"
        public static let up = "\u{1B}[A"
        public static let down = "\u{1B}[B"
        public static let left = "\u{1B}[D"
        public static let backspace = "\u{7F}"
    }

    public struct Timeout: Error, CustomStringConvertible {
        public var waitingFor: String
        public var screen: String
        public var description: String { "timed out waiting for \(waitingFor.debugDescription); screen:\n\(screen)" }
    }

    public let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    private var exitStatus: Int32?
    /// How far `waitFor` has consumed the output, so the same text is awaited only once.
    private var mark = 0

    /// Starts `executable arguments` (default: the built `wijzer`) on a terminal of `columns`
    /// × `rows` (80×24 unless told).
    public init(_ arguments: [String], executable: String = WijzerProcess.binary, directory: String? = nil,
                environment: [String: String] = [:], columns: UInt16 = 80, rows: UInt16 = 24) throws {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm"
        env["INPUTRC"] = "/dev/null"
        for (k, v) in environment { env[k] = v }
        // Everything the child needs is prepared before fork: after it, only exec.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let dir = directory.map { strdup($0) } ?? nil
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            free(dir)
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var fd: Int32 = -1
        let child = forkpty(&fd, nil, nil, &size)
        if child < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if child == 0 {
            // Start the program as a terminal would: no blocked signals, default handlers.
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { Glibc.signal(s, SIG_DFL) }
            if let dir { _ = chdir(dir) }
            // Descriptors other threads had open at fork time (a binary being copied, a pipe)
            // must not leak into the program: an open write handle makes exec fail with ETXTBSY.
            for descriptor: Int32 in 3..<4096 { close(descriptor) }
            execve(argv[0]!, argv, envp)
            _exit(127)
        }
        pid = child
        master = fd
    }

    deinit {
        if exitStatus == nil { kill(pid, SIGKILL); _ = waitExit(timeout: 5) }
        close(master)
    }

    /// Types `text` as it is (use `Key` for special keys).
    public func send(_ text: String) {
        var data = Array(text.utf8)
        _ = data.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types raw bytes, e.g. invalid UTF-8.
    public func send(bytes data: [UInt8]) {
        var data = data
        _ = data.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types `text` and Enter.
    public func type(_ text: String) { send(text + Key.enter) }

    /// Everything shown so far, with escape sequences and carriage returns removed.
    public var screen: String { Self.plain(bytes) }

    /// Everything shown so far, raw.
    public var raw: String { String(decoding: bytes, as: UTF8.self) }

    /// Waits until `text` appears in output not yet consumed by an earlier `waitFor`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let shown = Self.plain(Array(bytes[mark...]))
            if let r = shown.range(of: text) {
                // Advance the mark past the match, measured in raw bytes of the plain prefix.
                let prefix = String(shown[..<r.upperBound])
                mark = rawOffset(afterPlain: prefix.utf8.count)
                return shown
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || (exitStatus != nil) { throw Timeout(waitingFor: text, screen: screen) }
            pump(timeout: min(left, 0.2))
        }
    }

    /// Waits until one of `texts` appears in output not yet consumed, and consumes up to the
    /// earliest; which one appeared, and the output up to and including it.
    public func waitForAny(_ texts: [String], timeout: Double = 30) throws -> (index: Int, shown: String) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let shown = Self.plain(Array(bytes[mark...]))
            let found = texts.indices.compactMap { i in shown.range(of: texts[i]).map { (i, $0) } }
            if let (index, range) = found.min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                let prefix = String(shown[..<range.upperBound])
                mark = rawOffset(afterPlain: prefix.utf8.count)
                return (index, prefix)
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || (exitStatus != nil) { throw Timeout(waitingFor: texts.joined(separator: " | "), screen: screen) }
            pump(timeout: min(left, 0.2))
        }
    }

    /// Waits for the process to end; its exit status, or 128 + signal when killed.
    public func waitExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil && Date() < deadline {
            pump(timeout: 0.05)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pump(timeout: 0.05)
                let signal = status & 0x7F
                exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
        }
        return exitStatus
    }

    /// Sends a signal to the process (SIGKILL, SIGTERM, SIGHUP).
    public func signal(_ number: Int32) { kill(pid, number) }

    /// The terminal's settings as the process left them (to check it restored them).
    public var terminalAttributes: termios {
        var t = termios()
        tcgetattr(master, &t)
        return t
    }

    private func pump(timeout: Double) {
        var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, Int32(timeout * 1000)) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 8192)
        let n = read(master, &chunk, chunk.count)
        if n > 0 { bytes += chunk[..<n] }
    }

    private func rawOffset(afterPlain count: Int) -> Int {
        var end = mark
        while end < bytes.count && Self.plain(Array(bytes[mark..<end])).utf8.count < count { end += 1 }
        return end
    }

    /// Output without ANSI escape sequences, bracketed-paste toggles and carriage returns.
    static func plain(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                i += 1
                if i < bytes.count && bytes[i] == UInt8(ascii: "[") {
                    i += 1
                    while i < bytes.count && !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                } else if i < bytes.count && (bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: ")")) {
                    i += 1
                }
                i += 1
                continue
            }
            if b == 0x0D || b == 0x07 || b == 0x08 { i += 1; continue }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
