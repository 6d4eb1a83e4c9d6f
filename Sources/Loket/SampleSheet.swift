import Drukkerij
import Foundation
import Hummingbird

/// The sample client sheets the batch page offers as a start (`Examples/afspraken.xlsx` and
/// `.csv`: every column, a few made-up clients), served by the tool itself like its fonts: read
/// once from the Examples folder beside the Assets when the server is made. One that is missing
/// (an Assets folder moved on its own) is left out, and so is its link.
struct SampleSheet: Sendable {
    let name: String
    let contentType: String
    /// The link's text on the batch page.
    let label: String
    let bytes: ByteBuffer

    static let prefix = "/static/voorbeeld/"
    /// The files hold no client data and change only with a release, as the fonts.
    static let cacheControl = "public, max-age=604800"

    var path: String { Self.prefix + name }

    private static let files = [
        ("afspraken.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Voorbeeldbestand (.xlsx)"),
        ("afspraken.csv", "text/csv; charset=utf-8", "Voorbeeldbestand (.csv)"),
    ]

    /// The samples found in the Examples folder beside the fonts in `fontsDirectory`.
    static func load(besideFonts fontsDirectory: String) -> [SampleSheet] {
        let folder = URL(fileURLWithPath: Assets.examplesDirectory(besideFonts: fontsDirectory))
        return files.compactMap { name, contentType, label in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            return SampleSheet(name: name, contentType: contentType, label: label, bytes: ByteBuffer(bytes: data))
        }
    }

    var response: Response {
        Response(status: .ok,
                 headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(name)\"",
                           .cacheControl: Self.cacheControl],
                 body: .init(byteBuffer: bytes))
    }
}
