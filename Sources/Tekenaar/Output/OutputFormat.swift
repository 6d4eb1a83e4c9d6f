import Foundation

/// The file formats Tekenaar writes.
public enum OutputFormat: Sendable, Hashable, CustomStringConvertible {
    /// One PDF holding every page.
    case pdf
    /// One SVG file per page.
    case svg
    /// One PNG file per page at the given resolution (dots per inch).
    case png(dpi: Double)

    /// The format named by a path's extension (`.pdf`, `.svg`, `.png`), PNG at `dpi`.
    public init(path: String, dpi: Double = 150) throws(TekenaarError) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "svg": self = .svg
        case "png": self = .png(dpi: dpi)
        default: throw .unsupportedFormat(path: path)
        }
    }

    /// Whether the format holds many pages in one file.
    public var isMultiPage: Bool { self == .pdf }

    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .svg: "svg"
        case .png: "png"
        }
    }

    public var description: String {
        switch self {
        case .pdf: "PDF"
        case .svg: "SVG"
        case let .png(dpi): "PNG at \(Int(dpi)) dpi"
        }
    }
}

/// A rendered document: the bytes of each output file, and where text was placed.
public struct RenderedDocument: Sendable {
    public var format: OutputFormat
    /// One element for PDF; one per page for SVG and PNG.
    public var files: [Data]
    public var placedText: [PlacedText]
}
