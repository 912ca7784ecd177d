import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-time measurement: `runs` timed runs after an optional warm-up, median and minimum.
struct Timing {
    var samples: [Double]  // seconds

    var median: Double {
        let s = samples.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var min: Double { samples.min() ?? .nan }

    /// Times `body` `runs` times. Its result is kept alive until the clock has stopped, so the
    /// deallocation of one run's output is not counted (as for every contender alike).
    static func measure<T>(runs: Int, warmUp: Bool, _ body: () throws -> T) rethrows -> Timing {
        if warmUp { _ = try body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            let result = try body()
            let elapsed = start.duration(to: clock.now)
            withExtendedLifetime(result) {}
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return Timing(samples: samples)
    }
}

extension Timing {
    /// Times `a` and `b` in turns (a, b, a, b, ...) after a warm-up of each, so that a slower
    /// spell of a shared machine falls on both alike instead of on whichever ran then.
    static func interleaved<A, B>(runs: Int, _ a: () throws -> A, _ b: () throws -> B) rethrows -> (Timing, Timing) {
        _ = try a()
        _ = try b()
        var ta = Timing(samples: []), tb = Timing(samples: [])
        for _ in 0..<runs {
            ta.samples += try measure(runs: 1, warmUp: false, a).samples
            tb.samples += try measure(runs: 1, warmUp: false, b).samples
        }
        return (ta, tb)
    }
}

/// Runs child processes with posix_spawn, their output sent to /dev/null.
enum Spawn {
    struct Outcome {
        var status: Int32
        /// Peak resident set size of the child, in bytes (from wait4's rusage). On Linux this is
        /// not the child's alone: posix_spawn starts it in the parent's address space (vfork),
        /// and the kernel carries that address space's high-water mark over the exec. Use the
        /// child's own VmHWM (`peakRSSOfThisProcess`) for a clean figure.
        var maxRSS: Int
        var seconds: Double
    }

    /// Spawns `path arguments`, waits for it, and returns its exit status, peak RSS and wall time.
    static func run(_ path: String, _ arguments: [String], quiet: Bool = true) -> Outcome? {
        spawn(path, arguments, quiet: quiet, captureOutput: false)?.outcome
    }

    /// Like `run`, but returns what the child wrote to standard output as well.
    static func capture(_ path: String, _ arguments: [String]) -> (outcome: Outcome, output: String)? {
        spawn(path, arguments, quiet: true, captureOutput: true)
    }

    private static func spawn(_ path: String, _ arguments: [String], quiet: Bool,
                              captureOutput: Bool) -> (outcome: Outcome, output: String)? {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeFDs: [Int32] = [-1, -1]
        if captureOutput {
            guard pipe(&pipeFDs) == 0 else { return nil }
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
            posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
        } else if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        var output: [UInt8] = []
        if captureOutput {
            close(pipeFDs[1])
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(pipeFDs[0], &chunk, chunk.count)
                if n > 0 { output += chunk[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
            }
            close(pipeFDs[0])
        }
        guard rc == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        let elapsed = start.duration(to: clock.now)
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        #if canImport(Darwin)
        let maxRSS = Int(usage.ru_maxrss)  // bytes on Darwin
        #else
        let maxRSS = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
        let outcome = Outcome(status: exitStatus, maxRSS: maxRSS,
                              seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        return (outcome, String(decoding: output, as: UTF8.self))
    }

    /// The median wall time of `runs` runs of each command, the commands taking turns (so a
    /// slower spell of the machine falls on all of them alike); nil when one could not be started.
    static func medianTimes(_ commands: [(path: String, arguments: [String])], runs: Int) -> [(median: Double, status: Int32)]? {
        var statuses: [Int32] = []
        for c in commands {  // warm-up: page cache, dynamic loader
            guard let first = run(c.path, c.arguments) else { return nil }
            statuses.append(first.status)
        }
        var samples = [[Double]](repeating: [], count: commands.count)
        for _ in 0..<runs {
            for (i, c) in commands.enumerated() {
                guard let o = run(c.path, c.arguments) else { return nil }
                samples[i].append(o.seconds)
            }
        }
        return zip(samples, statuses).map { (Timing(samples: $0).median, $1) }
    }
}

/// This process's own executable, for re-running it as a child.
func currentExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return CommandLine.arguments[0]
}

/// This process's peak resident set size in bytes: VmHWM from /proc/self/status (Linux), which
/// starts afresh at exec; elsewhere getrusage's ru_maxrss.
func peakRSSOfThisProcess() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst(6).filter(\.isNumber)
            if let kB = Int(digits) { return kB * 1024 }
        }
    }
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
    return Int(usage.ru_maxrss)
    #else
    return Int(usage.ru_maxrss) * 1024
    #endif
}
