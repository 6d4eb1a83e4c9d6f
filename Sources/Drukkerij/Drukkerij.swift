import Foundation
import Inhoud
import Tekenaar
import Vormgeving

/// The print shop every front-end uses: the content, the bundled fonts and a pool of renderers,
/// set up once per process, and one call per job: a document for a request, in any format, into
/// memory (see `Batch` for a document per client row). The command line and the web page both
/// come here, so the same input gives the same bytes whichever asks.
public final class Drukkerij: Sendable {
    public let inhoud: Inhoud
    public let renderers: RendererPool
    /// Whether an organisation's own content file is in use: then letters are real post, and the
    /// kit's example details (Voorbeeldstraat, 012 345 67 89, example.com) must not go out.
    public let isOwnContent: Bool
    /// With own content, the organisation's fields that still hold the kit's example values.
    let exampleFieldsInUse: [String]

    public init(inhoud: Inhoud, renderers: RendererPool, isOwnContent: Bool = false) {
        self.inhoud = inhoud
        self.renderers = renderers
        self.isOwnContent = isOwnContent
        exampleFieldsInUse = isOwnContent ? Self.exampleFields(of: inhoud.organisation) : []
    }

    /// Loads the content (the default, with `contentFile`'s overrides) and finds the bundled fonts
    /// (see `Assets`); `workers` renderers at most draw at once (default: one per core).
    public convenience init(contentFile: URL?, workers: Int? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let assets = try Assets.locate(environment: environment)
        let inhoud = try Inhoud.load(contentFile: contentFile)
        let renderers = try RendererPool(fontsDirectory: Assets.fontsDirectory(in: assets),
                                         capacity: workers ?? RendererPool.defaultCapacity)
        self.init(inhoud: inhoud, renderers: renderers, isOwnContent: contentFile != nil)
    }

    /// A one-line warning when the cairo or Pango loaded at run time is outside the versions the
    /// kit was tested with (nil inside): front-ends print it once at start-up; it is no error.
    public static var untestedLibraries: String? { LibraryVersions.warning() }

    /// The pages of `request`, laid out but not yet drawn (text is measured when they are drawn,
    /// which is when `warnings` fill).
    public func document(_ request: DocumentRequest, warnings: LayoutWarnings) throws -> Document {
        if request.material == .brief, !exampleFieldsInUse.isEmpty {
            throw DrukkerijError.exampleContent(fields: exampleFieldsInUse)
        }
        return try request.document(inhoud, warnings: warnings)
    }

    /// The organisation's fields that still hold the kit's example values, as the content file names
    /// them (`organisatie.adres`, …).
    public static func exampleFields(of organisation: Inhoud.Organisation) -> [String] {
        guard let example = try? Inhoud.loadDefault().organisation else { return [] }
        var fields: [String] = []
        if organisation.name == example.name { fields.append("organisatie.naam") }
        if !Set(organisation.addressLines).isDisjoint(with: example.addressLines) { fields.append("organisatie.adres") }
        if organisation.phone != nil, organisation.phone == example.phone { fields.append("organisatie.telefoon") }
        if organisation.email != nil, organisation.email == example.email { fields.append("organisatie.email") }
        if organisation.website != nil, organisation.website == example.website { fields.append("organisatie.website") }
        if organisation.place == example.place { fields.append("organisatie.plaats") }
        return fields
    }

    /// Draws `request` in `format`: one file for PDF, one per page for SVG and PNG.
    public func render(_ request: DocumentRequest, as format: OutputFormat) throws -> RenderedMaterial {
        let warnings = LayoutWarnings()
        let document = try document(request, warnings: warnings)
        let rendered = try renderers.withRenderer { renderer in try renderer.render(document, as: format) }
        return RenderedMaterial(rendered: rendered, warnings: warnings.all)
    }
}

/// A drawn document: the bytes of each file and what its layout had to warn about.
public struct RenderedMaterial: Sendable {
    let rendered: RenderedDocument
    /// What the layout had to shorten or shrink, with the field it concerns.
    public let warnings: [LayoutWarning]

    /// One element for PDF; one per page for SVG and PNG.
    public var files: [Data] { rendered.files }
    public var format: OutputFormat { rendered.format }

    /// The paths the files go to: `path` itself for one file, or `path` with `{p}` replaced by
    /// 1, 2, … for one file per page; an error when a page needs `{p}` and `path` has none.
    public func paths(at path: String) throws -> [String] {
        try FileOutput.paths(for: rendered, at: path)
    }

    /// The first page alone, for SVG and PNG (one file per page): what a single image of a
    /// document with a back side shows. A PDF stays whole.
    public var firstPage: RenderedMaterial {
        guard rendered.files.count > 1, rendered.format != .pdf else { return self }
        var first = rendered
        first.files = [rendered.files[0]]
        first.placedText = []
        return RenderedMaterial(rendered: first, warnings: warnings)
    }

    /// Writes every file to its path (see `paths(at:)`), all or none; returns the paths.
    public func write(to path: String) throws -> [String] {
        try FileOutput.write(rendered, to: path)
    }
}

extension Drukkerij {
    /// The bouwstenen for the report from `notes`, under this organisation's report headings. Give
    /// `notes.sent` only when the notes say when the sheet went out: the report then says so.
    public func bouwstenen(_ notes: ConversationNotes, format: Bouwstenen.Format) -> String {
        Bouwstenen(inhoud, notes: notes).text(format)
    }

    /// The sentences of `notes` bound for the report that name something on the content's list of
    /// health words: every front-end shows them (the sheet promises the client that medical details
    /// stay out of the report), and none refuses to make the sheet or the bouwstenen because of them.
    public func healthMentions(_ notes: ConversationNotes) -> [HealthMention] {
        Bouwstenen(inhoud, notes: notes).healthMentions
    }
}
