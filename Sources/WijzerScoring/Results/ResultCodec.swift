import Foundation
import WijzerLanguage

/// Encodes and decodes result files, with clear messages for files that cannot be used. Reading
/// them from disk is storage's (`ResultFile` in WijzerStorage).
public enum ResultCodec {
    /// Why a result file could not be read, naming the file and, where known, the field.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// The messages for a file that is not of this questionnaire or format.
    public static func newerFormat(_ version: Int) -> String {
        "gemaakt met een nieuwere Wijzer (formaat \(version), deze versie kent t/m \(ResultDocument.currentFormatVersion)); werk Wijzer bij"
    }
    public static let missingFormatVersion = "veld `formatVersion` ontbreekt; is dit een resultaatbestand van Wijzer?"
    public static func unknownFormat(_ version: Int) -> String { "veld `formatVersion`: onbekende versie \(version)" }
    public static func otherQuestionnaire(_ found: String, _ expected: String) -> String {
        "veld `questionnaire.id`: hoort bij vragenlijst `\(found)`, niet bij `\(expected)`"
    }

    /// The file bytes: pretty-printed with sorted keys and a final newline, as the runner
    /// writes them; `pretty: false` gives one line, as the server's stores keep them.
    public static func encode(_ document: ResultDocument, pretty: Bool = true) -> [UInt8] {
        var writer = ResultJSONWriter(pretty: pretty)
        writer.write(document)
        return pretty ? writer.bytes + [0x0A] : writer.bytes
    }

    /// A document as one line of JSON (as `encode(_:pretty: false)` writes it), with the range
    /// of each theme's JSON in the line's UTF-8 bytes.
    public struct Line: Sendable {
        public var document: ResultDocument
        public var text: String
        public var themes: [Range<Int>]

        /// `text` must be `document`'s line, and `themes` where its themes are in it.
        public init(document: ResultDocument, text: String, themes: [Range<Int>]) {
            self.document = document
            self.text = text
            self.themes = themes
        }
    }

    /// `document` as one line of JSON, byte for byte `encode(_:pretty: false)`. A theme that is
    /// the same as `previous`'s at that place is copied from its line instead of written again.
    ///
    /// Why: the server writes a teacher's whole self-check with every saved answer, and an
    /// answer changes one theme of six. Writing the JSON was 15 % of the server's CPU per save
    /// with self-checks of the size teachers have (Benchmarks/serve, 2026-12-04), inside the
    /// one-group-at-a-time write. `ResultJSONTests` holds it to `encode` over generated documents.
    public static func line(_ document: ResultDocument, reusing previous: Line? = nil) -> Line {
        var writer = ResultJSONWriter(pretty: false, reusing: previous)
        writer.write(document)
        return Line(document: document, text: String(decoding: writer.bytes, as: UTF8.self), themes: writer.themeRanges)
    }

    /// Decodes the bytes of the result file at `path` (named in failures), refusing formats
    /// this version does not know.
    public static func decode(_ bytes: [UInt8], path: String) throws(Failure) -> ResultDocument {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        // One pass for a good file (a team report reads thousands); the header is looked at
        // apart only to say why a file cannot be used.
        let decodingError: Error
        do {
            let document = try decoder.decode(ResultDocument.self, from: data)
            try checkVersion(document.formatVersion, path: path)
            return document
        } catch let failure as Failure {
            throw failure
        } catch {
            decodingError = error
        }
        struct Header: Decodable { var formatVersion: Int? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw Failure(path: path, message: "geen geldig resultaatbestand (geen JSON-object: \(describe(error)))")
        }
        guard let version = header.formatVersion else {
            throw Failure(path: path, message: missingFormatVersion)
        }
        try checkVersion(version, path: path)
        throw Failure(path: path, message: describe(decodingError))
    }

    /// Refuses format versions this version of Wijzer does not know.
    private static func checkVersion(_ version: Int, path: String) throws(Failure) {
        if version > ResultDocument.currentFormatVersion {
            throw Failure(path: path, message: newerFormat(version))
        }
        if version < 1 {
            throw Failure(path: path, message: unknownFormat(version))
        }
    }

    /// Checks that `document` belongs to the questionnaire of `stamp`. A questionnaire edited
    /// since is no reason to refuse: `ResultMatch` keeps the answers that still fit.
    public static func verify(_ document: ResultDocument, against stamp: QuestionnaireStamp, path: String) throws(Failure) {
        if document.questionnaire.id != stamp.id {
            throw Failure(path: path, message: otherQuestionnaire(document.questionnaire.id, stamp.id))
        }
    }

    /// "veld `themes[0].answers[2].at`: ..." from a DecodingError.
    static func describe(_ error: Error) -> String {
        func path(_ codingPath: [CodingKey]) -> String {
            var s = ""
            for key in codingPath {
                if let i = key.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + key.stringValue }
            }
            return s.isEmpty ? "(hoofdniveau)" : s
        }
        guard let e = error as? DecodingError else { return "ongeldige JSON" }
        switch e {
        case .keyNotFound(let key, let context):
            let full = path(context.codingPath + [key])
            return "veld `\(full)` ontbreekt"
        case .typeMismatch(let type, let context):
            return "veld `\(path(context.codingPath))` heeft het verkeerde type (verwacht \(typeName(type)))"
        case .valueNotFound(let type, let context):
            return "veld `\(path(context.codingPath))` is leeg (verwacht \(typeName(type)))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "geen geldige JSON (afgebroken of beschadigd bestand?)" }
            return "veld `\(path(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return "ongeldige inhoud"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "tekst"
        case is Int.Type: "geheel getal"
        // An answer's number: whole or with decimals.
        case is Double.Type: "getal"
        case is Bool.Type: "true of false"
        case is Date.Type: "datum (ISO 8601)"
        default: type is any Collection.Type ? "lijst" : "object"
        }
    }
}
