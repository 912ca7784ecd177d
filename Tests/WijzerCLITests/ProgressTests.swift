import Foundation
import Testing
import WijzerTestSupport

/// Issue 14: the runner's "vraag N van M" never jumps when follow-ups appear, and the plan's
/// "N van de M vragen beantwoord" agrees with the last progress line. Stagebegeleiding, answered
/// with 1 throughout, reveals five extra questions.
@Suite("progress that never contradicts itself", .serialized)
struct ProgressTests {
    /// One progress line: the counted questions before or at it (an extra question sits half a
    /// step after the counted one it follows), and the total.
    struct Place: Equatable {
        var step: Double
        var total: Int
    }

    /// Every progress line of `theme` in `screen`, in order.
    static func places(_ screen: String, theme: String) -> [Place] {
        let counted = try! Regex("\(theme) · vraag (\\d+) van (\\d+)")
        let extra = try! Regex("\(theme) · extra vraag, na (\\d+) van (\\d+)")
        return screen.split(separator: "\n").compactMap { line -> Place? in
            if let m = line.firstMatch(of: counted), let n = Int(m.output[1].substring!), let t = Int(m.output[2].substring!) {
                return Place(step: Double(n), total: t)
            }
            if let m = line.firstMatch(of: extra), let n = Int(m.output[1].substring!), let t = Int(m.output[2].substring!) {
                return Place(step: Double(n) + 0.5, total: t)
            }
            return nil
        }
    }

    @Test(arguments: [60, 160] as [UInt16])
    func followUpsNeverMoveTheTotalAndThePlanAgrees(columns: UInt16) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/out"
        let term = try PseudoTerminal(["start", "stagebegeleiding", "--data-dir", folder.path + "/data", "--out", out],
                                      directory: folder.path, columns: columns)
        var finished = false
        for _ in 0..<60 where !finished {
            let (which, _) = try term.waitForAny(["Antwoord", "(ja/nee) [nee]: ", "Afronden? ", "Enter om ", "Je actieplan:"])
            switch which {
            case 0: term.type("1")
            case 1, 3: term.type("")
            case 2: term.type("1")
            default: finished = true
            }
        }
        #expect(finished, "\(term.screen)")
        #expect(term.waitExit() == 0, "\(term.screen)")

        let places = Self.places(term.screen, theme: "Stagebegeleiding")
        #expect(places.count >= 10, "\(term.screen)")
        #expect(places.contains { $0.step != $0.step.rounded() }, "some questions are extra ones")
        let total = try #require(places.first?.total)
        #expect(places.allSatisfy { $0.total == total }, "the total never changes: \(places)")
        #expect(zip(places, places.dropFirst()).allSatisfy { $0.step <= $1.step }, "the place never goes back: \(places)")
        let numbers = places.map(\.step).filter { $0 == $0.rounded() }
        #expect(numbers == (1...total).map(Double.init), "each counted question once, one by one: \(places)")
        #expect(places.last?.step == Double(total) || places.last?.step == Double(total) + 0.5)
        // No progress line is wider than the window.
        for line in term.screen.split(separator: "\n") where line.contains("Stagebegeleiding · ") {
            #expect(line.count <= Int(columns), "\(line)")
        }

        let plans = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".md") }
        let plan = try String(contentsOfFile: out + "/" + #require(plans.first), encoding: .utf8)
        let said = try #require(plan.firstMatch(of: try Regex("(\\d+) van (?:de )?(\\d+) vragen beantwoord")), "\(plan)")
        #expect(Int(said.output[2].substring!) == total, "the plan's total is the runner's")
        #expect(Int(said.output[1].substring!)! <= total)
    }
}
