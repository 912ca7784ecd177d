import Foundation
import WijzerTestSupport

/// A `wijzer` process that keeps running while a test acts on it: answers are written to its
/// standard input one piece at a time, and it can be stopped, finished or killed. Its output
/// goes to files, so a full pipe never blocks it.
final class LiveWijzer {
    let process = Process()
    private let input = Pipe()
    private let outPath: String
    private let errPath: String

    init(_ arguments: [String], directory: String, name: String = UUID().uuidString) throws {
        outPath = directory + "/.live-\(name).out"
        errPath = directory + "/.live-\(name).err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: WijzerProcess.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    /// What the process printed and how it ended (status -1 while it runs).
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    var pid: Int32 { process.processIdentifier }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Closes standard input and waits for the end.
    func finish() -> Outcome {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return outcome
    }

    /// SIGKILL, then waits.
    func kill() {
        Foundation.kill(pid, SIGKILL)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    var outcome: Outcome {
        Outcome(status: process.isRunning ? -1 : process.terminationStatus,
                              stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                              stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// Waits (up to `timeout` seconds) until `condition` holds; returns whether it did.
    static func waitUntil(timeout: Double = 20, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
