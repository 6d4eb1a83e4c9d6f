import Drukkerij
import Foundation
import Hummingbird
import Inhoud
import Tekenaar

extension LoketServer {
    /// The terugkoppeling's page: the form (GET), the sheet or the bouwstenen (POST), a preview
    /// page (POST `/voorbeeld`, as the werkblad's).
    func addTerugkoppelingRoutes(to router: Router<LoketContext>) {
        let path = Material.terugkoppeling.pagePath
        router.get(RouterPath(path)) { _, _ in terugkoppelingPage(TerugkoppelingForm(), status: .ok).response }
        router.post(RouterPath(path)) { request, _ in try await terugkoppelingDocument(request: request) }
        router.post(RouterPath("\(path)/voorbeeld")) { request, _ in try await terugkoppelingPreview(request: request) }
    }

    func terugkoppelingPage(_ form: TerugkoppelingForm, status: HTTPResponse.Status) -> Page {
        let material = Material.terugkoppeling
        return Page("terugkoppeling", title: material.title,
                    view: form.view(path: material.pagePath, title: material.title, introduction: material.introduction,
                                    staff: drukkerij.inhoud.organisation.staff.map(\.name)),
                    status: status, carriesClientData: true)
    }

    /// The posted notes as the sheet (PDF) or, with `uitvoer=bouwstenen` (`bouwstenen-md`), the
    /// bouwstenen as plain text (Markdown); with `actie=afspraak` the form again with one more
    /// agreement row; invalid notes give the form with its messages (422).
    func terugkoppelingDocument(request: Request) async throws -> Response {
        var values = try await formValues(of: request)
        let action = values["actie"]
        let output = values["uitvoer"]
        values.remove("actie")
        values.remove("uitvoer")
        guard var form = TerugkoppelingForm(values: values) else { throw HTTPError(.badRequest) }
        if action == "afspraak" {
            form.addAgreement()
            return terugkoppelingPage(form, status: .ok).response
        }
        let textFormat = output.flatMap { Self.bouwstenenOutputs[$0] }
        guard action == nil, output == nil || textFormat != nil else { throw HTTPError(.badRequest) }
        // The sheet goes out today unless the form says otherwise; the bouwstenen say when only if it does.
        form.validate(sent: textFormat == nil ? letterDate() : nil)
        guard let notes = form.notes else { return terugkoppelingPage(form, status: .unprocessableContent).response }
        if let textFormat {
            let text = drukkerij.bouwstenen(notes, format: textFormat.format)
            let fileName = form.fileName(extension: textFormat.fileExtension)
            let headers: HTTPFields = [.contentType: "\(textFormat.mediaType); charset=utf-8",
                                       .contentDisposition: "attachment; filename=\"\(fileName)\"",
                                       .cacheControl: "no-store"]
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        let rendered = try await render(.terugkoppeling(notes), as: .pdf)
        guard let file = rendered.files.first else { throw HTTPError(.internalServerError) }
        return Download(data: file, fileName: form.fileName(extension: "pdf"), format: .pdf,
                        carriesClientData: true, isAttachment: true).response
    }

    /// The values of `uitvoer` that ask for the bouwstenen, with how each is written and sent.
    static let bouwstenenOutputs: [String: (format: Bouwstenen.Format, fileExtension: String, mediaType: String)] = [
        "bouwstenen": (.plain, "txt", "text/plain"),
        "bouwstenen-md": (.markdown, "md", "text/markdown"),
    ]

    /// The posted notes as a PNG of the page the `pagina` field names (1 when absent), with the
    /// page count in `X-Page-Count`; or the form with its messages (422).
    func terugkoppelingPreview(request: Request) async throws -> Response {
        var values = try await formValues(of: request)
        let pageText = values["pagina"] ?? "1"
        for name in ["pagina", "actie", "uitvoer"] { values.remove(name) }
        guard let page = Int(pageText), page >= 1, var form = TerugkoppelingForm(values: values) else {
            throw HTTPError(.badRequest)
        }
        form.validate(sent: letterDate())
        guard let notes = form.notes else { return terugkoppelingPage(form, status: .unprocessableContent).response }
        let format = OutputFormat.png(dpi: Self.previewDPI)
        let rendered = try await render(.terugkoppeling(notes), as: format)
        guard page <= rendered.files.count else { throw HTTPError(.badRequest) }
        var response = Download(data: rendered.files[page - 1], fileName: form.fileName(extension: format.fileExtension),
                                format: format, carriesClientData: true, isAttachment: false).response
        response.headers[Self.pageCountHeader] = String(rendered.files.count)
        let mentions = drukkerij.healthMentions(notes).map(TerugkoppelingField.healthMessage)
        if !mentions.isEmpty { response.headers[Self.healthHeader] = Self.headerList(mentions) }
        return response
    }

    /// The preview's warnings about health words (see `Drukkerij.healthMentions`), for the script to
    /// show beside the preview: each message percent-encoded as UTF-8 (a header is ASCII), joined by
    /// commas. The response is `no-store`, like the notes it repeats.
    static let healthHeader = HTTPFieldName("X-Health-Mentions")!

    static func headerList(_ messages: [String]) -> String {
        messages.map { $0.addingPercentEncoding(withAllowedCharacters: headerSafe) ?? "" }.joined(separator: ",")
    }

    /// Unreserved characters of a URI: what `decodeURIComponent` reads back as is.
    private static let headerSafe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")
}
