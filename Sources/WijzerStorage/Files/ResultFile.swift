import WijzerLanguage
import WijzerScoring

/// Result files on disk: read with the one file reader, decoded by `ResultCodec` (which knows
/// the format but not files).
public enum ResultFile {
    /// The largest result file read; a self-check is a few kilobytes.
    public static let maxFileSize = 16 << 20

    /// Reads and decodes the result file at `path`. An unusable file is a finding (exit status
    /// 1) whose message names the file and, where known, the field.
    public static func read(_ path: String) throws(WijzerError) -> ResultDocument {
        let bytes = try FileReader.read(path, limit: maxFileSize, expected: "resultaatbestand", status: .findings)
        do {
            return try ResultCodec.decode(bytes, path: path)
        } catch {
            throw WijzerError(error)
        }
    }

    /// Checks that the document read from `path` belongs to the questionnaire as it is now.
    public static func verify(_ document: ResultDocument, against stamp: QuestionnaireStamp, path: String) throws(WijzerError) {
        do {
            try ResultCodec.verify(document, against: stamp, path: path)
        } catch {
            throw WijzerError(error)
        }
    }
}

extension WijzerError {
    /// A result file that cannot be used: a finding, "`path`: `message`".
    public init(_ failure: ResultCodec.Failure) {
        self.init(.findings, failure.description)
    }
}
