import Foundation
import Synchronization

/// Limits how often unknown private links can be tried: a token bucket over all clients
/// (Wijzer keeps no IP addresses, not even in memory). Links carry 160 random bits, so guessing
/// is hopeless anyway; the limit keeps a scan from hammering the database. While the bucket is
/// empty every lookup of a link is answered 429, known or not, so a scan learns nothing.
///
/// A `Mutex` rather than an actor: every request with a private link asks it, and a hop to an
/// actor and back costs more than the arithmetic it guards.
final class LookupLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var last: ContinuousClock.Instant
    }

    private let capacity: Double
    private let perSecond: Double
    private let bucket: Mutex<Bucket>

    /// `capacity` misses at once, refilled at `perSecond`.
    init(capacity: Int, perSecond: Double) {
        self.capacity = Double(capacity)
        self.perSecond = perSecond
        bucket = Mutex(Bucket(tokens: Double(capacity), last: .now))
    }

    /// Whether a lookup may go ahead now.
    func allows() -> Bool {
        bucket.withLock { refill(&$0) >= 1 }
    }

    /// Takes one token if there is one: for limits that count every request, not only misses.
    func take() -> Bool {
        bucket.withLock { bucket in
            guard refill(&bucket) >= 1 else { return false }
            bucket.tokens -= 1
            return true
        }
    }

    /// Counts a lookup of a link that does not exist.
    func recordMiss() {
        bucket.withLock { bucket in
            bucket.tokens = max(0, refill(&bucket) - 1)
        }
    }

    /// Adds what has come in since the last call; the tokens there are now.
    private func refill(_ bucket: inout Bucket) -> Double {
        let now = ContinuousClock.now
        let elapsed = now - bucket.last
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        bucket.tokens = min(capacity, bucket.tokens + seconds * perSecond)
        bucket.last = now
        return bucket.tokens
    }
}
