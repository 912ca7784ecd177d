import Foundation

/// A date as `Date.ISO8601FormatStyle` and `JSONEncoder`'s `.iso8601` write it,
/// "2026-12-02T00:09:40Z", for the whole-second dates Wijzer stamps (`ResultCodec.now`).
///
/// Why by hand: `wijzer serve` writes every date of a self-check with each answer saved, and
/// Foundation's format style went through a Gregorian calendar for each one, 2.7 % of the
/// server's CPU time per save at saturation (Benchmarks/serve, perf). A date with a fraction of
/// a second, before the Gregorian calendar began (15 October 1582: Foundation writes older dates
/// in the Julian calendar) or after the year 9999 is left to Foundation, so the text is always
/// its text; `ISODateTests` holds the two to the same output.
public enum ISODate {
    public static func string(_ date: Date) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(20)
        append(date, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the text of `date` to `text` as UTF-8, where it is wanted (a JSON document, a log
    /// line) without a string of its own: by hand, or Foundation's for the dates left to it.
    public static func append(_ date: Date, to text: inout [UInt8]) {
        if !appendWholeSecond(date, to: &text) { text += date.formatted(.iso8601).utf8 }
    }

    /// Appends the text of `date` when it is a whole second from 1582-10-15 to the year 9999;
    /// false (and nothing appended) for any other date.
    private static func appendWholeSecond(_ date: Date, to text: inout [UInt8]) -> Bool {
        let seconds = date.timeIntervalSince1970
        guard seconds.rounded(.down) == seconds, seconds >= gregorianStart, seconds < 253_402_300_800 else { return false }
        let whole = Int(seconds)
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let second = whole - days * 86_400
        let (year, month, day) = civil(daysSince1970: days)
        text.appendDecimal(UInt(year), width: 4)
        text.append(UInt8(ascii: "-"))
        text.appendDecimal(UInt(month), width: 2)
        text.append(UInt8(ascii: "-"))
        text.appendDecimal(UInt(day), width: 2)
        text.append(UInt8(ascii: "T"))
        text.appendDecimal(UInt(second / 3600), width: 2)
        text.append(UInt8(ascii: ":"))
        text.appendDecimal(UInt(second / 60 % 60), width: 2)
        text.append(UInt8(ascii: ":"))
        text.appendDecimal(UInt(second % 60), width: 2)
        text.append(UInt8(ascii: "Z"))
        return true
    }

    /// 1582-10-15T00:00:00Z, the first day of the Gregorian calendar.
    static let gregorianStart = -12_219_292_800.0

    /// The proleptic Gregorian date of a day counted from 1970-01-01, as Howard Hinnant's
    /// `civil_from_days` computes it (eras of 400 years, March as the first month).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
