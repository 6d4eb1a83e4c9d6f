import Foundation

/// Runs the command-line tools tests inspect output with (poppler's pdfinfo, pdffonts, pdftotext;
/// qpdf). `make test` installs them; a missing tool fails the test with a message that says so.
public enum Tools {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `tool` with `arguments` and returns its standard output; throws when it fails.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], allowFailure: Bool = false) throws -> String {
        guard let path = find(tool) else {
            throw Failure(description: "\(tool) is not installed; run `make test`, which installs the test tools")
        }
        let result = try execute(path, arguments)
        if result.status != 0 && !allowFailure {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)")
        }
        return result.output
    }

    /// The text of the PDF at `path` as `pdftotext` extracts it, in UTF-8; `raw` keeps the order of
    /// the content stream instead of the reading order poppler reconstructs.
    public static func pdfText(_ path: String, raw: Bool = false) throws -> String {
        try run("pdftotext", (raw ? ["-raw"] : []) + ["-enc", "UTF-8", path, "-"])
    }

    /// The PDF at `path` rewritten by qpdf with uncompressed streams and no object streams, so that
    /// tests can search its objects and content streams as text.
    public static func uncompressedPDF(_ path: String) throws -> String {
        try run("qpdf", ["--qdf", "--object-streams=disable", path, "-"])
    }

    /// Runs an executable and returns its exit status, standard output and standard error.
    public static func execute(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                               currentDirectory: URL? = nil, input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            // Small inputs (a password or two) fit in the pipe's buffer: written at once, then closed.
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a chatty tool cannot block on a full pipe.
        let errorData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(error.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.get(), as: UTF8.self))
    }

    public static func find(_ tool: String) -> String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let path = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
