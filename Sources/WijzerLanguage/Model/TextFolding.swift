/// Text folded for matching what a teacher types against labels and names: lower case,
/// without accents, without leading punctuation such as ‘ or “.
///
/// Hand-written because the language module does without Foundation (whose `folding` did this
/// before). Accents are taken off by the standard library's Unicode data: a combining mark is
/// dropped, and a precomposed Latin letter "LATIN SMALL LETTER E WITH ACUTE" becomes the letter
/// its name gives ("e"), which covers every accented Latin letter without a table.
public enum TextFolding {
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                out.append(base(of: scalar) ?? scalar)
            }
        }
        return String(String(out).drop { !$0.isLetter && !$0.isNumber })
    }

    /// The plain letter of an accented small Latin letter, from its Unicode name.
    private static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let name = scalar.properties.name, name.hasPrefix("LATIN SMALL LETTER "),
              let with = name.firstRange(of: " WITH ") else { return nil }
        let letter = name[name.index(name.startIndex, offsetBy: 19) ..< with.lowerBound]
        guard letter.count == 1, let ascii = letter.unicodeScalars.first else { return nil }
        return Unicode.Scalar(ascii.value + 32)  // the name spells the letter in capitals
    }
}
