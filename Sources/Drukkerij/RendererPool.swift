import Foundation
import Tekenaar

/// Renderers kept for a long-running process (a batch, the web server): each has its own font map
/// and Pango contexts, which are not thread-safe, so a renderer serves one job at a time. The pool
/// makes renderers as they are needed, up to `capacity`, and keeps them with the layouts they have
/// shaped; a job that finds every renderer busy waits for one.
public final class RendererPool: @unchecked Sendable {
    /// The most renderers the pool makes: the number of jobs that can draw at once.
    public let capacity: Int
    public let fontsDirectory: String
    private let condition = NSCondition()
    private var idle: [Renderer] = []
    private var made = 0

    /// A pool of at most `capacity` renderers for the fonts in `fontsDirectory`. The first is made
    /// at once, so a problem with the fonts shows before any job starts.
    public init(fontsDirectory: String, capacity: Int) throws {
        self.fontsDirectory = fontsDirectory
        self.capacity = max(1, capacity)
        idle = [try Self.makeRenderer(fontsDirectory)]
        made = 1
    }

    /// Runs `body` with a renderer no other job uses meanwhile.
    public func withRenderer<Result>(_ body: (Renderer) throws -> Result) throws -> Result {
        let renderer = try borrow()
        defer { giveBack(renderer) }
        return try body(renderer)
    }

    /// One renderer per core: what a batch uses when not told otherwise.
    public static var defaultCapacity: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    private func borrow() throws -> Renderer {
        condition.lock()
        while idle.isEmpty && made >= capacity { condition.wait() }
        if let renderer = idle.popLast() {
            condition.unlock()
            return renderer
        }
        made += 1
        condition.unlock()
        do {
            return try Self.makeRenderer(fontsDirectory)
        } catch {
            condition.lock()
            made -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ renderer: Renderer) {
        condition.lock()
        idle.append(renderer)
        condition.signal()
        condition.unlock()
    }

    private static func makeRenderer(_ fontsDirectory: String) throws -> Renderer {
        let renderer = try Renderer(fontsDirectory: fontsDirectory)
        // Where text went is for tests of layouts; the pool's renderers only make files.
        renderer.recordsPlacedText = false
        return renderer
    }
}
