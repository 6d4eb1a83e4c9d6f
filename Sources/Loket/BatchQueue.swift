import Synchronization

/// The batch page's own line, apart from the documents' `RenderAdmission`: one batch is made at a
/// time, a few wait their turn, and beyond that the page answers 503 with `Retry-After` at once.
/// So a large batch never fills the places previews and single downloads need.
final class BatchQueue: Sendable {
    /// How many batches may wait while one is made.
    let waitingLimit: Int

    private struct State {
        var isRunning = false
        var waiting: [CheckedContinuation<Void, Never>] = []
        /// Admitted to wait, whether or not their continuation is stored yet.
        var waitingCount = 0
    }

    private let state = Mutex(State())

    init(waitingLimit: Int) {
        self.waitingLimit = waitingLimit
    }

    /// Waits for this batch's turn, or throws `RenderQueueFull` when the line is full. The turn
    /// is given to the next when the returned `BatchTurn` is released.
    func turn() async throws(RenderQueueFull) -> BatchTurn {
        enum Decision { case now, wait, full }
        let decision: Decision = state.withLock { state in
            if !state.isRunning {
                state.isRunning = true
                return .now
            }
            guard state.waitingCount < waitingLimit else { return .full }
            state.waitingCount += 1
            return .wait
        }
        switch decision {
        case .full:
            throw RenderQueueFull()
        case .now:
            return BatchTurn(queue: self)
        case .wait:
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let startsNow = state.withLock { state in
                    // The running batch may have ended before this continuation existed.
                    guard state.isRunning else {
                        state.isRunning = true
                        state.waitingCount -= 1
                        return true
                    }
                    state.waiting.append(continuation)
                    return false
                }
                if startsNow { continuation.resume() }
            }
            return BatchTurn(queue: self)
        }
    }

    /// Hands the turn to the first waiting batch, or frees it.
    /// Batches waiting for their turn now (for `/metrics`).
    var waiting: Int { state.withLock { $0.waitingCount } }

    fileprivate func next() {
        let following: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.isRunning = false
                return nil
            }
            state.waitingCount -= 1
            return state.waiting.removeFirst()
        }
        following?.resume()
    }
}

/// A batch's turn in the `BatchQueue`, held for as long as the batch streams; released when the
/// last reference goes, so a response that is never written (the browser went away) gives the
/// turn back too.
final class BatchTurn: Sendable {
    private let queue: BatchQueue

    fileprivate init(queue: BatchQueue) {
        self.queue = queue
    }

    deinit { queue.next() }
}
