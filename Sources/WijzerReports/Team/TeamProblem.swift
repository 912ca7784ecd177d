/// A file that could not be used, with the reason. File names appear only in the terminal
/// summary, never in a report.
public struct TeamProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public static func < (a: TeamProblem, b: TeamProblem) -> Bool { (a.path, a.message) < (b.path, b.message) }
}

extension TeamProblem {
    /// Why a document cannot be used, before it is tied to a file.
    public struct Reason: Error, Sendable, Equatable {
        public var message: String

        public init(message: String) { self.message = message }
    }
}
