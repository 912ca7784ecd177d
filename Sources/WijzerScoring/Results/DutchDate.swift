import Foundation

/// Dates as a Dutch reader expects them ("30 november 2026"), in UTC so output is reproducible.
public enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]

    static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }

    public static func long(_ date: Date) -> String {
        let d = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(d.day!) \(months[d.month! - 1]) \(d.year!)"
    }

    public static func iso(_ date: Date) -> String {
        let d = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!)
    }
}
