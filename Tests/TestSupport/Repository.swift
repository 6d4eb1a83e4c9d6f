import Foundation
import Tekenaar

/// Paths into the checkout, found from this file's location so tests run from any directory.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static var assets: URL { root.appendingPathComponent("Assets") }
    public static var fonts: String { assets.appendingPathComponent("fonts").path }
    public static var snapshots: URL { root.appendingPathComponent("Tests/Snapshots") }

    /// A renderer with the bundled fonts. Each test makes its own: renderers are not thread-safe
    /// and Swift Testing runs tests in parallel.
    public static func renderer() throws -> Renderer {
        try Renderer(fontsDirectory: fonts)
    }

    /// A fresh empty folder for a test's output.
    public static func temporaryDirectory(_ name: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("materialen-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
