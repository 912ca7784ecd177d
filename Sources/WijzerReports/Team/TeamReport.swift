import Foundation
import WijzerLanguage
import WijzerScoring

/// What a team report shows, after the privacy rules: every figure in here may be printed.
/// Built from a `TeamTally`; the renderers (Markdown, HTML, CSV) only format it.
public struct TeamReport: Sendable, Equatable {
    /// The median and middle half of a group's scores (nearest-rank quartiles), each rounded to a
    /// multiple of `Distribution.step`: never a minimum or maximum, never an exact personal score.
    public struct Distribution: Sendable, Equatable {
        /// The figures are rounded to this: at n = 5 the exact quartiles are the 2nd, 3rd and 4th
        /// person's own scores.
        public static let step = 5
        public var count: Int
        public var q1: Int
        public var median: Int
        public var q3: Int

        public init(count: Int, q1: Int, median: Int, q3: Int) {
            self.count = count
            self.q1 = q1
            self.median = median
            self.q3 = q3
        }
    }

    public struct Theme: Sendable, Equatable {
        public var id: String
        public var title: String
        /// nil: too few to show.
        public var scores: Distribution?
        /// The same theme in the baseline, when both may be shown.
        public var baseline: Distribution?
    }

    /// One answer's bar.
    public struct Bar: Sendable, Equatable {
        public var key: String
        public var label: String
        public var count: Int
        /// Whole percent of the question's respondents.
        public var percent: Int
    }

    public struct Question: Sendable, Equatable {
        public var id: String
        public var themeTitle: String
        public var text: String
        public var isReflection: Bool
        public var multiple: Bool
        /// nil: too few to show (then also no respondent count).
        public var respondents: Int?
        public var bars: [Bar]
        public var spread: Double?
        /// A number question's median answer as people read it ("7,5 uur"); nil for other kinds.
        public var median: String? = nil
    }

    /// A question whose answers diverge: a prompt for the meeting.
    public struct Topic: Sendable, Equatable {
        public var questionID: String
        public var question: String
        public var themeTitle: String
        public var spread: Double
        /// The two most chosen answers.
        public var leading: [Bar]
    }

    /// A tip triggered for at least `TeamReport.tipShare` of the members it could apply to.
    public struct Tip: Sendable, Equatable {
        public var id: String
        public var title: String
        public var themeTitle: String
        public var timeframe: String
        public var text: String
        public var steps: [String]
        /// The tip's resources as in the personal plan: links (http and https only), and
        /// resources without an address by their title.
        public var links: [Link]
        public var count: Int
        public var group: Int
        public var percent: Int
    }

    /// A resource of a tip: a link, or a title alone for one without an address (a book).
    public struct Link: Sendable, Equatable {
        public var title: String
        public var url: String?
    }

    public struct LeftOut: Sendable, Equatable {
        public var question: String
        public var reason: String
    }

    public struct Reflections: Sendable, Equatable {
        public var question: String
        public var themeTitle: String
        public var texts: [String]
    }

    /// The share of members for whom a tip must be triggered to enter the team action plan.
    public static let tipShare = 0.5
    /// How many tips the draft team plan shows at most: a plan to start from, not a list.
    public static let tipCount = 5
    /// How many conversation topics are listed.
    public static let topicCount = 5

    public var questionnaireTitle: String
    public var questionnaireVersion: String
    /// Where the set comes from, shown at the report's foot.
    public var attribution: SetDescription.Attribution?
    /// Other versions among the results (plain version names only), each used by at least k people.
    public var otherVersions: [String]
    /// The people counted.
    public var results: Int
    /// The result files they came from (one teacher writes one per finished theme).
    public var files: Int
    /// Whether some files had no respondent id and were matched by the start of their session.
    public var matchedWithoutID: Bool
    public var minimumGroup: Int
    /// Whether the team itself is large enough for any figure.
    public var teamShown: Bool
    /// The month of the newest results ("november 2026"), only when at least k people's newest
    /// answers are from that month; never a day or time.
    public var month: String?
    /// Whether answers were left out for groups too small to name.
    public var leftOutHidden: Bool
    public var themes: [Theme]
    public var questions: [Question]
    public var topics: [Topic]
    public var tips: [Tip]
    public var leftOut: [LeftOut]
    /// nil unless reflections were asked for.
    public var reflections: [Reflections]?
    public var hasBaseline: Bool

    /// The report on `outcome` with groups of at least `minimumGroup`, compared with `baseline`
    /// (theme distributions by theme id) when given.
    public init(_ outcome: TeamAggregator.Outcome, minimumGroup: Int, baseline: [String: Distribution]?) {
        self.init(tally: outcome.tally, catalog: outcome.catalog, minimumGroup: minimumGroup,
                  withReflections: outcome.withReflections, baseline: baseline, themes: outcome.themes)
    }

