import ArgumentParser
import Foundation
import Inhoud
import Tekenaar
import Vormgeving

/// What every command needs once per process: the content, the bundled fonts (set up once and
/// reused by every document) and a way to report to the user.
final class Session {
    let inhoud: Inhoud
    let renderer: Renderer
    let quiet: Bool
    let defaultDPI: Int
    private let requestedDPI: Int?

    init(options: CommonOptions, defaultDPI: Int = 150) throws {
        try options.validateDPI()
        quiet = options.quiet
        requestedDPI = options.dpi
        self.defaultDPI = defaultDPI
        let assets = try Assets.locate()
        inhoud = try Inhoud.load(contentFile: options.content.map { URL(fileURLWithPath: $0) })
        renderer = try Renderer(fontsDirectory: Assets.fontsDirectory(in: assets))
    }

    var dpi: Int { requestedDPI ?? defaultDPI }

    /// Renders `document` in the format `path` names and writes it atomically; prints warnings.
    @discardableResult
    func write(_ document: Document, to path: String, warnings: LayoutWarnings) throws -> [String] {
        let format = try OutputFormat(path: path, dpi: Double(dpi))
        let rendered = try renderer.render(document, as: format)
        // Check the page-number placeholder before anything is written.
        _ = try FileOutput.paths(for: rendered, at: path)
        report(warnings)
        let written = try FileOutput.write(rendered, to: path)
        for file in written { say("wrote \(file)") }
        return written
    }

    func report(_ warnings: LayoutWarnings) {
        for message in warnings.messages { Console.warn(message) }
    }

    func say(_ message: String) {
        if !quiet { Console.out(message) }
    }
}

/// Writing to the terminal: results on stdout, warnings, progress and errors on stderr.
enum Console {
    static func out(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("materialen: warning: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("materialen: error: \(message)\n".utf8))
    }

    /// Runs a command body, turning any error into one clear message on stderr and exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            Self.error(String(describing: error))
            throw ExitCode.failure
        }
    }
}
