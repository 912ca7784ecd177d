import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WijzerTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The real `wijzer serve` binary on a free loopback port, its output in files.
final class LiveServer {
    let process = Process()
    let port: Int
    let outPath: String
    let errPath: String

    init(folder: String, arguments: [String] = []) throws {
        port = try Self.freePort()
        outPath = folder + "/serve.out"
        errPath = folder + "/serve.err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: WijzerProcess.binary)
        process.arguments = ["serve", "--port", String(port), "--data-dir", folder + "/data"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    var stdout: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }

    /// Waits (at most 30 s) until the server says it runs; false if it ended or never did.
    func waitUntilRunning() async throws -> Bool {
        for _ in 0 ..< 300 {
            if stdout.contains("Wijzer draait") { return true }
            if !process.isRunning { return false }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// A port nothing listens on now: bound to port 0 and released.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A tiny cookie-keeping client for the live server.
final class LiveBrowser: @unchecked Sendable {
    let client: TestClient
    var cookies: [String: String] = [:]

    init(_ client: TestClient) { self.client = client }

    func get(_ uri: String) async throws -> (status: Int, location: String?, body: String) {
        try await send(client.get(uri, headers: headers()))
    }

    func post(_ uri: String, _ fields: [(String, String)] = []) async throws -> (status: Int, location: String?, body: String) {
        var h = headers()
        h[.contentType] = "application/x-www-form-urlencoded"
        let body = ([("csrf", cookies["wijzer-csrf"] ?? "")] + fields).map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }
            .joined(separator: "&")
        return try await send(client.post(uri, headers: h, body: ByteBuffer(string: body)))
    }

    private func headers() -> HTTPFields {
        var h = HTTPFields()
        if !cookies.isEmpty { h[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return h
    }

    private func send(_ response: TestClient.Response) -> (status: Int, location: String?, body: String) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            cookies[pair[0]] = pair.count > 1 ? pair[1] : ""
        }
        return (response.status.code, response.headers[.location], response.body.map { String(buffer: $0) } ?? "")
    }
}
