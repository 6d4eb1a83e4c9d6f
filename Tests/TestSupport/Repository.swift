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
    /// The client sheets made by spreadsheet programs (see make_fixtures.py there).
    public static var sheets: URL { root.appendingPathComponent("Tests/Fixtures/sheets") }
    public static var examples: URL { root.appendingPathComponent("Examples") }

    /// The bytes of the sheet fixture `name`.
    public static func sheet(_ name: String) throws -> Data {
        try Data(contentsOf: sheets.appendingPathComponent(name))
    }

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

extension Repository {
    /// The built `materialen` executable, beside the test bundle in the build folder.
    public static var executable: String {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        // The xctest bundle may be a directory on some platforms: step out of it.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" || directory.lastPathComponent == "Contents" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("materialen").path
    }

    /// Runs the built tool with `arguments` (from a neutral working folder unless given).
    /// `input`, when given, is the tool's standard input (else it reads an empty one).
    public static func materialen(_ arguments: [String], environment: [String: String]? = nil,
                                  in directory: URL? = nil, input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        let workingDirectory = try directory ?? temporaryDirectory("cwd")
        return try Tools.execute(executable, arguments, environment: environment, currentDirectory: workingDirectory,
                                 input: input)
    }
}
