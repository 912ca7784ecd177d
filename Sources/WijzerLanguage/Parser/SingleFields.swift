/// The fields a declaration holds at most once, such as a question's `why` or a tip's `text`.
///
/// Every declaration's field loop asks here first, so a field written twice is one
/// `duplicate-field` error in each kind of declaration, naming the first as a note, and the
/// second is skipped: the first stays, as the author reading from the top expects.
struct SingleFields {
    /// The fields that may appear once.
    let once: Set<Keyword>
    /// The declaration, as the message names it: "de vraag", "het thema".
    let owner: String
    private var written: [Keyword: Span] = [:]

    init(_ once: Set<Keyword>, owner: String) {
        self.once = once
        self.owner = owner
    }

    /// Whether `keyword` (starting at `start`) repeats a field written before; reports it if so.
    mutating func isRepeat(_ keyword: Keyword?, at start: Span?, _ d: inout DiagnosticEngine) -> Bool {
        guard let keyword, let start, once.contains(keyword) else { return false }
        if let first = written[keyword] {
            d.error(.duplicateField, "\(owner) heeft al een `\(keyword.rawValue)`; schrijf elk veld één keer", at: start,
                    notes: .earlier(first))
            return true
        }
        written[keyword] = start
        return false
    }
}
