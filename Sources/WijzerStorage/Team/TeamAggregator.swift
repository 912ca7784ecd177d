import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Reads result files and adds them up into a `TeamTally`, streaming: a file is read into a
/// reused buffer, scanned, checked against the questionnaire, scored, counted and forgotten.
///
/// Two workers (the machine has two cores) each keep their own tally; the tallies are merged by
/// adding counters, so the outcome is the same whatever the order of the files or the timing.
/// Duplicates (the same result twice) are found through a hash of everything that is counted,
/// kept in one shared set: 8 bytes a file.
struct TeamAggregator: Sendable {
    let catalog: TeamCatalog
    let scoring: TeamScoring
    let collectReflections: Bool

    init(catalog: TeamCatalog, collectReflections: Bool) {
        self.catalog = catalog
        scoring = TeamScoring(catalog)
        self.collectReflections = collectReflections
    }

    /// What aggregation produced.
    struct Outcome: Sendable {
        var tally: TeamTally
        /// Files not used, sorted by path.
        var problems: [TeamProblem]
    }

    /// Aggregates `files` with `workers` threads.
    func run(_ files: [String], workers: Int = 2) -> Outcome {
        let registry = Registry()
        let workers = max(1, min(workers, files.count))
        let slots = Slots(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var worker = Worker(aggregator: self)
            var i = w
            while i < files.count {
                worker.add(file: files[i], index: i, registry: registry)
                i += workers
            }
            slots.set(w, (worker.tally, worker.problems))
        }
        var tally = TeamTally(catalog: catalog)
        var problems: [TeamProblem] = []
        for (t, p) in slots.values {
            tally.merge(t)
            problems += p
        }
        // Name duplicates deterministically: every copy but the first by path is the duplicate.
        for group in registry.duplicateGroups() {
            let names = group.map { files[$0] }.sorted()
            for name in names.dropFirst() {
                problems.append(TeamProblem(path: name, message: "dubbel: hetzelfde resultaat als \(names[0]); één keer meegeteld"))
            }
        }
        tally.sortReflections()
        return Outcome(tally: tally, problems: problems.sorted())
    }

    /// One thread's state: buffers, scanner and its own tally.
    private struct Worker {
        let aggregator: TeamAggregator
        var tally: TeamTally
        var problems: [TeamProblem] = []
        var buffer: [UInt8] = Array(repeating: 0, count: 64 << 10)
        var scanner = ResultScanner()
        var coded: [TeamScoring.Coded?]
        var scratch = TeamScoring.Scratch()
        var versions: [[UInt8]] = []
        let idBytes: [UInt8]
        let hashBytes: [UInt8]

        init(aggregator: TeamAggregator) {
            self.aggregator = aggregator
            tally = TeamTally(catalog: aggregator.catalog)
            coded = Array(repeating: nil, count: aggregator.catalog.questions.count)
            idBytes = Array(aggregator.catalog.stamp.id.utf8)
            hashBytes = Array(aggregator.catalog.stamp.contentHash.utf8)
        }

        mutating func add(file path: String, index: Int, registry: Registry) {
            switch TeamInput.read(path, into: &buffer) {
            case .failure(let f): problems.append(TeamProblem(path: path, message: f.message))
            case .success(let n):
                do {
                    try buffer.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(ResultScanner.Failure) in
                        try scanner.scan(UnsafeBufferPointer(rebasing: b[0 ..< n]))
                    }
                    try count(index: index, registry: registry)
                } catch {
                    problems.append(TeamProblem(path: path, message: error.message))
                }
            }
        }

        private mutating func count(index: Int, registry: Registry) throws(ResultScanner.Failure) {
            let catalog = aggregator.catalog
            let s = scanner
            guard s.bytes(s.questionnaireID!) == idBytes[...] else {
                throw .init(message: ResultCodec.otherQuestionnaire(s.string(s.questionnaireID!), catalog.stamp.id))
            }
            let sameVersion = s.bytes(s.contentHash!) == hashBytes[...]
            for i in coded.indices { coded[i] = nil }
            var leftOut: [TeamTally.LeftOut] = []
            // Everything counted goes into the duplicate key.
            var key = Hasher64()
            key.add(s.bytes(s.version!)); key.add(s.bytes(s.created!)); key.add(s.bytes(s.updated!))
            for answer in s.answers {
                let id = s.bytes(answer.question)
                guard let qi = catalog.question(id) else {
                    key.add(id)
                    leftOut.append(.init(question: s.string(answer.question), version: s.string(s.version!), reason: .unknown))
                    continue
                }
                if !sameVersion {
                    guard let fp = answer.fingerprint, s.bytes(fp) == catalog.questions[qi].fingerprint[...] else {
                        key.add(id)
                        leftOut.append(.init(question: catalog.questions[qi].id, version: s.string(s.version!), reason: .changed))
                        continue
                    }
                }
                coded[qi] = try decode(answer.value, question: qi)
                key.add(id)
                key.add(answer.value, s)
            }
            if registry.claim(key.value, index: index) != nil { return }
            tally.leftOut.formUnion(leftOut)
            let version = s.bytes(s.version!)
            if !versions.contains(where: { $0[...] == version }) {
                versions.append(Array(version))
                tally.versions.insert(s.string(s.version!))
            }
            if let day = Self.day(s.bytes(s.updated!)) { tally.newestDay = max(tally.newestDay ?? day, day) }
            tally.results += 1
            var themes: UInt64 = 0
            var answers: Answers = [:]
            answers.reserveCapacity(16)
            for qi in coded.indices {
                guard let value = coded[qi] else { continue }
                let entry = catalog.entries[qi]
                let category: Int
                switch value {
                case .category(let c):
                    category = c
                    answers[catalog.questions[qi].id] = entry.kind == .scale ? .number(entry.low + c) : .option(catalog.questions[qi].keys[c])
                case .options(let mask):
                    var keys: [String] = []
                    for o in 0 ..< min(64, entry.categories) where mask & (1 << UInt64(o)) != 0 {
                        tally.counts[qi][o] += 1
                        keys.append(catalog.questions[qi].keys[o])
                    }
                    answers[catalog.questions[qi].id] = .options(keys)
                    category = -1
                case .text(let t):
                    answers[catalog.questions[qi].id] = .text(t)
                    if t.isEmpty { continue }
                    if aggregator.collectReflections { tally.reflections[qi].append(t) }
                    category = -1
                case .notApplicable:
                    answers[catalog.questions[qi].id] = .notApplicable
                    category = entry.categories
                }
                if category >= 0 { tally.counts[qi][category] += 1 }
                tally.respondents[qi] += 1
                if entry.theme < 64 { themes |= 1 << UInt64(entry.theme) }
            }
            for t in tally.participants.indices where t < 64 && themes & (1 << UInt64(t)) != 0 { tally.participants[t] += 1 }
            tally.themeSets[themes, default: 0] += 1
            aggregator.scoring.evaluate(coded, themes: themes, answers: answers, scratch: &scratch) { theme, score in
                if let score { tally.scores[theme][score] += 1 }
            }
            for t in tally.tips.indices where scratch.tips[t] { tally.tips[t] += 1 }
        }

