import WijzerLanguage

/// What a syntax tree says, regardless of where it was written: for comparing the trees of
/// two layouts of one file (`parse(format(x))` and `parse(x)`), whose positions differ.
///
/// Walks any value by reflection and writes it out with every `Span` left out and every
/// `TextValue` as its text, so that no syntax type needs a position-free copy of its own.
/// A dictionary is written in its own iteration order, so compare values that hold none
/// (declarations, not a whole `ParsedFile` with its keyword table).
public enum IgnoringPositions {
    /// The description of `value` without positions; equal descriptions mean equal trees.
    public static func description(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// Whether `a` and `b` are the same but for positions.
    public static func equal(_ a: Any, _ b: Any) -> Bool { description(a) == description(b) }

    private static func write(_ value: Any, into out: inout String) {
        if value is Span { return }
        if let text = value as? TextValue {
            out += "TextValue(" + String(reflecting: text.text) + ")"
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty {
            // A leaf: a string, a number, a case without payload, an empty collection.
            out += "\(mirror.subjectType):" + String(reflecting: value)
            return
        }
        out += "\(mirror.subjectType)("
        for child in mirror.children {
            if let label = child.label { out += label + ": " }
            write(child.value, into: &out)
            out += ", "
        }
        out += ")"
    }
}
