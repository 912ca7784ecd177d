import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One plain HTTP/1.1 GET on a loopback socket, read as it arrives.
///
/// `TestClient` hands a response over only when it is complete, so a test cannot tell from it
/// whether an endless event stream has started; this reads the bytes as they come.
final class RawStream {
    private let fd: Int32
    private(set) var received = ""
    private(set) var ended = false

    init(port: Int, path: String) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else {
            close(fd)
            throw POSIXError(.EPIPE)
        }
    }

    deinit { close(fd) }

    /// Reads until `text` has arrived or the stream ended; false after `seconds` without it.
    func wait(for text: String, seconds: Double) async throws -> Bool {
        try await poll(seconds: seconds) { self.received.contains(text) }
    }

    /// Reads until the server closes the connection; false if it is still open after `seconds`.
    func waitForEnd(seconds: Double) async throws -> Bool {
        try await poll(seconds: seconds) { self.ended }
    }

    private func poll(seconds: Double, until done: () -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !done() {
            if ended || Date() > deadline { return false }
            let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count > 0 {
                received += String(decoding: buffer[..<count], as: UTF8.self)
            } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                ended = true
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        return true
    }
}
