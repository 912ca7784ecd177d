import WijzerScoring

/// How progress reads, the same in the terminal, in the browser and in the plan.
extension ThemeProgress {
    /// What follows "N van M" when extra questions were dealt with too: "", ", en 1 extra vraag",
    /// ", en 3 extra vragen".
    public static func extras(_ count: Int) -> String {
        count == 0 ? "" : count == 1 ? ", en 1 extra vraag" : ", en \(count) extra vragen"
    }
}

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
