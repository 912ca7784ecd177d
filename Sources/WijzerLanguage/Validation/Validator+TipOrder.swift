/// Checks `after` on tips: every name is a tip, and no tip comes, through others, after itself.
extension Validator {
    mutating func checkTipOrder(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for tip in model.tips {
            for before in tip.after where model.tipIndex[before.name] == nil {
                d.error(.unknownTip, "onbekende tip `\(before.name)`\(names.hint(for: before.name, among: .tips, model))", at: before.span,
                        fixIts: names.fixIts(replacing: before.name, at: before.span, among: .tips, model))
            }
        }
        // A cycle is reported once, at the tip declared first in it.
        var reported: Set<String> = []
        for tip in model.tips where !reported.contains(tip.id.name) {
            guard let cycle = Self.cycle(from: tip.id.name, model) else { continue }
            reported.formUnion(cycle)
            let first = tip.after.first { cycle.contains($0.name) } ?? tip.id
            d.error(.tipOrderCycle, "tip `\(tip.id.name)` komt via `after` na zichzelf: \((cycle + [cycle[0]]).map { "`\($0)`" }.joined(separator: " → ")); haal één `after` weg",
                    at: first.span)
        }
    }

    /// The tips from `start` back to itself through `after`, or nil when it is in no cycle.
    static func cycle(from start: String, _ model: Questionnaire) -> [String]? {
        var path: [String] = [start]
        var seen: Set<String> = [start]
        func walk(_ id: String) -> Bool {
            for next in model.tip(id)?.after.map(\.name) ?? [] {
                if next == start { return true }
                guard seen.insert(next).inserted else { continue }
                path.append(next)
                if walk(next) { return true }
                path.removeLast()
            }
            return false
        }
        return walk(start) ? path : nil
    }
}
