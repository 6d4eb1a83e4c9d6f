import Foundation
import Hummingbird

/// The kit's own typefaces for the page, served by the tool itself (the CSP allows fonts from this
/// origin only): Andika for text, Lato for headings, as in the printed materials. They are the
/// same OFL files the renderer uses, read once from its fonts folder when the router is built.
enum WebFonts {
    static let prefix = "/static/fonts/"
    /// The four cuts the stylesheet's `@font-face` rules name.
    static let files = ["Andika-Regular.ttf", "Andika-Bold.ttf", "Lato-Bold.ttf", "Lato-Black.ttf"]

    /// A font may be cached for a week: the files hold no client data and change only with a release.
    static let cacheControl = "public, max-age=604800"

    static func path(_ file: String) -> String { prefix + file }

    /// The files found in `directory`, by name. One that is missing is left out: the page then falls
    /// back to the system's fonts, which the stylesheet also names.
    static func load(from directory: String) -> [(name: String, bytes: ByteBuffer)] {
        files.compactMap { name in
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else { return nil }
            return (name, ByteBuffer(bytes: data))
        }
    }
}
