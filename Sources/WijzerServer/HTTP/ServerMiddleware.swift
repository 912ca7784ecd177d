import Hummingbird

/// What every request passes through: an error becomes a Dutch page (`ErrorPages`), every
/// response gets the security headers (`SecurityHeaders`), and one line is logged
/// (`RequestLog`), with the status the browser gets.
///
/// One middleware rather than three: each of Hummingbird's middleware layers is one more async
/// call with its own task frame and closure context around the route, for every request. As
/// three, they cost a saved answer 5,800 instructions more (497,000 against 491,000,
/// `Benchmarks/serve/save-instructions.py`, 2026-12-02).
struct ServerMiddleware<Context: RequestContext>: RouterMiddleware {
    let prefix: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = ErrorPages.response(for: error, prefix: prefix, logger: context.logger)
        }
        SecurityHeaders.add(to: &response)
        RequestLog.write(request, context, status: response.status.code, since: start)
        return response
    }
}
