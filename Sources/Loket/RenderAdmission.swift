import Synchronization

/// How many documents may be in the works at once: being drawn, or waiting for one of the
/// renderers. Beyond that the page answers 503 with `Retry-After` at once, instead of piling up
/// blocked threads until the process suffers: more work than the cores can take is queued up to
/// a point, then refused, never a crash.
final class RenderAdmission: Sendable {
    /// The most documents in the works at once.
    let limit: Int
    private let inFlight = Mutex(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a place if there is one; every `true` must be matched by one `leave()`.
    func enter() -> Bool {
        inFlight.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    /// Documents in the works now (for `/metrics`).
    var inWork: Int { inFlight.withLock { $0 } }

    func leave() {
        inFlight.withLock { $0 -= 1 }
    }
}

/// Every place in `RenderAdmission` is taken: the page answers 503.
struct RenderQueueFull: Error {}
