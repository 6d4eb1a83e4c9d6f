import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The events of an XML document, from Foundation's `XMLParser`, with namespace prefixes removed
/// (`x:c` → `c`, `r:id` → `id`): a workbook's parts use the same local names whether they are
/// written with a default namespace or with a prefix. External entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    /// Why a document could not be parsed, for the message about a damaged workbook.
    struct Failure: Error {
        let reason: String
    }

    private let handle: (Event) -> Void

    private init(_ handle: @escaping (Event) -> Void) {
        self.handle = handle
    }

    /// Feeds every event of `data` to `handle`, in document order.
    static func parse(_ data: Data, _ handle: (Event) -> Void) throws(Failure) {
        let failure: String? = withoutActuallyEscaping(handle) { handle in
            let events = XMLEvents(handle)
            let parser = XMLParser(data: data)
            parser.delegate = events
            parser.shouldProcessNamespaces = false
            parser.shouldResolveExternalEntities = false
            // swift-corelibs-foundation's parse() answers true for some errors (a document cut
            // off, tags that do not match), so the error is what counts.
            let parsed = parser.parse()
            if let error = parser.parserError { return error.localizedDescription }
            return parsed ? nil : "not well-formed XML"
        }
        if let failure { throw Failure(reason: failure) }
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        var local: [String: String] = [:]
        for (name, value) in attributes { local[Self.localName(name)] = value }
        handle(.start(Self.localName(elementName), local))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        handle(.end(Self.localName(elementName)))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handle(.text(string))
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        handle(.text(String(decoding: CDATABlock, as: UTF8.self)))
    }
}
