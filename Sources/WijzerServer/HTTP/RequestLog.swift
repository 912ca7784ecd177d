import Hummingbird

/// One log line per request: method, the route's pattern (`/s/{link}/plan`, never the link
/// itself), status and time. No answers, tokens, query strings or IP addresses.
enum RequestLog {
    static func write<Context: RequestContext>(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let route = context.endpointPath ?? "(geen route)"
        context.logger.info("\(request.method.rawValue) \(route) \(status) \((ms * 10).rounded() / 10) ms")
    }
}
