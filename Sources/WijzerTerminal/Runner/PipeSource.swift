import SystemPackage
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// Lines from a pipe or file on standard input: no readline, no escape codes. The prompt and
/// the line read are echoed on the output, so a transcript reads like a session.
public final class PipeSource: LineSource {
    private let fd: Int32
    private let output: RunnerOutput
    private var buffer: [UInt8] = []
    private var atEnd = false

    public init(fd: Int32 = 0, output: RunnerOutput) {
        self.fd = fd
        self.output = output
        SignalTrap.install()
    }

    public var isInteractive: Bool { false }

    public func read(prompt: String, completions: [String]) -> InputEvent {
        output.write(prompt)
        let event = nextLine()
        switch event {
        case .line(let bytes): output.write(String(decoding: bytes, as: UTF8.self) + "\n")
        case .overlong(let n): output.write("(\(n) bytes)\n")
        case .endOfInput, .signal: output.write("\n")
        }
        return event
    }

    private func nextLine() -> InputEvent {
        var overlong = 0
        while true {
            if let signal = SignalTrap.take() { return .signal(signal) }
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if overlong > 0 { return .overlong(bytes: overlong + line.count) }
                return .line(line)
            }
            if atEnd {
                if buffer.isEmpty && overlong == 0 { return .endOfInput }
                let line = buffer
                buffer = []
                if overlong > 0 { return .overlong(bytes: overlong + line.count) }
                return .line(line)
            }
            // Keep memory bounded: a line past the limit is counted, not kept.
            if buffer.count > TypedLine.maximumBytes + 1 {
                overlong += buffer.count
                buffer = []
            }
            if let signal = SignalTrap.wait(for: fd) { return .signal(signal) }
            var chunk = [UInt8](repeating: 0, count: 65536)
            do {
                // No retry on EINTR: the loop goes back to look for the signal that caused it. swift-system
                // reads into a raw buffer (no speed reason): the array's own storage, for this call only.
                let n = try chunk.withUnsafeMutableBytes { try FileDescriptor(rawValue: fd).read(into: $0, retryOnInterrupt: false) }
                if n == 0 { atEnd = true } else { buffer += chunk[..<n] }
            } catch Errno.interrupted, Errno.resourceTemporarilyUnavailable {
                continue
            } catch {
                atEnd = true
            }
        }
    }
}
