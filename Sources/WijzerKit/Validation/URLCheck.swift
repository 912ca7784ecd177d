/// Checks that a resource link is a well-formed http(s) URL.
///
/// Foundation's `URL(string:)` accepts far too much (no host, stray quotes) to catch authors'
/// typos, so the few rules that matter are checked here.
enum URLCheck {
    static func problem(in url: String) -> String? {
        let scheme: String
        if url.hasPrefix("https://") { scheme = "https://" } else if url.hasPrefix("http://") { scheme = "http://" } else {
            return "begint niet met http:// of https://"
        }
        let rest = url.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostName = host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        if hostName.isEmpty { return "`\(url)` heeft geen servernaam" }
        if !hostName.contains(".") || hostName.hasPrefix(".") || hostName.hasSuffix(".") || hostName.contains("..") {
            return "servernaam `\(hostName)` is geen volledige domeinnaam"
        }
        for scalar in hostName.unicodeScalars where !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ".") {
            return "teken `\(scalar)` hoort niet in een servernaam"
        }
        for scalar in url.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(scalar) {
                return "teken `\(scalar.value < 0x21 ? "U+\(String(scalar.value, radix: 16))" : String(scalar))` hoort niet in een webadres"
            }
        }
        return nil
    }
}
