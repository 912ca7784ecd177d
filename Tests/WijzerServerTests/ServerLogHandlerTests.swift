import Foundation
import Hummingbird
import Logging
import Synchronization
import Testing
import WijzerServer

/// The server's log lines, as a request logger writes them.
@Suite struct ServerLogHandlerTests {
    /// Collects what the handler writes.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func add(_ bytes: [UInt8]) { lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) } }
    }

    private func logger(_ lines: Lines) -> Logger {
        Logger(label: "Wijzer") { label in ServerLogHandler(label: label, output: lines.add) }
    }

    @Test func oneLineWithTheTimeLevelLabelSortedMetadataAndMessage() throws {
        let lines = Lines()
        var logger = logger(lines)
        logger[metadataKey: "hb.request.id"] = "8e6af609"
        logger[metadataKey: "a"] = "1"
        let before = Date().timeIntervalSince1970.rounded(.down)
        logger.info("POST /s/{link}/thema/{theme}/vraag/{number} 303 0.7 ms")
        let after = Date().timeIntervalSince1970
        let line = try #require(lines.all.first)
        #expect(lines.all.count == 1 && line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
        let (stamp, rest) = (String(line.prefix(20)), line.dropFirst(20))
        #expect(rest == " info Wijzer: a=1 hb.request.id=8e6af609 POST /s/{link}/thema/{theme}/vraag/{number} 303 0.7 ms\n")
        // UTC, to the second.
        let time = try #require(ISO8601DateFormatter().date(from: stamp)).timeIntervalSince1970
        #expect(stamp.hasSuffix("Z") && time >= before && time <= after)
    }

    /// A request's logger holds only its id: the one pair is written as it is.
    @Test func aLineWithOnePairOfMetadata() {
        let lines = Lines()
        var logger = logger(lines)
        logger[metadataKey: "hb.request.id"] = "8e6af609"
        logger.info("GET /s/{link} 200 0.4 ms")
        logger.info("zonder", metadata: ["hb.request.id": "9"])
        #expect(lines.all.map { $0.dropFirst(20) } == [
            " info Wijzer: hb.request.id=8e6af609 GET /s/{link} 200 0.4 ms\n", " info Wijzer: hb.request.id=9 zonder\n",
        ])
    }

    @Test func aMessagesOwnMetadataJoinsTheLoggersAndBelowInfoNothingIsWritten() {
        let lines = Lines()
        var logger = logger(lines)
        logger[metadataKey: "hb.request.id"] = "1"
        logger.debug("niet te zien")
        logger.error("request failed: X", metadata: ["hb.request.id": "2", "b": "3"])
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.dropFirst(20) == " error Wijzer: b=3 hb.request.id=2 request failed: X\n")
    }

    /// `LOG_LEVEL` sets the server's level, as it did with Hummingbird's own default logger:
    /// `warning` leaves out the line of each request.
    @Test func logLevelFromTheEnvironmentElseInfo() {
        #expect(ServerLogHandler.logger(label: "Wijzer", environment: Environment(values: ["LOG_LEVEL": "warning"])).logLevel == .warning)
        #expect(ServerLogHandler.logger(label: "Wijzer", environment: Environment(values: ["LOG_LEVEL": "debug"])).logLevel == .debug)
        #expect(ServerLogHandler.logger(label: "Wijzer", environment: Environment(values: ["LOG_LEVEL": "luid"])).logLevel == .info)
        #expect(ServerLogHandler.logger(label: "Wijzer", environment: Environment(values: [:])).logLevel == .info)
    }

    @Test func withoutMetadataTheMessageFollowsTheLabel() {
        let lines = Lines()
        logger(lines).warning("let op")
        #expect(lines.all.first?.dropFirst(20) == " warning Wijzer: let op\n")
    }
}
