import Foundation

/// Runs the real `wijzer` binary for end-to-end tests.
public enum WijzerProcess {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The built `wijzer` next to the test bundle (SwiftPM puts products in one folder), or the
    /// binary named by `WIJZER_BINARY` (to run the end-to-end tests against a release build).
    public static var binary: String {
        if let path = ProcessInfo.processInfo.environment["WIJZER_BINARY"], !path.isEmpty { return path }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("wijzer").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("wijzer").path
    }

    /// The repository root, found from this file's location.
    public static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// Runs `wijzer arguments` with `stdin` piped in, in `directory`, with extra environment.
    public static func run(_ arguments: [String], stdin: String = "", directory: String? = nil,
                           environment: [String: String] = [:]) throws -> Outcome {
        try runExecutable(binary, arguments, stdin: Array(stdin.utf8), directory: directory, environment: environment)
    }

    /// Runs `wijzer arguments` with raw bytes on standard input (invalid UTF-8, say).
    public static func run(_ arguments: [String], stdinBytes: [UInt8], directory: String? = nil) throws -> Outcome {
        try runExecutable(binary, arguments, stdin: stdinBytes, directory: directory, environment: [:])
    }

    /// Runs `wijzer` on a pseudo-terminal (`PseudoTerminal`) until it exits; on a terminal,
    /// standard output and error are one stream, returned as `stdout`.
    public static func runOnTerminal(_ arguments: [String], directory: String? = nil,
                                     environment: [String: String] = [:]) throws -> Outcome {
        let terminal = try PseudoTerminal(arguments, directory: directory, environment: environment)
        let status = terminal.waitExit() ?? -1
        return Outcome(status: status, stdout: terminal.raw, stderr: "")
    }

    /// Runs another executable (a copied `wijzer`, say) the same way.
    public static func runExecutableForTests(_ path: String, _ arguments: [String], directory: String? = nil) throws -> Outcome {
        try runExecutable(path, arguments, stdin: [], directory: directory, environment: [:])
    }

    static func runExecutable(_ path: String, _ arguments: [String], stdin: [UInt8], directory: String?,
                              environment: [String: String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

}

/// A fresh temporary folder, removed by the caller with `remove()`.
public struct TemporaryFolder: Sendable {
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "wijzer-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return file
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
