import Foundation
import Hummingbird
import Tekenaar

/// A file to save, or to show in the page (a preview): the bytes Drukkerij made, with a name that is always an ASCII slug (built by
/// `BatchFileName` or from a material's name), so it needs no escaping in the header.
struct Download: Sendable {
    let data: Data
    let fileName: String
    let format: OutputFormat
    let carriesClientData: Bool
    /// Saved as a file (`attachment`), or shown where it is asked for (`inline`, a preview).
    let isAttachment: Bool

    var contentType: String {
        switch format {
        case .pdf: "application/pdf"
        case .svg: "image/svg+xml"
        case .png: "image/png"
        }
    }

    var response: Response {
        var headers: HTTPFields = [.contentType: contentType,
                                   .contentDisposition: "\(isAttachment ? "attachment" : "inline"); filename=\"\(fileName)\""]
        if carriesClientData { headers[.cacheControl] = "no-store" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
