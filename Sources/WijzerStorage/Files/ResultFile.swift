import WijzerLanguage
import WijzerScoring

/// Result files on disk: read with the one file reader, decoded by `ResultCodec` (which knows
/// the format but not files).
public enum ResultFile {
    /// The largest result or session file read: 4 MB. A self-check of all six themes is about
    /// 30 kB. Decoding takes several times a file's size in memory, and a 4 MB file decodes
    /// within 150 MB of address space (`ulimit -v 150000`), where 16 MB aborted the process.
    public static let maxFileSize = 4 << 20

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

    /// Reads the result file at `path` for `questionnaire`, whose content is `stamp`: refused
    /// when it belongs to another questionnaire, otherwise with only the answers that still fit
    /// (`ResultMatch`), and the answers left out.
    public static func read(_ path: String, for questionnaire: Questionnaire,
                            stamp: QuestionnaireStamp) throws(WijzerError) -> (document: ResultDocument, ignored: [ResultMatch.Ignored]) {
        let document = try read(path)
        do {
            try ResultCodec.verify(document, against: stamp, path: path)
        } catch {
            throw WijzerError(error)
        }
        return ResultMatch.match(document, to: questionnaire, stamp: stamp)
    }
}

extension WijzerError {
    /// A result file that cannot be used: a finding, "`path`: `message`".
    public init(_ failure: ResultCodec.Failure) {
        self.init(.findings, failure.description)
    }
}
