import SystemPackage
import WijzerScoring

/// The anonymous respondent id of a data folder: 32 random hex digits in `<data-dir>/respondent`,
/// created on first use and never derived from a name, user or machine. Every result written
/// from the folder carries it, so a team report counts one teacher's several result files as one
/// person (docs/TEAM.md).
public enum RespondentID {
    /// The file name inside the data folder.
    public static let fileName = "respondent"

    /// The folder's id, created (0600, in a 0700 folder) when missing or unusable.
    public static func id(in folder: String) throws(WijzerError) -> String {
        let path = folder + "/" + fileName
        if let bytes = try? FileReader.read(path, limit: 1024, expected: "respondent-id", status: .cannotSave) {
            let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
            if isValid(text) { return text }
        }
        let id = random()
        try DurableFile.ensurePrivateDirectory(folder)
        try DurableFile.write(Array((id + "\n").utf8), to: path)
        return id
    }

    /// `document` with the folder's id, unless it already has one.
    public static func stamped(_ document: ResultDocument, in folder: String) throws(WijzerError) -> ResultDocument {
        guard document.respondent == nil else { return document }
        var stamped = document
        stamped.respondent = try id(in: folder)
        return stamped
    }

    /// 128 random bits as 32 lowercase hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0 ..< 32).map { _ in digits[Int(generator.next() % 16)] })
    }

    static func isValid(_ s: String) -> Bool {
        s.utf8.count == 32 && s.utf8.allSatisfy { (0x30 ... 0x39).contains($0) || (0x61 ... 0x66).contains($0) }
    }
}
