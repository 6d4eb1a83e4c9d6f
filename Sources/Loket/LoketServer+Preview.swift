import Drukkerij
import Hummingbird
import Tekenaar

extension LoketServer {
    /// The name of the response header that tells the live preview how many pages the document
    /// has, so it can ask for the others (the letter has two).
    static let pageCountHeader = HTTPFieldName("X-Page-Count")!

    /// A posted client form as a PNG of one page, to look at: the page the form's `pagina` field
    /// names (1 when absent), with the document's page count in `X-Page-Count`; or the form again
    /// with its messages (422). The page is a form field, not a query, because it travels with the
    /// client's data, which never goes in a URL.
    func clientPreview(_ material: Material, request: Request) async throws -> Response {
        var values = try await formValues(of: request)
        let pageText = values["pagina"] ?? "1"
        values.remove("pagina")
        guard let page = Int(pageText), page >= 1 else { throw HTTPError(.badRequest) }
        let form = ClientForm(material: material, values: values, inhoud: drukkerij.inhoud)
        guard form.isValid, let documentRequest = form.request(letterDate: letterDate()) else {
            return clientPage(form, status: .unprocessableContent).response
        }
        let format = OutputFormat.png(dpi: Self.previewDPI)
        let rendered = try await render(documentRequest, as: format)
        guard page <= rendered.files.count else { throw HTTPError(.badRequest) }
        var response = Download(data: rendered.files[page - 1], fileName: form.fileName(extension: format.fileExtension),
                                format: format, carriesClientData: true, isAttachment: false).response
        response.headers[Self.pageCountHeader] = String(rendered.files.count)
        return response
    }
}
