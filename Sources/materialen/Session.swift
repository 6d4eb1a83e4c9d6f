import ArgumentParser
import Drukkerij
import Foundation
import Tekenaar
import Vormgeving

/// What every command needs once per process: the Drukkerij (content, fonts, renderers) and the
/// user's choices of output.
final class Session {
    let drukkerij: Drukkerij
    let quiet: Bool
    private let requestedDPI: Int?
    /// Warnings already printed: a document written in several formats warns once.
    private var printedWarnings: Set<LayoutWarning> = []

    init(options: CommonOptions, workers: Int? = nil) throws {
        try options.validateDPI()
        quiet = options.quiet
        requestedDPI = options.dpi
        drukkerij = try Drukkerij(contentFile: options.content.map { URL(fileURLWithPath: $0) }, workers: workers)
        if let warning = Drukkerij.untestedLibraries { Console.warn(warning) }
    }

    /// Renders `request` in the format `path` names and writes it atomically; prints warnings.
    /// PNGs are made at `--dpi`, else at `defaultDPI`, else at the material's own resolution.
    /// With `firstPageUnlessNumbered`, an SVG or PNG path without `{p}` gets the first page alone,
    /// with a note that says how to get the others.
    func write(_ request: DocumentRequest, to path: String, defaultDPI: Int? = nil, firstPageUnlessNumbered: Bool = false) throws {
        let dpi = requestedDPI ?? defaultDPI ?? request.material.defaultDPI
        let format = try OutputFormat(path: path, dpi: Double(dpi))
        var rendered = try drukkerij.render(request, as: format)
        if firstPageUnlessNumbered, rendered.files.count > 1, !path.contains("{p}") {
            if !quiet { Console.note("\(path): the front page only; put {p} in the name for every page (e.g. "
                         + "\(FileOutput.numberedSuggestion(for: path))), or use --single-sided") }
            rendered = rendered.firstPage
        }
        // Check the page-number placeholder before anything is written.
        _ = try rendered.paths(at: path)
        for warning in rendered.warnings where printedWarnings.insert(warning).inserted { Console.warn(warning.description) }
        for file in try rendered.write(to: path) { say("wrote \(file)") }
    }

    /// How many pages `request` has once its text has flowed (what decides whether SVG and PNG
    /// output need a page number in their names): a terugkoppeling is as long as its notes, so the
    /// pages are counted in an SVG render, one file per page.
    func pageCount(_ request: DocumentRequest) throws -> Int {
        try drukkerij.render(request, as: .svg).files.count
    }

    func say(_ message: String) {
        if !quiet { Console.out(message) }
    }
}
