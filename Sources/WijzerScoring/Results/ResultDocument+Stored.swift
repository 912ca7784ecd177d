import Foundation

extension ResultCodec {
    /// `document` as decoding its encoding gives it back: every date as ISO 8601 without
    /// fractions of a second holds it; everything else is kept exactly.
    ///
    /// Why: a store that has just written a document can keep this instead of decoding its own
    /// text on the next read (`DocumentCache` in WijzerServer; decoding was a sixth of the
    /// server's time at saturation). `ResultStoredFormTests` holds it to
    /// `decode(encode(d)) == asStored(d)` over generated documents.
    public static func asStored(_ document: ResultDocument) -> ResultDocument {
        document.mappingDates(wholeSecond)
    }

    /// The present as a result keeps it: to the whole second, as ISO 8601 without fractions
    /// stores it. A document stamped with this is stored as it is in memory, so the server's
    /// `asStored` of a save has nothing to round (it formatted and parsed every date with a
    /// fraction: 2 % of the server's time per saved answer, Benchmarks/serve with perf).
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// The date as its ISO 8601 text gives it back. A whole second is that already; any other
    /// date goes through the same format style as the JSON coders, because their rule is not a
    /// plain truncation (a date 0.1 µs before a second becomes that second).
    static func wholeSecond(_ date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        if seconds == seconds.rounded(.down) { return date }
        return (try? Date.ISO8601FormatStyle().parse(date.formatted(.iso8601))) ?? date
    }
}

extension ResultDocument {
    /// The document with `transform` applied to each of its dates: the one place that knows
    /// where a self-check holds dates.
    public func mappingDates(_ transform: (Date) -> Date) -> ResultDocument {
        // Assigned only where a date changes: an assignment makes the document's arrays its own,
        // a copy of every theme and answer even when (as for every save) no date changes.
        func changed(_ date: Date) -> Date? {
            let new = transform(date)
            return new == date ? nil : new
        }
        var document = self
        if let new = changed(created) { document.created = new }
        if let new = changed(updated) { document.updated = new }
        for (t, theme) in themes.enumerated() {
            if let completed = theme.completed, let new = changed(completed) { document.themes[t].completed = new }
            for (a, answer) in theme.answers.enumerated() {
                if let new = changed(answer.at) { document.themes[t].answers[a].at = new }
            }
        }
        return document
    }
}
