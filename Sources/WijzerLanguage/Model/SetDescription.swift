/// What a set says about itself in its `questionnaire` declaration: who publishes it, how it
/// introduces itself, how long a theme takes, and the default texts of plans.
///
/// Every text the engine writes about the content comes from here, so that a set other than the
/// one Wijzer was first written for reads as its own. Fields a set leaves out get neutral defaults.
public struct SetDescription: Sendable, Hashable {
    /// The organisation behind the set, shown after its title: "Titel (Uitgever)".
    public var publisher: String?
    /// The start screen's first sentences, and the onboarding's opening paragraph.
    public var intro: String?
    /// How many minutes a theme takes, at least and at most.
    public var minutes: ClosedRange<Int>?
    /// What the set calls its source in a sentence such as "wat de vragenlijst aanraadt".
    public var guide: String?
    /// What a tip without its own `notice` says about how you notice it works.
    public var notice: String?
    /// What the plan says about a theme in which you already do much (no strengths named).
    public var praise: String?
    /// Where the set comes from, with a link: shown at the foot of plans and team reports.
    public var attribution: Attribution?

    /// A credit line with its web address.
    public struct Attribution: Sendable, Hashable {
        public var text: String
        public var url: String
        public init(text: String, url: String) {
            self.text = text
            self.url = url
        }
    }

    public init(publisher: String? = nil, intro: String? = nil, minutes: ClosedRange<Int>? = nil, guide: String? = nil,
                notice: String? = nil, praise: String? = nil, attribution: Attribution? = nil) {
        self.publisher = publisher
        self.intro = intro
        self.minutes = minutes
        self.guide = guide
        self.notice = notice
        self.praise = praise
        self.attribution = attribution
    }

    /// The source's name in a sentence: the set's `guide`, else "de vragenlijst".
    public var guideName: String { guide ?? "de vragenlijst" }

    /// How you notice a tip works, when the tip does not say.
    public var defaultNotice: String { notice ?? "Je merkt het aan wat er in je eigen praktijk verandert." }

    /// The plan's sentence for a theme in which you already do much.
    public var praiseSentence: String { praise ?? "Je doet in dit thema al veel van wat \(guideName) aanraadt." }

    /// "Beter Leren (Uitgever)", or the title alone.
    public func titled(_ title: String) -> String {
        publisher.map { "\(title) (\($0))" } ?? title
    }

    /// The start screen's welcome: the intro (or a neutral sentence naming the set), the time
    /// a theme takes, and that answers are kept.
    public func welcome(title: String, themeCount: Int) -> String {
        let opening = intro ?? "Reflecteer op je eigen praktijk met \(Self.themes(themeCount)) van \(titled(title))."
        let time = themeDuration.map { "Een thema kost \($0); je" } ?? "Je"
        return opening + " \(time) antwoorden worden na elke vraag bewaard."
    }

    /// How long a theme takes in words, "8 tot 15 minuten" or "10 minuten"; nil when the set
    /// does not say.
    public var themeDuration: String? {
        minutes.map { "\($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound) tot \($0.upperBound)") minuten" }
    }

    /// "de zes thema's", "het thema", "de 14 thema's".
    public static func themes(_ count: Int) -> String {
        let words = ["", "", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
        if count == 1 { return "het thema" }
        return "de \(count >= 2 && count < words.count ? words[count] : String(count)) thema's"
    }
}
