import Hummingbird

/// Every request's way into the server: an answer to a question, when its path is written as
/// the forms write it (`QuestionPath.init?(path:)`), straight to `WebServer.answer` behind
/// `ServerMiddleware`; every other request to the router, whose routes have the same
/// middleware.
struct WebResponder: HTTPResponder {
    let server: WebServer
    let routes: RouterResponder<BasicRequestContext>
    let middleware: ServerMiddleware<BasicRequestContext>

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        if request.method == .post, let question = QuestionPath(path: request.uri.path) {
            return try await middleware.handle(request, context: context) { request, context in
                context.coreContext.endpointPath.value = QuestionPath.loggedRoute
                return try await server.answer(request, question)
            }
        }
        return try await routes.respond(to: request, context: context)
    }
}
