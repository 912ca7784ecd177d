import Foundation
import WijzerTestSupport

/// Runs `wijzer` from `/bin/sh`, for faults only a shell sets up: closed descriptors, resource
/// limits (`ulimit`), ignored signals. Under `timeout -s KILL 20`, so a hang fails the test
/// instead of blocking the suite.
enum ShellRun {
    /// `setup; exec timeout … wijzer arguments redirections` in `directory`.
    static func wijzer(_ arguments: [String], setup: String = "", redirections: String = "</dev/null",
                       directory: String) throws -> WijzerProcess.Outcome {
        let quoted = ([WijzerProcess.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let script = (setup.isEmpty ? "" : setup + "; ") + "exec timeout -s KILL 20 \(quoted) \(redirections)"
        return try WijzerProcess.runExecutableForTests("/bin/sh", ["-c", script], directory: directory)
    }
}
