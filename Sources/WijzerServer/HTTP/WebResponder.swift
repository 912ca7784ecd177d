import Hummingbird

/// Every request's way into the server. A question's path written as the pages write it
/// (`QuestionPath.init?(path:)`) goes straight to `WebServer.question` (GET) or
/// `WebServer.answer` (POST) behind `ServerMiddleware`: the page and the answer are the
/// requests a server gets most, and Hummingbird's router took a twelfth of a save's
/// instructions for this path (`QuestionPath`). Every other request goes to the router, whose
/// routes have the same middleware.
struct WebResponder: HTTPResponder {
    let server: WebServer
    let routes: RouterResponder<BasicRequestContext>
    let middleware: ServerMiddleware<BasicRequestContext>

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let method = request.method
        guard method == .get || method == .post, let question = QuestionPath(path: request.uri.path) else {
            return try await routes.respond(to: request, context: context)
        }
        return try await middleware.handle(request, context: context) { request, context in
            context.coreContext.endpointPath.value = QuestionPath.loggedRoute
            if method == .get { return try await server.question(request, question) }
            return try await server.answer(request, question)
        }
    }
}
