import WijzerScoring

/// How a question's place reads, the same in the terminal and in the browser.
extension ThemeProgress.Place {
    /// "vraag 4 van 11", or for a question shown because of an earlier answer "extra vraag, na 4
    /// van 11" ("extra vraag, vóór de 11 vragen" before the first counted one).
    public var label: String {
        switch self {
        case .question(let n, let m): "vraag \(n) van \(m)"
        case .extra(let n, let m): n == 0 ? "extra vraag, vóór de \(m) vragen" : "extra vraag, na \(n) van \(m)"
        }
    }

    /// How many counted questions lie behind the teacher here, for a progress bar out of `total`.
    public var done: Int {
        switch self {
        case .question(let n, _): n - 1
        case .extra(let n, _): n
        }
    }

    /// M: the counted questions of the theme.
    public var total: Int {
        switch self {
        case .question(_, let m), .extra(_, let m): m
        }
    }
}
