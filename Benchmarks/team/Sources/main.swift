import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import WijzerTestSupport

// team-bench: `wijzer team` on many synthetic result files, next to an equivalent Python 3 script
// (team_aggregate.py, standard `json` module), to only reading the same files' bytes and, with
// --before, to another `wijzer` binary (an earlier build) in the same interleaved runs.
// Reports medians of interleaved runs, peak memory (GNU time, %M) and whether the figures agree.

let usage = """
    usage: team-bench [--files N] [--runs N] [--dir DIR] [--wijzer PATH] [--before PATH] [--python PATH]
      --files N      result files (default 10000, the target size), generated once into DIR
      --runs N       timed runs of each contender, interleaved (default 5)
      --dir DIR      where the files go (default /tmp/wijzer-team-bench-N)
      --wijzer PATH  the release binary (default <repo>/.build/release/wijzer)
      --before PATH  an earlier release binary to compare with (its report must be identical)
    """

var files = 10_000, runs = 5
var dir: String?
var before: String?
let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
var wijzer = repo + "/.build/release/wijzer"
var python = "/usr/bin/python3"
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let flag = args.removeFirst()
    guard let value = args.first else { print(usage); exit(2) }
    args.removeFirst()
    switch flag {
    case "--files": files = Int(value) ?? files
    case "--runs": runs = Int(value) ?? runs
    case "--dir": dir = value
    case "--wijzer": wijzer = value
    case "--before": before = value
    case "--python": python = value
    default: print(usage); exit(2)
    }
}
let folder = dir ?? "/tmp/wijzer-team-bench-\(files)"
let script = repo + "/Benchmarks/team/team_aggregate.py"

// MARK: - The questionnaire, and a description of it for the Python script.

let sources = try SourceLoader.load([repo + "/Questionnaires"])
let questionnaire = Checker.check(sources).questionnaire
let stamp = questionnaire.stamp(files: sources)

func literal(_ l: Condition.Value) -> Any {
    switch l { case .number(let n): ["n": n]; case .word(let w): ["w": w] }
}
func expr(_ e: Condition) -> Any {
    switch e {
    case .and(let xs): return ["and": xs.map(expr)]
    case .or(let xs): return ["or": xs.map(expr)]
    case .not(let x): return ["not": expr(x)]
    case .compare(let r, let op, let l): return ["cmp": [r ?? "", op.rawValue, literal(l)]]
    case .member(let r, let ls): return ["in": [r ?? "", ls.map(literal)]]
    case .has(let r, let k): return ["has": [r ?? "", k]]
    case .state(let r, let s): return ["state": [r ?? "", s.rawValue]]
    }
}
func effects(_ es: [Effect]) -> [[String: Any]] {
    es.compactMap { e -> [String: Any]? in
        switch e {
        case .score(let d, let n): ["score": d.name, "points": n]
        case .tip(let t, _): ["tip": t.name]
        case .strength: nil
        }
    }
}
let catalog: [String: Any] = [
    "id": stamp.id, "version": stamp.version, "contentHash": stamp.contentHash,
    "themes": questionnaire.themes.map(\.id.name),
    "dimensions": questionnaire.dimensions.map { ["id": $0.id.name, "theme": $0.theme.name] },
    "tips": questionnaire.tips.map(\.id.name),
    "questions": questionnaire.questions.compactMap { q -> [String: Any]? in
        guard let kind = q.kind else { return nil }
        var d: [String: Any] = ["id": q.id, "theme": q.theme, "fingerprint": q.fingerprint,
                                "nvt": q.decl.notApplicable != nil,
                                "scales": q.decl.scales.map { ["dim": $0.dimension.name, "reverse": $0.reverse] },
                                "rules": q.rules.map { ["when": expr($0.condition), "effects": effects($0.effects)] }]
        if let s = q.showIf { d["showIf"] = expr(s) }
        switch kind {
        case .choice(let o), .multiple(let o), .yesNo(let o):
            d["kind"] = if case .choice = kind { "choice" } else if case .multiple = kind { "multiple" } else { "yesno" }
            d["options"] = o.map { ["key": $0.key.name, "effects": effects($0.effects)] }
        case .likert(let l, let h, _), .number(let l, let h, _):
            d["kind"] = if case .likert = kind { "likert" } else { "number" }
            d["low"] = l; d["high"] = h
        case .reflection: d["kind"] = "reflection"
        }
        return d
    },
]

// MARK: - Files

func countJSON(_ path: String) -> Int {
    (try? FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.count) ?? 0
}
if countJSON(folder + "/results") != files {
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder + "/results", withIntermediateDirectories: true)
    var generator = ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: 2026)
    let themes = questionnaire.themes.map(\.id.name)
    let clock = ContinuousClock(), start = clock.now
    for i in 0 ..< files {
        // One theme per person, as in a team session about a theme; finished (only finished themes
        // count), but answers only, without the stored scores and tips (~1.3 KB).
        let chosen = [themes[i % themes.count]]
        var document = generator.document(themes: chosen, skipRate: 8)
        for t in document.themes.indices {
            document.themes[t].score = nil
            (document.themes[t].dimensions, document.themes[t].tips) = ([], [])
            (document.themes[t].strengths, document.themes[t].reflections) = ([], [])
        }
        let bytes = ResultGenerator.compactJSON(document)
        _ = FileManager.default.createFile(atPath: folder + "/results/r\(i).json", contents: Data(bytes))
    }
    print("generated \(files) files in \(start.duration(to: clock.now))")
}
try JSONSerialization.data(withJSONObject: catalog, options: [.sortedKeys]).write(to: URL(fileURLWithPath: folder + "/catalog.json"))

