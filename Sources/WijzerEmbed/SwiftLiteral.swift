/// A Swift string literal whose value is exactly `text`, whatever `text` contains.
///
/// A raw literal needs a `#` count longer than every `"#…` and `\#…` run in the text, and still
/// turns a lone carriage return into a line feed; an ordinary multi-line literal with escapes
/// has no such cases. Lines stay lines, so the generated file reads and diffs like the source.
func swiftLiteral(_ text: String) -> String {
    var body = ""
    body.reserveCapacity(text.utf8.count + text.utf8.count / 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": body += "\\\\"
        // Every quote escaped: no run of quotes can close the literal.
        case "\"": body += "\\\""
        case "\n", "\t": body.unicodeScalars.append(scalar)
        case "\r": body += "\\r"
        case "\0": body += "\\0"
        default:
            switch scalar.properties.generalCategory {
            // Invisible or line-breaking characters would change the literal's lines or hide
            // in the generated file; spell them out.
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned:
                body += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                body.unicodeScalars.append(scalar)
            }
        }
    }
    // The line breaks after the opening and before the closing delimiter are not part of the
    // value, and a closing delimiter in column 0 strips no indentation.
    return "\"\"\"\n\(body)\n\"\"\""
}
