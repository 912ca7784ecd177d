import Hummingbird
import WijzerScoring

/// One log line per request: method, the route's pattern (`/s/{link}/plan`, never the link
/// itself), status and time. No answers, tokens, query strings or IP addresses.
enum RequestLog {
    static func write<Context: RequestContext>(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let route = context.endpointPath ?? "(geen route)"
        context.logger.info("\(message(method: request.method.rawValue, route: route, status: status, elapsed: ContinuousClock.now - start))")
    }

    /// `POST /s/{link}/thema/{theme}/vraag/{number} 303 0.7 ms`: the time in milliseconds to a
    /// tenth (half a tenth up). Written as bytes and made a string once: an interpolation of its
    /// seven pieces, the time a `Double`, cost every request 3,500 instructions
    /// (`save-instructions.py`).
    static func message(method: String, route: String, status: Int, elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let tenthOfAMillisecond: Int64 = 100_000_000_000_000
        let tenths = UInt(clamping: max(0, seconds) * 10_000 + (max(0, attoseconds) + tenthOfAMillisecond / 2) / tenthOfAMillisecond)
        var text: [UInt8] = []
        text.reserveCapacity(method.utf8.count + route.utf8.count + 24)
        text += method.utf8
        text.append(UInt8(ascii: " "))
        text += route.utf8
        text.append(UInt8(ascii: " "))
        text.appendDecimal(UInt(clamping: status))
        text.append(UInt8(ascii: " "))
        text.appendDecimal(tenths / 10)
        text.append(UInt8(ascii: "."))
        text.appendDecimal(tenths % 10)
        text += " ms".utf8
        return String(decoding: text, as: UTF8.self)
    }
}