// MARK: - Contenders

func readOnly(_ folder: String) -> Int {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var total = 0
    guard let dir = opendir(folder) else { return 0 }
    defer { closedir(dir) }
    while let e = readdir(dir) {
        let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard name.hasSuffix(".json") else { continue }
        let fd = open(folder + "/" + name, O_RDONLY)
        guard fd >= 0 else { continue }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            total += n
        }
        close(fd)
    }
    return total
}

/// Runs a command under GNU time; returns (wall seconds, peak RSS in MB, CPU seconds: user + system).
/// CPU time shows the cost when other builds share the cores and stretch the wall time.
func timed(_ command: [String]) -> (Double, Double, Double) {
    let out = folder + "/time.txt"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    p.arguments = ["-f", "%U %S %M", "-o", out] + command
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    let clock = ContinuousClock(), start = clock.now
    try! p.run()
    p.waitUntilExit()
    let d = start.duration(to: clock.now)
    let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    let fields = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(whereSeparator: \.isWhitespace)
    if p.terminationStatus != 0 { print("warning: \(command[0]) exited \(p.terminationStatus)") }
    let cpu = fields.count > 2 ? (Double(fields[0]) ?? 0) + (Double(fields[1]) ?? 0) : 0
    return (seconds, (fields.count > 2 ? Double(fields[2]) ?? 0 : 0) / 1024, cpu)
}

var swiftTimes: [Double] = [], pyTimes: [Double] = [], readTimes: [Double] = []
var swiftMem: [Double] = [], pyMem: [Double] = []
var beforeTimes: [Double] = [], beforeMem: [Double] = []
var swiftCPU: [Double] = [], beforeCPU: [Double] = [], pyCPU: [Double] = []
var bytes = 0
let clock = ContinuousClock()
_ = readOnly(folder + "/results")  // warm the page cache
for _ in 0 ..< runs {
    let s = clock.now
    bytes = readOnly(folder + "/results")
    let d = s.duration(to: clock.now)
    readTimes.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    let (st, sm, sc) = timed([wijzer, "team", folder + "/results", "--out", folder + "/swift"])
    swiftTimes.append(st); swiftMem.append(sm); swiftCPU.append(sc)
    if let before {
        let (bt, bm, bc) = timed([before, "team", folder + "/results", "--out", folder + "/before"])
        beforeTimes.append(bt); beforeMem.append(bm); beforeCPU.append(bc)
    }
    let (pt, pm, pc) = timed([python, script, folder + "/catalog.json", folder + "/results", folder + "/python.json"])
    pyTimes.append(pt); pyMem.append(pm); pyCPU.append(pc)
}
func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }

// MARK: - Same figures?

func csvRows(_ path: String) -> [[String]] {
    // The files start with a byte order mark and use `;` (docs/TEAM.md, "CSV files").
    String(((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").drop { $0 == "\u{FEFF}" }).split(separator: "\r\n").dropFirst().map { line in
        var cells: [String] = [], cell = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted { if c == "\"" { if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false } } else { cell.append(c) } }
            else if c == "\"" { quoted = true } else if c == ";" { cells.append(cell); cell = "" } else { cell.append(c) }
        }
        return cells + [cell]
    }
}
var swiftFigures: [String: [Int]] = [:]
for row in csvRows(folder + "/swift/team-scores.csv") { swiftFigures["theme " + row[0]] = row[2 ... 5].compactMap { Int($0) } }
for row in csvRows(folder + "/swift/team-antwoorden.csv") where !row[3].isEmpty { swiftFigures["answer \(row[0]) \(row[3])"] = [Int(row[5]) ?? -1] }
let py = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/python.json")))) as? [String: [Int]] ?? [:]
let pyShown = py.filter { swiftFigures[$0.key] != nil || $0.key.hasPrefix("theme ") }
let mismatches = Set(swiftFigures.keys).union(pyShown.keys).filter { swiftFigures[$0] != py[$0] }.sorted()

// The earlier binary must write the same report, byte for byte.
let sameAsBefore = before == nil || ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"].allSatisfy {
    FileManager.default.contentsEqual(atPath: folder + "/swift/" + $0, andPath: folder + "/before/" + $0)
}
print("""
    team-bench: \(files) files, \(bytes / max(files, 1)) bytes each on average, \(runs) interleaved runs (medians)
      read bytes only   \(String(format: "%6.2f s", median(readTimes)))
      wijzer team       \(String(format: "%6.2f s   cpu %5.2f s", median(swiftTimes), median(swiftCPU)))   peak \(String(format: "%5.1f", median(swiftMem))) MB   (\(String(format: "%.1f", median(swiftTimes) / median(readTimes)))x read-only)
    \(before == nil ? "" : String(format: "  wijzer (before)   %6.2f s   cpu %5.2f s   peak %5.1f MB   report ", median(beforeTimes), median(beforeCPU), median(beforeMem)) + (sameAsBefore ? "identical\n" : "DIFFERENT\n"))\
      python3 json      \(String(format: "%6.2f s   cpu %5.2f s", median(pyTimes), median(pyCPU)))   peak \(String(format: "%5.1f", median(pyMem))) MB   (wijzer is \(String(format: "%.1f", median(pyTimes) / median(swiftTimes)))x faster)
      figures compared  \(swiftFigures.count) (themes and answer counts): \(mismatches.isEmpty ? "identical" : "\(mismatches.count) differ, e.g. \(mismatches.prefix(3))")
    """)
exit(mismatches.isEmpty && sameAsBefore ? 0 : 1)
