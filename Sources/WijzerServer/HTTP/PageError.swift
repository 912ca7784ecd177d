import Hummingbird
import Logging

/// A request that cannot be served, with the Dutch message the teacher sees on the error page.
struct PageError: Error {
    var status: HTTPResponse.Status
    var title: String
    var message: String

    static func notFound() -> PageError {
        PageError(status: .notFound, title: "Pagina niet gevonden",
                  message: "Deze pagina bestaat niet, of de link klopt niet (meer). Controleer of je de hele link hebt gekopieerd. Zijn je antwoorden verwijderd, dan werkt de link niet meer.")
    }

    static func badRequest(_ message: String) -> PageError {
        PageError(status: .badRequest, title: "Dit kunnen we niet verwerken", message: message)
    }
}

/// Every error as a Dutch page with the right status: `PageError`s as they say, a route that
/// does not exist as 404, anything else as 500 without details.
enum ErrorPages {
    static func response(for error: any Error, prefix: String, logger: Logger) -> Response {
        let c = PageContext(prefix: prefix, csrf: "")
        switch error {
        case let error as PageError:
            return html(StartPages.message(c, title: error.title, message: error.message), status: error.status)
        case let error as HTTPResponseError where error.status == .notFound:
            let e = PageError.notFound()
            return html(StartPages.message(c, title: e.title, message: e.message), status: .notFound)
        case StoreError.notDurable(let reason):
            // Said in full once per request: a school's IT must see that the disk, not Wijzer, failed.
            logger.error("request failed: \(reason); nothing more is stored until the server is started again (check the disk first)")
            return failed(c)
        default:
            logger.error("request failed: \(String(describing: type(of: error)))")
            return failed(c)
        }
    }

    /// The page of a request that failed on the server, without details.
    private static func failed(_ c: PageContext) -> Response {
        html(StartPages.message(c, title: "Er ging iets mis",
                                message: "Er ging iets mis op de server. Je laatste antwoord is misschien niet bewaard; probeer het opnieuw."),
             status: .internalServerError)
    }
}

/// An HTML response.
func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
}