    /// `themes`: the only themes with a row and questions (`TeamAggregator.themes`); nil for all.
    init(tally: TeamTally, catalog: TeamCatalog, minimumGroup: Int, withReflections: Bool, baseline: [String: Distribution]?,
         themes scope: [String]? = nil) {
        let q = catalog.questionnaire
        let privacy = TeamPrivacy(minimumGroup: minimumGroup, team: tally.results)
        questionnaireTitle = q.title
        questionnaireVersion = q.version
        attribution = q.about.attribution
        otherVersions = tally.versions.filter { $0.key != q.version && Self.isPlainVersion($0.key) && privacy.mayShow(group: $0.value) }
            .map(\.key).sorted()
        results = tally.results
        files = tally.files
        matchedWithoutID = tally.withoutID > 0
        self.minimumGroup = minimumGroup
        teamShown = privacy.mayShow(group: tally.results)
        month = teamShown ? Self.newestMonth(tally.days, privacy: privacy) : nil
        hasBaseline = baseline != nil

        func inScope(_ t: Int) -> Bool { scope?.contains(catalog.themeIDs[t]) ?? true }
        themes = catalog.themeIDs.indices.filter(inScope).map { t in
            let histogram = tally.scores[t]
            let n = histogram.reduce(0, +)
            let scores = privacy.mayShow(group: n) ? Self.distribution(histogram) : nil
            // The baseline obeys this run's k too: a CSV may come from a run with a smaller k.
            let before = scores == nil ? nil : baseline?[catalog.themeIDs[t]].flatMap { privacy.mayShow(group: $0.count) ? $0 : nil }
            return Theme(id: catalog.themeIDs[t], title: catalog.themeTitles[t], scores: scores, baseline: before)
        }

        questions = catalog.questions.enumerated().filter { inScope($0.element.theme) }.map { qi, question in
            // A reflection's n.v.t. is no text: only real texts count for it.
            let m = question.kind == .reflection ? tally.respondents[qi] - tally.counts[qi][question.categories] : tally.respondents[qi]
            let shown = privacy.mayShow(group: m)
            var result = Question(id: question.id, themeTitle: catalog.themeTitles[question.theme],
                                  text: question.resolved.decl.text.text, isReflection: question.kind == .reflection,
                                  multiple: question.kind == .multiple, respondents: shown ? m : nil, bars: [], spread: nil)
            guard shown, question.kind != .reflection else { return result }
            let counts = tally.counts[qi]
            func bar(_ i: Int, _ key: String, _ label: String) -> Bar {
                Bar(key: key, label: label, count: counts[i], percent: Int((Double(counts[i]) * 100 / Double(m)).rounded()))
            }
            for i in 0 ..< question.categories {
                if question.kind == .scale && question.resolved.kind.map({ if case .number = $0 { true } else { false } }) == true && counts[i] == 0 { continue }
                let key = question.kind == .scale ? question.grid.point(i).description : question.keys[i]
                result.bars.append(bar(i, key, question.labels[i]))
            }
            if let nvt = question.resolved.decl.notApplicable {
                result.bars.append(bar(question.categories, "nvt", nvt.text))
            }
            if let dontKnow = question.resolved.decl.dontKnow {
                result.bars.append(bar(question.categories + 1, "dont-know", dontKnow.text))
            }
            let real = Array(counts.prefix(question.categories))
            switch question.kind {
            case .choice, .yesNo: result.spread = SpreadMeasure.categorical(real)
            case .scale:
                result.spread = SpreadMeasure.scale(real)
                if case .number(_, _, _, let unit)? = question.resolved.kind, let median = TeamMedian.of(real, on: question.grid) {
                    result.median = median.dutch + (unit.map { " " + $0.text } ?? "")
                }
            case .multiple: result.spread = SpreadMeasure.multiple(real, respondents: m - counts[question.categories] - counts[question.categories + 1])
            case .reflection: break
            }
            return result
        }

        topics = questions.enumerated()
            .compactMap { i, question -> (Int, Topic)? in
                guard let spread = question.spread, spread > 0 else { return nil }
                let leading = question.bars.filter { $0.key != "nvt" && $0.key != "dont-know" && $0.count > 0 }
                    .enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.prefix(2).map(\.element)
                return (i, Topic(questionID: question.id, question: question.text, themeTitle: question.themeTitle,
                                 spread: spread, leading: leading))
            }
            .sorted { (a, b) in (b.1.spread, a.0) < (a.1.spread, b.0) }
            .prefix(Self.topicCount).map(\.1)

        // A tip's group: the members who took part in a theme with a question that can trigger it.
        var tipThemes = Array(repeating: UInt64(0), count: q.tips.count)
        for question in catalog.questions where question.theme < 64 {
            var effects = question.resolved.decl.rules.flatMap(\.effects)
            effects += (question.resolved.kind?.options ?? []).flatMap(\.effects)
            for case .tip(let id, _) in effects { if let t = q.tipIndex[id.name] { tipThemes[t] |= 1 << UInt64(question.theme) } }
        }
        tips = q.tips.indices.compactMap { t -> Tip? in
            let group = tally.themeSets.reduce(0) { $0 + ($1.key & tipThemes[t] != 0 ? $1.value : 0) }
            let count = tally.tips[t]
            guard privacy.mayShow(group: group), Double(count) >= Self.tipShare * Double(group) else { return nil }
            let tip = q.tips[t]
            return Tip(id: tip.id.name, title: tip.title.text,
                       themeTitle: tip.theme.flatMap { q.theme($0.name)?.title.text } ?? "",
                       timeframe: tip.customTimeframe?.text ?? tip.timeframe?.label ?? "dit schooljaar", text: tip.text?.text ?? "",
                       steps: tip.steps.map(\.text),
                       links: tip.resources.compactMap { r in
                           guard let address = r.url else { return Link(title: r.title.text, url: nil) }
                           return Escape.linkTarget(address.text).map { Link(title: r.title.text, url: $0) }
                       },
                       count: count, group: group,
                       percent: Int((Double(count) * 100 / Double(group)).rounded()))
        }
        .enumerated().sorted { ($1.element.percent, $0.offset) < ($0.element.percent, $1.offset) }.prefix(Self.tipCount).map(\.element)

        let shownLeftOut = tally.leftOut.filter { privacy.mayShow(group: $0.value) }.map(\.key)
        leftOutHidden = teamShown ? shownLeftOut.count < tally.leftOut.count : !tally.leftOut.isEmpty
        leftOut = (teamShown ? shownLeftOut : []).sorted().map { item in
            let version = Self.isPlainVersion(item.version) ? "versie \(item.version)" : "een andere versie"
            switch item.reason {
            case .changed:
                let text = q.question(item.question)?.decl.text.text ?? item.question
                return LeftOut(question: text, reason: "anders gesteld in \(version); die antwoorden tellen niet mee")
            case .unknown:
                let name = Self.isPlainID(item.question) ? item.question : "een onbekende vraag"
                return LeftOut(question: name, reason: "bestaat niet meer (uit \(version)); niet meegeteld")
            }
        }
        // Identical sentences (a question left out for several versions) once.
        var seen: Set<String> = []
        leftOut = leftOut.filter { seen.insert($0.question + "\u{1}" + $0.reason).inserted }

        reflections = withReflections ? catalog.questions.enumerated().compactMap { qi, question in
            guard question.kind == .reflection, privacy.mayQuote(texts: tally.reflections[qi].count) else { return nil }
            return Reflections(question: question.resolved.decl.text.text, themeTitle: catalog.themeTitles[question.theme],
                               texts: tally.reflections[qi])
        } : nil
    }

