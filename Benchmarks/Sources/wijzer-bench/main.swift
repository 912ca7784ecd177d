import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage
import Yams

// wijzer-bench: how fast and how lean is `Checker.check` on a large set, next to decoding the
// same content as JSON (Foundation) and YAML (Yams); plus the start-up cost of the CLI.
// It reports; it fails (exit 1) only when the generated set does not check without errors.

let usage = """
    usage: wijzer-bench [--runs N] [--yaml-runs N] [--size-mb MB] [--files N] [--seed N]
                        [--wijzer PATH] [--cli-runs N] [--no-yaml] [--keep DIR]
      --runs N        timed runs for Wijzer and JSON, taking turns (default 11, after one warm-up run each)
      --yaml-runs N   timed runs for YAML, which is slow (default 3)
      --size-mb MB    size of the generated .wijzer set in MB (default 10)
      --files N       number of files the set is split into (default 100)
      --wijzer PATH   the release `wijzer` binary (default: <repo>/.build/release/wijzer)
      --cli-runs N    runs of `wijzer check`, `wijzer --help` and /bin/true (default 20)
      --no-yaml       skip the YAML decoder
      --keep DIR      write the generated .wijzer, JSON and YAML files to DIR and keep them
    internal: wijzer-bench --measure-memory-child [--load-only | --parse-only] FILE...
              wijzer-bench --phases RUNS FILE...   (median time of each phase; for profiling)
    """

// MARK: - Phases mode: where the time of Checker.check goes, in one quiet process.

if CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--phases", let runs = Int(CommandLine.arguments[2]) {
    do {
        let inputs = try SourceLoader.load(Array(CommandLine.arguments.dropFirst(3)))
        let raw = inputs.map { (path: $0.path, bytes: $0.bytes) }
        let files = SourceLoader.files(raw)
        let source = Timing.measure(runs: runs, warmUp: true) { SourceLoader.files(raw) }
        let parse = Timing.measure(runs: runs, warmUp: true) { () -> [ParsedFile] in
            var engine = DiagnosticEngine()
            return files.map { Parser.parse(fileIndex: engine.add($0), diagnostics: &engine, keepLayout: false) }
        }
        let check = Timing.measure(runs: runs, warmUp: true) { Checker.check(files) }
        let checkNoLint = Timing.measure(runs: runs, warmUp: true) { Checker.check(files, lint: false) }
        func ms(_ t: Timing) -> String { String(format: "%6.1f ms (min %5.1f)", t.median * 1000, t.min * 1000) }
        print("SourceLoader.files         \(ms(source))")
        print("parse (no layout)          \(ms(parse))")
        print("Checker.check              \(ms(check))")
        print("Checker.check, lint: false \(ms(checkNoLint))")
        print("validation (check - parse) \(String(format: "%6.1f ms", (check.median - parse.median) * 1000))")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error.message)\n".utf8))
        exit(2)
    }
}

// MARK: - Child mode: a fresh process that only loads (and parses) files, for peak memory.

if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "--measure-memory-child" {
    var paths = Array(CommandLine.arguments.dropFirst(2))
    let loadOnly = paths.first == "--load-only"
    if loadOnly { paths.removeFirst() }
    let parseOnly = paths.first == "--parse-only"
    if parseOnly { paths.removeFirst() }
    do {
        let files = try SourceLoader.load(paths)
        if loadOnly {
            withExtendedLifetime(files) {}
            print(peakRSSOfThisProcess())
            exit(0)
        }
        if parseOnly {
            // What Checker.check keeps of the parse (every ParsedFile), without validation.
            let parsed = files.map { Checker.parse($0) }
            withExtendedLifetime(parsed) {}
            print(peakRSSOfThisProcess())
            exit(0)
        }
        let result = Checker.check(files)
        withExtendedLifetime(result) {}
        print(peakRSSOfThisProcess())
        exit(result.diagnostics.errorCount == 0 ? 0 : 1)
    } catch {
        FileHandle.standardError.write(Data("\(error.message)\n".utf8))
        exit(2)
    }
}

// MARK: - Options

