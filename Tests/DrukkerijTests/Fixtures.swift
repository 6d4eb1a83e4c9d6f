import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing
import Vormgeving

/// What the Drukkerij tests share: one print shop with the default content, sheets from text, and
/// reading the text of PDF bytes.
enum Fixtures {
    static let letterDate = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A print shop with the default content and the bundled fonts, two renderers at most.
    static func drukkerij(workers: Int = 2) throws -> Drukkerij {
        Drukkerij(inhoud: try Inhoud.loadDefault(),
                  renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: workers))
    }

    static func sheet(_ text: String, path: String = "clients.csv") throws -> ClientSheet {
        try ClientSheet.parse(Data(text.utf8), path: path)
    }

    /// The error that validating `text` for `material` throws, as the user reads it.
    static func problems(_ text: String, for material: Material = .werkblad) -> String {
        message { _ = try sheet(text).validated(for: material) }
    }

    /// What `body` throws, as the user reads it; empty when it throws nothing.
    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return String(describing: error)
        }
    }

    /// The text of a PDF, through pdftotext (of page `page` only when given).
    static func text(of pdf: Data, page: Int? = nil) throws -> String {
        let directory = try Repository.temporaryDirectory("pdftext")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try Tools.run("pdftotext", ["-enc", "UTF-8"] + pages + [file.path, "-"])
    }

    /// `pdfinfo`'s lines as key → value.
    static func info(of pdf: Data) throws -> [String: String] {
        let directory = try Repository.temporaryDirectory("pdfinfo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        var result: [String: String] = [:]
        for line in try Tools.run("pdfinfo", [file.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}

/// Records what a batch reports per row, in the order it reports it.
final class RowLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(index: Int, warnings: [String])] = []

    /// Each reported row with its warnings as printed.
    var all: [(index: Int, warnings: [String])] { lock.lock(); defer { lock.unlock() }; return entries }

    func record(_ index: Int, _ warnings: [LayoutWarning]) {
        lock.lock(); entries.append((index, warnings.map(\.description))); lock.unlock()
    }
}
