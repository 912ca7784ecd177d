import Foundation

/// Reads and writes result files, with clear messages for files that cannot be used.
public enum ResultCodec {
    /// Why a result file could not be read, naming the file and, where known, the field.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func encode(_ document: ResultDocument) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding these plain value types cannot fail.
        return Array((try? encoder.encode(document)) ?? Data()) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(Failure) -> ResultDocument {
        let data = Data(bytes)
        struct Header: Decodable { var formatVersion: Int? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw Failure(path: path, message: "geen geldig resultaatbestand (geen JSON-object: \(describe(error)))")
        }
        guard let version = header.formatVersion else {
            throw Failure(path: path, message: "veld `formatVersion` ontbreekt; is dit een resultaatbestand van Wijzer?")
        }
        if version > ResultDocument.currentFormatVersion {
            throw Failure(path: path, message: "gemaakt met een nieuwere Wijzer (formaat \(version), deze versie kent t/m \(ResultDocument.currentFormatVersion)); werk Wijzer bij")
        }
        if version < 1 {
            throw Failure(path: path, message: "veld `formatVersion`: onbekende versie \(version)")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(ResultDocument.self, from: data)
        } catch {
            throw Failure(path: path, message: describe(error))
        }
    }

    /// Reads a result file from disk.
    public static func read(_ path: String) throws(Failure) -> ResultDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, message: "kan het bestand niet lezen")
        }
        return try decode([UInt8](data), path: path)
    }

    /// Checks that `document` belongs to `questionnaire` as it is now.
    public static func verify(_ document: ResultDocument, against stamp: QuestionnaireStamp, path: String) throws(Failure) {
        if document.questionnaire.id != stamp.id {
            throw Failure(path: path, message: "veld `questionnaire.id`: hoort bij vragenlijst `\(document.questionnaire.id)`, niet bij `\(stamp.id)`")
        }
        if document.questionnaire.contentHash != stamp.contentHash {
            throw Failure(path: path, message: "veld `questionnaire.contentHash`: de vragenlijst is veranderd sinds dit resultaat (versie \(document.questionnaire.version), nu \(stamp.version))")
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
        case is Bool.Type: "true of false"
        case is Date.Type: "datum (ISO 8601)"
        default: type is any Collection.Type ? "lijst" : "object"
        }
    }
}
