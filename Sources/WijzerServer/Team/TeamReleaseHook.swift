import Hummingbird

/// After a participant finished a theme (the POST to `/s/{link}/thema/{theme}/afronden` was
/// answered with its redirect), releases what is due in the team sessions of that link, so an
/// open team view hears about it without anyone reloading.
struct TeamReleaseHook<Context: RequestContext>: RouterMiddleware {
    let server: WebServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .post, response.status == .seeOther, server.teams != nil else { return response }
        var path = Substring(request.uri.path)
        if !server.settings.prefix.isEmpty {
            guard path.hasPrefix(server.settings.prefix) else { return response }
            path = path.dropFirst(server.settings.prefix.count)
        }
        let parts = path.split(separator: "/")
        if parts.count == 5, parts[0] == "s", parts[2] == "thema", parts[4] == "afronden", PrivateLink.isWellFormed(parts[1]) {
            try await server.releaseSessions(of: String(parts[1]))
        }
        return response
    }
}
