import CCairo

/// PDF structure elements that documents use; cairo 1.16 accepts these names.
public enum StructureTag: String, Sendable, CaseIterable {
    case section = "Sect"
    case division = "Div"
    case heading1 = "H1"
    case heading2 = "H2"
    case heading3 = "H3"
    case paragraph = "P"
    case list = "L"
    case listItem = "LI"
    case label = "Lbl"
    case listBody = "LBody"
    case caption = "Caption"
    case figure = "Figure"
    case table = "Table"
    case tableRow = "TR"
    case tableHeader = "TH"
    case tableCell = "TD"
}

/// An entry in the PDF's outline (bookmarks), to nest others under.
public struct OutlineEntry: Sendable, Hashable {
    let id: Int32
    /// The outline's root.
    public static let root = OutlineEntry(id: 0)
}

extension Canvas {
    /// Marks what `body` draws as one structure element of a tagged PDF (a no-op in SVG and PNG).
    @discardableResult
    public func tagged<T>(_ tag: StructureTag, _ body: () throws -> T) rethrows -> T {
        guard pdfSurface != nil else { return try body() }
        cairo_tag_begin(cr, tag.rawValue, "")
        defer { cairo_tag_end(cr, tag.rawValue) }
        return try body()
    }

    /// Marks what `body` draws as a figure with an alternative text for screen readers. Cairo 1.16
    /// cannot write `/Alt`, so the text is added after cairo has finished the file.
    @discardableResult
    public func figure<T>(alternativeText: String, _ body: () throws -> T) rethrows -> T {
        guard pdfSurface != nil else { return try body() }
        record.figureAlternativeTexts.append(alternativeText)
        return try tagged(.figure, body)
    }

    /// Makes what `body` draws a clickable link to `uri` in PDF output.
    @discardableResult
    public func link<T>(to uri: String, _ body: () throws -> T) rethrows -> T {
        guard pdfSurface != nil else { return try body() }
        let attributes = "uri='\(Self.escapeAttribute(uri))'"
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        defer { cairo_tag_end(cr, CAIRO_TAG_LINK) }
        return try body()
    }

    /// Adds a PDF bookmark pointing at `point` on the current page; returns it to nest others under.
    @discardableResult
    public func outline(_ title: String, at point: Point = Point(0, 0), under parent: OutlineEntry = .root) -> OutlineEntry {
        guard let pdfSurface else { return parent }
        let x = point.x * pointsPerMillimetre, y = point.y * pointsPerMillimetre
        let destination = "page=\(pageIndex + 1) pos=[\(x) \(y)]"
        let id = cairo_pdf_surface_add_outline(pdfSurface, parent.id, title, destination, cairo_pdf_outline_flags_t(rawValue: 0))
        return OutlineEntry(id: id)
    }

    /// Cairo's attribute strings quote with `'` and escape with `\`.
    static func escapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

import Foundation