    /// Nearest-rank quartiles from a histogram of scores 0...100, rounded to `Distribution.step`;
    /// nil when empty.
    static func distribution(_ histogram: [Int]) -> Distribution? {
        let n = histogram.reduce(0, +)
        guard n > 0 else { return nil }
        func rank(_ r: Int) -> Int { TeamMedian.index(ofRank: r, in: histogram) }
        func quantile(_ p: Int) -> Int {
            let exact = rank(max(1, (p * n + 99) / 100))
            return (exact + Distribution.step / 2) / Distribution.step * Distribution.step
        }
        return Distribution(count: n, q1: quantile(25), median: quantile(50), q3: quantile(75))
    }

    /// "november 2026" for the month of the newest answers, when at least k people's newest answers
    /// are from that month; otherwise nil (a lone late result would date one person).
    static func newestMonth(_ days: [Int: Int], privacy: TeamPrivacy) -> String? {
        var perMonth: [String: (day: Int, people: Int)] = [:]
        for (day, people) in days {
            let long = DutchDate.long(Date(timeIntervalSince1970: Double(day) * 86_400))
            let month = long.split(separator: " ").dropFirst().joined(separator: " ")
            let current = perMonth[month] ?? (day, 0)
            perMonth[month] = (max(current.day, day), current.people + people)
        }
        guard let newest = perMonth.max(by: { $0.value.day < $1.value.day }), privacy.mayShow(group: newest.value.people) else { return nil }
        return newest.key
    }

    /// Version names from files are shown only when they look like versions, not free text.
    static func isPlainVersion(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 20 && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" }
    }

    /// Question ids from files are shown only when they look like ids.
    static func isPlainID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 80 && s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }
}