struct Options {
    var runs = 11
    var yamlRuns = 3
    var sizeMB = 10.0
    var files = 100
    var seed: UInt64 = 20_260_101
    var wijzer: String = {
        // Sources/wijzer-bench/main.swift -> Benchmarks -> repository root
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/release/wijzer").path
    }()
    var cliRuns = 20
    var yaml = true
    var keep: String?
}

func parseOptions() -> Options {
    var o = Options()
    var args = Array(CommandLine.arguments.dropFirst())[...]
    func value(_ name: String) -> String {
        guard let v = args.popFirst() else { fail("\(name) needs a value") }
        return v
    }
    func int(_ name: String) -> Int {
        guard let n = Int(value(name)), n > 0 else { fail("\(name) needs a positive whole number") }
        return n
    }
    while let a = args.popFirst() {
        switch a {
        case "--runs": o.runs = int(a)
        case "--yaml-runs": o.yamlRuns = int(a)
        case "--size-mb":
            guard let mb = Double(value(a)), mb > 0 else { fail("--size-mb needs a positive number") }
            o.sizeMB = mb
        case "--files": o.files = int(a)
        case "--seed": o.seed = UInt64(int(a))
        case "--wijzer": o.wijzer = value(a)
        case "--cli-runs": o.cliRuns = int(a)
        case "--no-yaml": o.yaml = false
        case "--keep": o.keep = value(a)
        case "-h", "--help": print(usage); exit(0)
        default: fail("unknown argument `\(a)`")
        }
    }
    return o
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("wijzer-bench: \(message)\n\(usage)\n".utf8))
    exit(2)
}

// MARK: - Formatting numbers

let MB = 1_000_000.0  // throughput and sizes in decimal megabytes

func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
func mb(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / MB) }
func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let n = s.count
    if n >= width { return s }
    let fill = String(repeating: " ", count: width - n)
    return right ? fill + s : s + fill
}
func verdict(_ ok: Bool) -> String { ok ? "met" : "NOT met" }

let options = parseOptions()

// MARK: - 1. Generate the set and check it

print("wijzer-bench: generating about \(String(format: "%.1f", options.sizeMB)) MB of questionnaires (seed \(options.seed))…")
var generator = Generator(seed: options.seed)
let (model, generated) = generator.generate(targetBytes: Int(options.sizeMB * MB), files: options.files)
let inputs: [(path: String, bytes: [UInt8])] = generated.map { ($0.name, Array($0.text.utf8)) }
let wijzerBytes = inputs.reduce(0) { $0 + $1.bytes.count }

let checked = Checker.check(SourceLoader.files(inputs))
let errors = checked.diagnostics.errorCount
let q = checked.questionnaire
print("  \(inputs.count) files, \(mb(wijzerBytes)); \(q.themes.count) themes, \(q.scenarios.count) scenarios, "
    + "\(q.questions.count) questions, \(q.tips.count) tips, \(q.examples.count) examples; "
    + "\(errors) errors, \(checked.diagnostics.warningCount) warnings")
if errors > 0 {
    print("The generated set has errors; the benchmark is meaningless. First ones:")
    print(DiagnosticsFormatter(style: .compact).format(Array(checked.diagnostics.sorted.prefix(10)), in: checked.diagnostics.files))
    exit(1)
}

// MARK: - 2. The same content as JSON and YAML, encoded once

let jsonEncoder = JSONEncoder()
jsonEncoder.outputFormatting = [.withoutEscapingSlashes]
let jsonData = try jsonEncoder.encode(model)
var yamlData = Data()
if options.yaml {
    let yamlEncoder = YAMLEncoder()
    yamlEncoder.options.allowUnicode = true
    yamlEncoder.options.width = -1
    yamlData = Data(try yamlEncoder.encode(model).utf8)
}
// Sanity: both decode to the same amount of content as the checker found.
let fromJSON = try JSONDecoder().decode(BenchSet.self, from: jsonData)
precondition(fromJSON.themes.count == q.themes.count && fromJSON.tips.count == q.tips.count
    && fromJSON.scenarios.flatMap(\.questions).count == q.questions.count, "JSON content differs from the .wijzer set")
print("  same content as JSON: \(mb(jsonData.count))" + (options.yaml ? ", as YAML: \(mb(yamlData.count))" : ""))

