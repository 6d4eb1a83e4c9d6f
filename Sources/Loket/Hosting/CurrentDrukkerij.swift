import Drukkerij
import Synchronization

/// The print shop the page uses now. SIGHUP replaces it as a whole (new content, the same
/// renderers), so a request that has started finishes with the content it started with.
final class CurrentDrukkerij: Sendable {
    private let current: Mutex<Drukkerij>

    init(_ drukkerij: Drukkerij) {
        current = Mutex(drukkerij)
    }

    var value: Drukkerij { current.withLock { $0 } }

    func replace(with drukkerij: Drukkerij) {
        current.withLock { $0 = drukkerij }
    }
}
