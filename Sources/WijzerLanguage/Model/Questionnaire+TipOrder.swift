extension Questionnaire {
    /// The tips `ids` in declaration order, which follows the guide, except that a tip comes
    /// after the tips it names with `after` (working on it with a colleague after the bias test)
    /// when those are among `ids` too. The plan and the runner's end-of-theme list both use it.
    public func inGuideOrder(_ ids: [String]) -> [String] {
        var waiting = ids.sorted { (tipIndex[$0] ?? .max) < (tipIndex[$1] ?? .max) }
        var ordered: [String] = []
        while !waiting.isEmpty {
            // The first in guide order whose predecessors in the list are all placed; the
            // checker rules out cycles, and without a ready one the first goes anyway.
            let ready = waiting.firstIndex { id in
                (tip(id)?.after ?? []).allSatisfy { before in !waiting.contains(before.name) }
            } ?? 0
            ordered.append(waiting.remove(at: ready))
        }
        return ordered
    }
}
