import Foundation
import Hummingbird
import Logging
import SystemPackage
import WijzerScoring

/// The server's log: one line per message, `2026-12-02T12:37:12Z info Wijzer: hb.request.id=… GET
/// /s/{link} 200 0.4 ms`, on standard error (under systemd, the journal).
///
/// Why not swift-log's `StreamLogHandler`: Hummingbird gives every request a logger with its own
/// request id, and `StreamLogHandler` formats its metadata each time one is set, and each line's
/// time through the local time zone: against a build without any log, it cost 26,000
/// instructions of every saved answer (4 %, `Benchmarks/serve/save-instructions.py`), for one
/// line. This handler formats metadata only for a line it writes, and the time as UTC: 16,000.
public struct ServerLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let output: @Sendable ([UInt8]) -> Void

    /// A handler that hands each line, newline included, to `output` (one call per line).
    public init(label: String, output: @escaping @Sendable ([UInt8]) -> Void) {
        self.label = label
        self.output = output
    }

    /// A handler that writes each line to standard error with one `write` (lines of concurrent
    /// requests do not interleave).
    public static func standardError(label: String) -> ServerLogHandler {
        ServerLogHandler(label: label) { line in _ = try? FileDescriptor.standardError.writeAll(line) }
    }

    /// The server's logger: this handler on standard error, at the level `LOG_LEVEL` names
    /// (`debug`, `info`, `warning`, …), as Hummingbird's own default logger reads it; else info.
    public static func logger(label: String, environment: Environment = Environment()) -> Logger {
        var logger = Logger(label: label, factory: standardError)
        logger.logLevel = environment.get("LOG_LEVEL").flatMap { Logger.Level(rawValue: $0) } ?? .info
        return logger
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // To the second, as the journal shows it: a whole second is formatted without a calendar,
        // straight into the line.
        var line: [UInt8] = []
        line.reserveCapacity(160)
        ISODate.append(ResultCodec.now(), to: &line)
        // Appended piece by piece: interpolating the level went through reflection.
        line.append(UInt8(ascii: " "))
        line += event.level.rawValue.utf8
        line.append(UInt8(ascii: " "))
        line += label.utf8
        line.append(UInt8(ascii: ":"))
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { _, new in new } }
        for (key, value) in all.sorted(by: { $0.key < $1.key }) {
            line.append(UInt8(ascii: " "))
            line += key.utf8
            line.append(UInt8(ascii: "="))
            line += value.description.utf8
        }
        line.append(UInt8(ascii: " "))
        line += event.message.description.utf8
        line.append(0x0A)
        output(line)
    }
}
