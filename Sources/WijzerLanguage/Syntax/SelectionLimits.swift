/// `multiple min N max M`: how many options a multiple-choice answer may have. nil is no limit.
public struct SelectionLimits: Sendable, Hashable {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    /// Whether an answer of `count` options keeps to the limits.
    public func allows(_ count: Int) -> Bool {
        count >= (min ?? 0) && count <= (max ?? Int.max)
    }

    /// How many options to choose, in Dutch: "minstens 2", "hoogstens 3", "2 tot en met 3",
    /// "precies 2"; nil without limits.
    public var dutch: String? {
        switch (min, max) {
        case (nil, nil): nil
        case (let lo?, nil): "minstens \(lo)"
        case (nil, let hi?): "hoogstens \(hi)"
        case (let lo?, let hi?): lo == hi ? "precies \(lo)" : "\(lo) tot en met \(hi)"
        }
    }
}
