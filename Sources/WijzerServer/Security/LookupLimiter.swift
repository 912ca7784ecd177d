import Foundation

/// Limits how often unknown private links can be tried: a token bucket over all clients
/// (Wijzer keeps no IP addresses, not even in memory). Links carry 160 random bits, so guessing
/// is hopeless anyway; the limit keeps a scan from hammering the database. While the bucket is
/// empty every lookup of a link is answered 429, known or not, so a scan learns nothing.
actor LookupLimiter {
    private let capacity: Double
    private let perSecond: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant

    /// `capacity` misses at once, refilled at `perSecond`.
    init(capacity: Int, perSecond: Double) {
        self.capacity = Double(capacity)
        self.perSecond = perSecond
        tokens = Double(capacity)
        last = .now
    }

    /// Whether a lookup may go ahead now.
    func allows() -> Bool {
        refill()
        return tokens >= 1
    }

    /// Takes one token if there is one: for limits that count every request, not only misses.
    func take() -> Bool {
        refill()
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Counts a lookup of a link that does not exist.
    func recordMiss() {
        refill()
        tokens = max(0, tokens - 1)
    }

    private func refill() {
        let now = ContinuousClock.now
        let elapsed = now - last
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * perSecond)
        last = now
    }
}
