import Synchronization
import WijzerScoring

/// People's figures kept from one aggregation for the next, for a caller that counts mostly the
/// same results again and again: a live team session counts every finished member at every
/// release, so a session of n members and group size k scored about n²/2k people without it
/// (a tenth of the server's CPU time in a session of 200, Benchmarks/team).
///
/// Only a person made of one result is kept, under that result's key and the questionnaire's
/// content hash, together with the answers the figures were scored from. The kept figures are
/// used only when a later person's answers and left-out questions are exactly those, so the
/// outcome is the one `finish()` gives without a memo.
public final class TeamFiguresMemo: Sendable {
    private struct Entry: Sendable {
        var parts: [Int: TeamContribution.Part]
        var leftOut: Set<TeamTally.LeftOut>
        var figures: TeamMember.Figures?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// How many people were scored rather than taken from the memo (for tests).
        var scored = 0
    }

    private let state = Mutex(State())
    /// At most this many people are kept (a few KB each: their coded answers and figures);
    /// when full, it starts over, and the people of the next release are scored again.
    let capacity: Int

    public init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// The figures of `member`: kept ones when the member is one result counted before with the
    /// same answers, else scored (and kept when the member is one result).
    func figures(of member: TeamMember, catalog: TeamCatalog) -> TeamMember.Figures? {
        guard let key = member.onlyKey.map({ catalog.stamp.contentHash + "\u{0}" + $0 }) else {
            state.withLock { $0.scored += 1 }
            return member.figures(catalog)
        }
        if let kept = state.withLock({ $0.entries[key] }), kept.parts == member.parts, kept.leftOut == member.leftOut {
            return kept.figures
        }
        let figures = member.figures(catalog)
        state.withLock { state in
            state.scored += 1
            if state.entries[key] == nil && state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = Entry(parts: member.parts, leftOut: member.leftOut, figures: figures)
        }
        return figures
    }

    /// How many people were scored so far rather than taken from the memo (for tests).
    var scored: Int { state.withLock { $0.scored } }
}

/// Every field, so kept figures are used only for the very same answers (a field added to
/// `Part` belongs here too).
extension TeamContribution.Part: Equatable {
    static func == (a: Self, b: Self) -> Bool {
        a.theme == b.theme && a.finished == b.finished && a.time == b.time && a.shared == b.shared
            && a.version == b.version && a.day == b.day && a.key == b.key
            && a.answers.elementsEqual(b.answers) { $0.question == $1.question && $0.value == $1.value }
    }
}