let workDir: URL = {
    if let keep = options.keep { return URL(fileURLWithPath: keep) }
    return FileManager.default.temporaryDirectory.appendingPathComponent("wijzer-bench-\(getpid())")
}()
try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
let filePaths = inputs.map { workDir.appendingPathComponent($0.path).path }
for (input, path) in zip(inputs, filePaths) {
    try Data(input.bytes).write(to: URL(fileURLWithPath: path))
}
if options.keep != nil {
    try jsonData.write(to: workDir.appendingPathComponent("bench.json"))
    if options.yaml { try yamlData.write(to: workDir.appendingPathComponent("bench.yaml")) }
}

// MARK: - 3. Throughput

print("\nTiming (\(options.runs) runs after a warm-up, Wijzer and JSON taking turns; YAML \(options.yamlRuns) runs, its warm-up is the check above)…")
struct Row { var name: String; var bytes: Int; var timing: Timing }
var rows: [Row] = []

// Wijzer and JSONDecoder take turns, run by run: on this shared machine the speed changes from
// minute to minute, and timing one after the other would put a slow spell on one side only.
let (wijzerTiming, jsonTiming) = try Timing.interleaved(runs: options.runs, {
    Checker.check(SourceLoader.files(inputs))
}, {
    try JSONDecoder().decode(BenchSet.self, from: jsonData)
})
rows.append(Row(name: "Wijzer Checker.check (one thread)", bytes: wijzerBytes, timing: wijzerTiming))

// For context: the parser alone, file by file (what `wijzer fmt` does), without validation.
let parseTiming = Timing.measure(runs: options.runs, warmUp: true) {
    inputs.map { Checker.parse(SourceFile(path: $0.path, bytes: $0.bytes)) }
}
rows.append(Row(name: "  of which Checker.parse per file", bytes: wijzerBytes, timing: parseTiming))

rows.append(Row(name: "Foundation JSONDecoder.decode", bytes: jsonData.count, timing: jsonTiming))

var yamlTiming: Timing?
if options.yaml {
    let fromYAML = try YAMLDecoder().decode(BenchSet.self, from: yamlData)
    precondition(fromYAML.themes.count == q.themes.count, "YAML content differs from the .wijzer set")
    let t = try Timing.measure(runs: options.yamlRuns, warmUp: false) {
        try YAMLDecoder().decode(BenchSet.self, from: yamlData)
    }
    yamlTiming = t
    rows.append(Row(name: "Yams YAMLDecoder.decode", bytes: yamlData.count, timing: t))
}

func throughput(_ bytes: Int, _ seconds: Double) -> Double { Double(bytes) / MB / seconds }

print("")
print(pad("", 40) + pad("input", 10, right: true) + pad("median", 12, right: true) + pad("min", 12, right: true)
    + pad("MB/s (median)", 15, right: true) + pad("MB/s (min)", 12, right: true) + pad("runs", 6, right: true))