        /// The answer as counted, or why it does not fit the question.
        private func decode(_ value: ResultScanner.Value, question qi: Int) throws(ResultScanner.Failure) -> TeamScoring.Coded {
            let catalog = aggregator.catalog
            let question = catalog.entries[qi]
            func unfit(_ why: String) -> ResultScanner.Failure {
                .init(message: "antwoord op `\(catalog.questions[qi].id)`: \(why)")
            }
            switch (question.kind, value) {
            case (_, .notApplicable):
                guard question.allowsNotApplicable else { throw unfit("deze vraag kent geen n.v.t.") }
                return .notApplicable
            case (.choice, .option(let key)), (.yesNo, .option(let key)):
                guard let c = catalog.option(scanner.bytes(key), of: qi) else { throw unfit("optie `\(scanner.string(key))` bestaat niet") }
                return .category(c)
            case (.multiple, .options(let first, let n)):
                var mask: UInt64 = 0
                for k in scanner.optionSlices[first ..< first + n] {
                    guard let c = catalog.option(scanner.bytes(k), of: qi) else { throw unfit("optie `\(scanner.string(k))` bestaat niet") }
                    if c < 64 { mask |= 1 << UInt64(c) }
                }
                return .options(mask)
            case (.scale, .number(let v)):
                guard v >= question.low && v < question.low + question.categories else {
                    throw unfit("\(v) ligt buiten \(question.low)..\(question.low + question.categories - 1)")
                }
                return .category(v - question.low)
            case (.reflection, .text(let t)):
                return .text(scanner.string(t))
            default:
                throw unfit("soort antwoord past niet bij de vraag")
            }
        }

        /// Days since 1970-01-01 of an ISO 8601 timestamp's date part.
        static func day(_ b: ArraySlice<UInt8>) -> Int? {
            let d = Array(b.prefix(10))
            guard d.count == 10 else { return nil }
            func n(_ r: Range<Int>) -> Int { d[r].reduce(0) { $0 * 10 + Int($1 &- 48) } }
            let (y, m, day) = (n(0 ..< 4), n(5 ..< 7), n(8 ..< 10))
            guard (1 ... 12).contains(m), (1 ... 31).contains(day) else { return nil }
            // Days from civil (Howard Hinnant's algorithm).
            let yy = m <= 2 ? y - 1 : y
            let era = (yy >= 0 ? yy : yy - 399) / 400
            let yoe = yy - era * 400
            let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }
    }

    /// The shared set of duplicate keys.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var first: [UInt64: Int] = [:]
        private var duplicates: [UInt64: [Int]] = [:]

        /// nil when `key` is new; else the index of the file that had it first.
        func claim(_ key: UInt64, index: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            if let f = first[key] {
                duplicates[key, default: [f]].append(index)
                return f
            }
            first[key] = index
            return nil
        }

        func duplicateGroups() -> [[Int]] {
            lock.lock(); defer { lock.unlock() }
            return Array(duplicates.values)
        }
    }

    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [(TeamTally, [TeamProblem])?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: (TeamTally, [TeamProblem])) { lock.lock(); storage[i] = value; lock.unlock() }
        var values: [(TeamTally, [TeamProblem])] { lock.lock(); defer { lock.unlock() }; return storage.compactMap { $0 } }
    }
}

/// FNV-1a 64 over a sequence of fields, each followed by a separator.
struct Hasher64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: ArraySlice<UInt8>) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
    }

    mutating func add(tag: UInt8) { value = (value ^ UInt64(tag)) &* 0x0000_0100_0000_01B3 }

    mutating func add(_ v: ResultScanner.Value, _ s: ResultScanner) {
        switch v {
        case .option(let k): add(tag: 1); add(s.bytes(k))
        case .options(let first, let n): add(tag: 2); for k in s.optionSlices[first ..< first + n] { add(s.bytes(k)) }
        case .number(let n): add(tag: 3); for shift in stride(from: 0, to: 64, by: 8) { add(tag: UInt8(truncatingIfNeeded: n >> shift)) }
        case .text(let t): add(tag: 4); add(s.bytes(t))
        case .notApplicable: add(tag: 5)
        }
    }
}
