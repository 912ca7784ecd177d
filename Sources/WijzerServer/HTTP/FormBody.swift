/// An `application/x-www-form-urlencoded` body as the browser sends a form: names with their
/// values in order (a checkbox group repeats its name). Invalid percent-escapes or UTF-8 make
/// the whole body invalid: nothing half-read is ever stored.
public struct FormBody: Sendable {
    public var fields: [(name: String, value: String)]

    /// Parses `bytes`; nil when they are not a valid form.
    public init?(_ bytes: [UInt8]) {
        fields = []
        // Walked by index rather than split into arrays of slices (one for the pairs, one for
        // each pair's name and value): every saved answer's form is read here.
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.endIndex
            if start < end {
                let equals = bytes[start ..< end].firstIndex(of: UInt8(ascii: "=")) ?? end
                guard let name = Self.decode(bytes[start ..< equals]),
                      let value = Self.decode(bytes[min(equals + 1, end) ..< end]) else { return nil }
                fields.append((name, value))
            }
            start = end + 1
        }
    }

    /// The first value of `name`.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        // Most names and values (the form's own, an option's key) have nothing escaped.
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return text(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.endIndex, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) else { return nil }
                out.append(hi << 4 | lo)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return text(out[...])
    }

    /// `bytes` as text; nil when they are not valid UTF-8.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        // Valid UTF-8 comes back from decoding unchanged; decoding replaces anything invalid
        // with U+FFFD, so the bytes differ exactly when they were not valid. Not
        // `String(validating:as:)`: unspecialised here, it cost about 1,000 instructions for each
        // name and value, six to every saved answer (callgrind, Benchmarks/serve/save-instructions.py).
        //
        // ASCII (every name and value of the pages' own forms, most answers) is valid as it is,
        // and a scan for it costs a fraction of the comparison: 2,800 instructions less a saved answer.
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.allSatisfy({ $0 < 0x80 }) || text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