for r in rows {
    print(pad(r.name, 40) + pad(mb(r.bytes), 10, right: true) + pad(ms(r.timing.median), 12, right: true)
        + pad(ms(r.timing.min), 12, right: true)
        + pad(String(format: "%.1f", throughput(r.bytes, r.timing.median)), 15, right: true)
        + pad(String(format: "%.1f", throughput(r.bytes, r.timing.min)), 12, right: true)
        + pad(String(r.timing.samples.count), 6, right: true))
}
// Run by run, in the order they ran (Wijzer's run i came just before JSON's run i).
print("")
print("Wijzer runs (ms): " + wijzerTiming.samples.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
print("JSON runs (ms):   " + jsonTiming.samples.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
let wijzerMBs = throughput(wijzerBytes, wijzerTiming.median)
let jsonMBs = throughput(jsonData.count, jsonTiming.median)
let ratio = wijzerMBs / jsonMBs
print("")
print(String(format: "Wijzer / JSON throughput (MB/s of each format's own bytes): %.2f×", ratio))
print(String(format: "Same content: JSONDecoder takes %.2f× as long as Checker.check", jsonTiming.median / wijzerTiming.median)
    + (yamlTiming.map { String(format: ", YAMLDecoder %.1f×", $0.median / wijzerTiming.median) } ?? ""))

// MARK: - 4. Peak memory, in a fresh process

// The child reports its own VmHWM: wait4's ru_maxrss would include this (large) process's
// high-water mark, which Linux carries over posix_spawn's vfork + exec.
print("\nPeak memory (a fresh child process reads the files and reports its VmHWM)…")
let me = currentExecutable()
let empty = Spawn.capture(me, ["--measure-memory-child", "--load-only"])
let loadOnly = Spawn.capture(me, ["--measure-memory-child", "--load-only"] + filePaths)
let parseOnly = Spawn.capture(me, ["--measure-memory-child", "--parse-only"] + filePaths)
let full = Spawn.capture(me, ["--measure-memory-child"] + filePaths)
func peak(_ r: (outcome: Spawn.Outcome, output: String)?) -> Int? {
    guard let r, r.outcome.status == 0 else { return nil }
    return Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines))
}
var memoryRatio: Double?
if let emptyPeak = peak(empty), let loadPeak = peak(loadOnly), let parsePeak = peak(parseOnly), let fullPeak = peak(full) {
    memoryRatio = Double(fullPeak) / Double(wijzerBytes)
    print("  process baseline (no files):        peak RSS \(mb(emptyPeak))")
    print("  load only (SourceLoader.load):      peak RSS \(mb(loadPeak))")
    print("  load + Checker.parse of each file:  peak RSS \(mb(parsePeak))")
    print("  load + Checker.check:               peak RSS \(mb(fullPeak))")
    print(String(format: "  peak RSS / input size:              %.2f×", memoryRatio!))
    print(String(format: "  without the process baseline:       %.2f×   (parse+validate alone adds %.2f× over loading)",
                 Double(fullPeak - emptyPeak) / Double(wijzerBytes), Double(fullPeak - loadPeak) / Double(wijzerBytes)))
} else {
    print("  child process failed (statuses \(empty?.outcome.status ?? -1), \(loadOnly?.outcome.status ?? -1), "
        + "\(parseOnly?.outcome.status ?? -1), \(full?.outcome.status ?? -1))")
}

// MARK: - 5. The command-line tool

var checkTime: Double?
var helpRatio: Double?
print("\nCommand line (median of \(options.cliRuns) runs each, taking turns, after one warm-up run)…")
if FileManager.default.isExecutableFile(atPath: options.wijzer) {
    if let times = Spawn.medianTimes([(options.wijzer, ["check"]), (options.wijzer, ["--help"]), ("/bin/true", [])],
                                     runs: options.cliRuns) {
        let (check, help, truth) = (times[0], times[1], times[2])
        checkTime = check.median
        helpRatio = help.median / truth.median
        print("  binary: \(options.wijzer)")
        print("  wijzer check (bundled questionnaires): \(ms(check.median))  (exit status \(check.status))")
        print("  wijzer --help:                         \(ms(help.median))")
        print("  /bin/true:                             \(ms(truth.median))")
        print(String(format: "  --help / /bin/true:                    %.1f×", helpRatio!))
    } else {
        print("  could not run \(options.wijzer) or /bin/true")
    }
} else {
    print("  skipped: no wijzer binary at \(options.wijzer)")
    print("  (build it with `swift build -c release --static-swift-stdlib --product wijzer` at the repository root, or pass --wijzer PATH)")
}

// MARK: - 6. Targets

print("\nTargets")
func target(_ name: String, _ result: String, _ ok: Bool?) {
    print("  " + pad(name, 34) + pad(result, 26) + (ok.map(verdict) ?? "not measured"))
}
// Issue 11: a floor on one thread, not a race (the bundled set is 154 KB).
target("parse+validate ≥ 50 MB/s", String(format: "%.1f MB/s", wijzerMBs), wijzerMBs >= 50)
target("peak memory < 5× input", memoryRatio.map { String(format: "%.2f×", $0) } ?? "-", memoryRatio.map { $0 < 5 })
target("wijzer check < 20 ms", checkTime.map(ms) ?? "-", checkTime.map { $0 < 0.020 })
target("wijzer --help < 10× /bin/true", helpRatio.map { String(format: "%.1f×", $0) } ?? "-", helpRatio.map { $0 < 10 })

if options.keep == nil { try? FileManager.default.removeItem(at: workDir) } else { print("\nGenerated files kept in \(workDir.path)") }
