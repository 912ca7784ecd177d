/// Text from files made harmless for a terminal: control characters become visible.
///
/// Option keys, ids, field names and file names come from questionnaire and result files that
/// anyone may have made. Printed raw, a crafted one could set the window title, clear the
/// screen, write the clipboard (OSC 52) or hide text, so every piece of file content that
/// reaches the terminal goes through `VisibleText.visible` first: the diagnostics renderer, the
/// runner and the commands' messages.
public enum VisibleText {
    /// `text` with C0 controls and DEL in caret notation (ESC as `^[`, BEL as `^G`) and C1
    /// controls as `<U+009B>`. Tab stays; a newline stays only when `lines` is true.
    public static func visible(_ text: String, lines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, lines: lines) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isControl(scalar, lines: lines) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x7F: result += "^?"
            case 0..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar, lines: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !lines
        case 0..<0x20, 0x7F, 0x80..<0xA0: true
        default: false
        }
    }
}
