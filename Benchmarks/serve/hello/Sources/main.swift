import Hummingbird

// The ceiling for `wijzer serve`'s load benchmark (Benchmarks/serve/serve-bench.sh): the same
// Hummingbird, one route answering "Hallo" with no middleware, no logging and no storage, so
// that a run against it on the same machine shows what the framework and loopback can do.
// GET / is the ceiling of issue 16's target; POST / reads the body first (as a saved answer's
// form is read) and shows what the framework itself spends on a POST.
//
//   hello-server [port]      (default 8081, on 127.0.0.1)
let port = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8081

let router = Router()
router.get("/") { _, _ in "Hallo" }
router.post("/") { request, _ in
    var request = request
    _ = try await request.collectBody(upTo: 64 * 1024)
    return "Hallo"
}

let app = Application(router: router,
                      configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "hello-server"))
try await app.runService()
