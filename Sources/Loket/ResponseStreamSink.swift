import Dispatch
import Drukkerij
import Foundation
import Hummingbird
import Synchronization

/// Carries a batch's bytes from the threads that make them to the response body's writer, one
/// chunk at a time: the batch waits until the chunk is sent, so memory holds a chunk and never the
/// archive, and a slow browser slows the batch instead of filling the server. When the browser
/// goes away or the time limit passes, the next write throws, and the batch stops drawing.
final class ResponseStreamSink: ByteStreamSink, Sendable {
    private let chunks: AsyncThrowingStream<ByteBuffer, any Error>
    private let continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation
    /// Signalled once per chunk written (or once when writing stopped).
    private let sent = DispatchSemaphore(value: 0)
    private let stopped = Mutex<(any Error)?>(nil)
    private let deadline: ContinuousClock.Instant

    init(timeLimit: Duration) {
        (chunks, continuation) = AsyncThrowingStream.makeStream(of: ByteBuffer.self, throwing: (any Error).self)
        deadline = .now + timeLimit
    }

    // MARK: The batch's side (blocking threads)

    func write(_ bytes: [UInt8]) throws {
        if let error = stopped.withLock({ $0 }) { throw error }
        continuation.yield(ByteBuffer(bytes: bytes))
        let remaining = deadline - .now
        let nanoseconds = max(0, remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000)
        guard remaining > .zero, sent.wait(timeout: .now() + .nanoseconds(Int(clamping: nanoseconds))) == .success else {
            stop(BatchTimedOut())
            throw BatchTimedOut()
        }
        if let error = stopped.withLock({ $0 }) { throw error }
    }

    func finish() { continuation.finish() }

    func discard() { continuation.finish(throwing: BatchStopped()) }

    // MARK: The response's side (the event loop)

    /// Writes every chunk as it comes, then ends the body; a failed batch ends it with an error,
    /// which closes the connection (the browser sees an interrupted download, not a whole file).
    func send(to writer: inout any ResponseBodyWriter) async throws {
        do {
            for try await chunk in chunks {
                try await writer.write(chunk)
                sent.signal()
            }
        } catch {
            stop(error)
            sent.signal()
            throw error
        }
        try await writer.finish(nil)
    }

    private func stop(_ error: any Error) {
        stopped.withLock { if $0 == nil { $0 = error } }
    }
}

/// A batch took longer than `LoketSettings.batchTimeLimit`.
struct BatchTimedOut: Error {}

/// A batch failed while its response was being written.
struct BatchStopped: Error {}

/// Hands a batch's files on to `sink` but keeps it open when that batch finishes: the werkbladen
/// and the letters of one upload go into one archive, which is finished after the last batch.
final class OpenFileSink: BatchFileSink {
    private let sink: any BatchFileSink

    init(_ sink: any BatchFileSink) {
        self.sink = sink
    }

    func add(_ data: Data, named name: String) throws { try sink.add(data, named: name) }
    func finish() throws {}
    func discard() { sink.discard() }
}
