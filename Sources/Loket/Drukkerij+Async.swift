import Dispatch
import Drukkerij
import Tekenaar

extension Drukkerij {
    /// `render` on a thread of its own: drawing is blocking C work, and the renderer pool waits
    /// while every renderer is busy, so neither may hold one of the event loop's threads.
    func renderedInBackground(_ request: DocumentRequest, as format: OutputFormat) async throws -> RenderedMaterial {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try self.render(request, as: format) })
            }
        }
    }
}
