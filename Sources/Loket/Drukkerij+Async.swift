import Dispatch
import Drukkerij
import Synchronization
import Tekenaar

extension Drukkerij {
    /// `render` on a thread of its own: drawing is blocking C work, and the renderer pool waits
    /// while every renderer is busy, so neither may hold one of the event loop's threads. After
    /// `timeLimit` the answer is `RenderTimedOut` (a drawing cannot be stopped midway, so it goes
    /// on); `whenDone` runs when the drawing has really ended, to give its place back.
    func renderedInBackground(_ request: DocumentRequest, as format: OutputFormat, timeLimit: Duration,
                              whenDone: @escaping @Sendable () -> Void) async throws -> RenderedMaterial {
        try await withCheckedThrowingContinuation { continuation in
            let answer = OnceContinuation(continuation)
            DispatchQueue.global(qos: .userInitiated).async {
                answer.resume(with: Result { try self.render(request, as: format) })
                whenDone()
            }
            let (seconds, attoseconds) = timeLimit.components
            let nanoseconds = Int(clamping: seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                answer.resume(with: .failure(RenderTimedOut()))
            }
        }
    }
}

/// A continuation that the first of several answers resumes; the later ones are dropped.
final class OnceContinuation<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, any Error>?>

    init(_ continuation: CheckedContinuation<Value, any Error>) {
        self.continuation = Mutex(continuation)
    }

    func resume(with result: Result<Value, any Error>) {
        let waiting = continuation.withLock { slot in
            defer { slot = nil }
            return slot
        }
        waiting?.resume(with: result)
    }
}

/// A document took longer than `LoketSettings.documentTimeLimit`: the page answers 503.
struct RenderTimedOut: Error {}
