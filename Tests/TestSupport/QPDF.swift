import Foundation

/// qpdf as an independent reader of the PDFs Tekenaar writes: `--check`, its JSON view of every
/// object, single objects, and rewriting a file (e.g. into object streams, as newer cairo writes).
/// Every helper runs qpdf through `Tools.run`, so a missing qpdf fails the test that needs it.
public enum QPDF {
    /// What qpdf found wrong, or output that could not be read.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// Runs `body` with `pdf` written to a temporary file, removed afterwards.
    public static func withFile<T>(_ pdf: [UInt8], _ body: (String) throws -> T) throws -> T {
        let directory = try Repository.temporaryDirectory("qpdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("in.pdf").path
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    /// `qpdf --check` on the file at `path`; throws unless it reports no errors and no warnings.
    public static func check(path: String) throws {
        // Tools.run for its failure when qpdf is missing; then again for qpdf's messages on stderr.
        let output = try Tools.run("qpdf", ["--check", path], allowFailure: true)
        guard output.contains("No syntax or stream encoding errors found"), !output.contains("WARNING") else {
            let messages = try Tools.find("qpdf").map { try Tools.execute($0, ["--check", path]).error } ?? ""
            throw Failure(description: "qpdf --check: \(output)\(messages)")
        }
    }

    /// `qpdf --check` on `pdf`; throws unless it is clean.
    public static func check(_ pdf: [UInt8]) throws {
        try withFile(pdf) { try check(path: $0) }
    }

    /// The titles of the outline's top level (the bookmarks a PDF viewer lists), in order.
    public static func outlineTitles(_ pdf: [UInt8]) throws -> [String] {
        let json = try withFile(pdf) { try Tools.run("qpdf", ["--json=2", "--json-key=outlines", $0]) }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        guard let outlines = object?["outlines"] as? [[String: Any]] else {
            throw Failure(description: "qpdf --json: no outlines")
        }
        return outlines.compactMap { $0["title"] as? String }
    }

    /// The outline as a tree of titles: each top-level bookmark with the titles of its children.
    public static func outlineTree(_ pdf: [UInt8]) throws -> [OutlineNode] {
        let json = try withFile(pdf) { try Tools.run("qpdf", ["--json=2", "--json-key=outlines", $0]) }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        guard let outlines = object?["outlines"] as? [[String: Any]] else {
            throw Failure(description: "qpdf --json: no outlines")
        }
        func nodes(_ items: [[String: Any]]) -> [OutlineNode] {
            items.map { OutlineNode(title: $0["title"] as? String ?? "", children: nodes($0["kids"] as? [[String: Any]] ?? [])) }
        }
        return nodes(outlines)
    }

    /// A bookmark and the bookmarks beneath it.
    public struct OutlineNode: Equatable, CustomStringConvertible {
        public let title: String
        public let children: [OutlineNode]

        public init(title: String, children: [OutlineNode] = []) { self.title = title; self.children = children }

        public var description: String { children.isEmpty ? title : "\(title) \(children)" }
    }

    /// `pdf` rewritten by qpdf with `arguments`, e.g. `["--object-streams=generate"]`.
    public static func rewrite(_ pdf: [UInt8], _ arguments: [String]) throws -> [UInt8] {
        try withFile(pdf) { path in
            let output = path + ".out.pdf"
            try Tools.run("qpdf", arguments + [path, output])
            return Array(try Data(contentsOf: URL(fileURLWithPath: output)))
        }
    }

    /// The file at `path` as QDF text (`qpdf --qdf --object-streams=disable`): every object
    /// uncompressed and readable, for tests that look for what cairo wrote in content streams.
    public static func uncompressed(path: String) throws -> String {
        try Tools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"])
    }

    /// `qpdf --show-object=N`: object `number` as qpdf reads it (also when it is packed in an
    /// object stream); with `streamData`, the stream's decoded data instead.
    public static func showObject(_ number: Int, in pdf: [UInt8], streamData: Bool = false) throws -> String {
        try withFile(pdf) { path in
            try Tools.run("qpdf", ["--show-object=\(number)"] + (streamData ? ["--filtered-stream-data"] : []) + [path])
        }
    }

    /// The objects of `pdf` as `qpdf --json=2` reads them.
    public static func json(_ pdf: [UInt8], _ extraArguments: [String] = []) throws -> Objects {
        try withFile(pdf) { try json(path: $0, extraArguments) }
    }

    /// The objects of the file at `path` as `qpdf --json=2` reads them.
    public static func json(path: String, _ extraArguments: [String] = []) throws -> Objects {
        let output = try Tools.run("qpdf", ["--json=2", "--json-key=qpdf"] + extraArguments + [path])
        guard let root = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let parts = root["qpdf"] as? [Any], parts.count == 2, let objects = parts[1] as? [String: Any],
              let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        else { throw Failure(description: "unexpected qpdf JSON: \(output.prefix(500))") }
        return Objects(objects: objects, trailer: trailer)
    }

    /// qpdf's JSON view of a file: values as JSON, references as "n g R", strings as "u:text".
    public struct Objects {
        /// By key, "obj:n g R"; each has a "value" or a "stream" with a "dict".
        public let objects: [String: Any]
        public let trailer: [String: Any]

        /// A reference resolved to its dictionary (a stream's dictionary for a stream), or an
        /// inline dictionary as it is; throws when there is none.
        public func dictionary(_ value: Any?) throws -> [String: Any] {
            if let direct = value as? [String: Any] { return direct }
            guard let reference = value as? String, let object = objects["obj:" + reference] as? [String: Any] else {
                throw Failure(description: "no object \(String(describing: value))")
            }
            if let dict = object["value"] as? [String: Any] { return dict }
            if let stream = object["stream"] as? [String: Any], let dict = stream["dict"] as? [String: Any] { return dict }
            throw Failure(description: "\(reference) is not a dictionary")
        }

        /// The document catalog.
        public func catalog() throws -> [String: Any] { try dictionary(trailer["/Root"]) }

        /// The document information dictionary.
        public func info() throws -> [String: Any] { try dictionary(trailer["/Info"]) }

        /// The structure elements in depth-first order: their `/S` and `/Alt` (nil where missing).
        public func structureElements() throws -> [(type: String, alt: String?)] {
            let catalog = try catalog()
            guard let rootValue = catalog["/StructTreeRoot"] else { return [] }
            var result: [(type: String, alt: String?)] = []
            func visit(_ kids: Any?) throws {
                let list = (kids as? [Any]) ?? (kids.map { [$0] } ?? [])
                for kid in list {
                    guard let reference = kid as? String, reference.hasSuffix(" R"),
                          let element = try? dictionary(reference), let type = element["/S"] as? String else { continue }
                    result.append((type, element["/Alt"] as? String))
                    try visit(element["/K"])
                }
            }
            try visit(try dictionary(rootValue)["/K"])
            return result
        }

        /// The `/Alt` of each `/Figure` structure element in depth-first order (nil where missing).
        public func figureAlternativeTexts() throws -> [String?] {
            try structureElements().filter { $0.type == "/Figure" }.map(\.alt)
        }
    }
}
