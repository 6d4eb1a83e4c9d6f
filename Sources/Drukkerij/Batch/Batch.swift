import Foundation
import Inhoud
import Tekenaar
import Vormgeving

/// One document per client row of a sheet, for a personal material, written to any sink: a file
/// per row (a folder, a ZIP stream, memory) or one merged PDF.
///
/// The rows have been validated (`ClientSheet.validated(for:)`) before a batch exists, so nothing
/// is drawn for a sheet with an invalid row. The rows are drawn on `jobs` workers, each with a
/// renderer of the pool (Pango font maps are not thread-safe); every finished file is handed to
/// the sink in row order. A worker holds one client's document at a time, so memory does not grow
/// with the number of rows, and the bytes of every file are the same whatever the number of
/// workers: each document is drawn on its own surface, and a renderer's kept layouts are the same
/// shapes it would make anew.
///
/// A merged batch draws the rows in parts of a few dozen pages, each part on its own PDF surface by
/// any worker, and joins the parts in row order as they are done (`PDFPartsFile`), so it uses every
/// core too, and memory stays flat however many rows there are.
public struct Batch: Sendable {
    public let material: Material
    public let rows: [ClientRow]
    /// The date letters are dated (the day they are sent).
    public let letterDate: CalendarDate
    /// How many rows are drawn at once; the pool's capacity when nil.
    public var jobs: Int?
    /// For one-sided printing of a material with a back side (``Material/hasBackSide``): the werkblad
    /// without it, and a merged file whose clients are not padded to an even number of pages (a blank
    /// sheet per client would only be waste). Other materials are made as they are: a front-end may
    /// pass one choice for every material of a batch.
    public var singleSided = false

    /// Whether this batch is made for one-sided printing.
    private var oneSided: Bool { singleSided && material.hasBackSide }

    /// A batch of `material` for `rows`; the material must be one made per client.
    public init(material: Material, rows: [ClientRow], letterDate: CalendarDate, jobs: Int? = nil) throws(DrukkerijError) {
        guard material.isPersonal else {
            throw .invalidRequest("the \(material.title) is the same for every client; it is not made per row of a sheet")
        }
        guard !material.isMadeFromNotes else {
            throw .invalidRequest("the \(material.title) is made from the notes of one conversation (--notes), "
                                  + "not per row of a sheet")
        }
        if let jobs, jobs < 1 { throw .invalidRequest("--jobs \(jobs): give at least 1 worker") }
        self.material = material
        self.rows = rows
        self.letterDate = letterDate
        self.jobs = jobs
    }

    /// The file names of the rows' documents, in row order (see `BatchFileName`).
    public var fileNames: [String] { BatchFileName.names(for: rows, material: material.fileStem) }

    /// What happens as rows are done, called in row order: the row's index and its layout's warnings.
    public typealias RowDone = @Sendable (Int, [LayoutWarning]) -> Void

    /// Draws one PDF per row and hands each to `sink` under its batch file name, in row order; then
    /// finishes the sink. On failure the sink is discarded and the lowest failing row's error thrown.
    public func writeEach(with drukkerij: Drukkerij, to sink: BatchFileSink, rowDone: @escaping RowDone = { _, _ in }) throws {
        let names = fileNames
        let box = UncheckedBox(sink)
        let delivery = OrderedDelivery<Data>(count: rows.count) { index, data in
            try box.value.add(data, named: names[index])
        }
        let queue = RowQueue(count: rows.count)
        onWorkers(min(workers(drukkerij), max(1, rows.count)), drukkerij: drukkerij, queue: queue) { index, renderer in
            let warnings = LayoutWarnings()
            let document = try self.document(for: index, drukkerij, warnings)
            let rendered = try renderer.render(document, as: .pdf)
            guard let data = rendered.files.first else { throw TekenaarError.invalidDocument("no PDF was produced") }
            try delivery.deliver(index, data) { rowDone(index, warnings.all) }
        }
        if let failure = queue.failure ?? delivery.failure {
            sink.discard()
            throw failure
        }
        try sink.finish()
    }

    /// Draws every row into one PDF, streamed to `sink` part by part; returns the page count.
    /// Rows are reported (`rowDone`) as their part joins the file.
    @discardableResult
    public func writeMerged(with drukkerij: Drukkerij, to sink: ByteStreamSink, rowDone: @escaping RowDone = { _, _ in }) throws -> Int {
        guard let info = DocumentRequest.mergedInfo(material, drukkerij.inhoud, appointments: rows.map(\.appointment)) else {
            throw DrukkerijError.invalidRequest("the \(material.title) cannot be merged per client")
        }
        do {
            // Parts of whole clients: each part is drawn by any worker on a surface of its own, and
            // the parts are joined in row order as they come, so the bytes do not depend on the
            // number of workers and memory does not grow with the number of rows.
            let pagesPerRow = try max(1, rows.isEmpty ? 1 : document(for: 0, drukkerij, LayoutWarnings()).pages.count)
            let partLength = try drukkerij.renderers.withRenderer { $0.partLength }
            let rowsPerPart = max(1, partLength / pagesPerRow)
            let parts = stride(from: 0, to: rows.count, by: rowsPerPart).map { $0..<min($0 + rowsPerPart, rows.count) }
            let box = UncheckedBox(sink)
            let joined = try OrderedParts(file: PDFPartsFile(write: { bytes in try box.value.write(bytes) })) { part, warnings in
                for (offset, row) in parts[part].enumerated() { rowDone(row, warnings[offset]) }
            }
            let queue = RowQueue(count: parts.count)
            onWorkers(min(workers(drukkerij), parts.count), drukkerij: drukkerij, queue: queue) { index, renderer in
                var pages: [Page] = []
                var warnings: [LayoutWarnings] = []
                for row in parts[index] {
                    let rowWarnings = LayoutWarnings()
                    // Each client's part an even number of pages: printed on both sides, no client
                    // starts on the back of the previous one's last sheet.
                    let own = try self.document(for: row, drukkerij, rowWarnings).pages
                    pages.append(contentsOf: oneSided ? own : [Page.evenCount(own)])
                    warnings.append(rowWarnings)
                }
                let part = try renderer.renderPart(Document(info: info, pages: pages))
                try joined.add(index, part, warnings: warnings.map(\.all))
            }
            if let failure = queue.failure { throw failure }
            try joined.finish(language: info.language)
            try sink.finish()
            return joined.pageCount
        } catch {
            sink.discard()
            throw error
        }
    }

    private func document(for index: Int, _ drukkerij: Drukkerij, _ warnings: LayoutWarnings) throws -> Document {
        guard let request = DocumentRequest.personal(material, for: rows[index].appointment, letterDate: letterDate,
                                                     singleSided: oneSided) else {
            throw DrukkerijError.invalidRequest("the \(material.title) is not made per client")
        }
        return try drukkerij.document(request, warnings: warnings)
    }

    private func workers(_ drukkerij: Drukkerij) -> Int { jobs ?? drukkerij.renderers.capacity }

    /// Runs `body(index, renderer)` for every index `queue` hands out, on `workers` threads, each
    /// with a renderer of the pool for as long as it works; a failure is recorded in `queue` (by
    /// index) and stops new work.
    private func onWorkers(_ workers: Int, drukkerij: Drukkerij, queue: RowQueue,
                           _ body: @escaping @Sendable (Int, Renderer) throws -> Void) {
        let work: @Sendable (Int) -> Void = { _ in
            do {
                try drukkerij.renderers.withRenderer { renderer in
                    while let index = queue.next() {
                        do {
                            try body(index, renderer)
                        } catch {
                            queue.fail(error, at: index)
                        }
                    }
                }
            } catch {
                queue.fail(error, at: -1)
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
    }
}

/// Hands finished items to `deliver` in index order, whatever order the workers finish them in
/// (an item waits until every one before it is delivered); the first delivery error is kept.
final class OrderedDelivery<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: (item: Item, then: () -> Void)] = [:]
    private var next = 0
    private let deliverItem: (Int, Item) throws -> Void
    private(set) var failure: Error?

    init(count: Int, deliver: @escaping (Int, Item) throws -> Void) {
        deliverItem = deliver
    }

    /// Adds item `index`; `then` runs right after it is delivered (in order too).
    func deliver(_ index: Int, _ item: Item, then: @escaping () -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        waiting[index] = (item, then)
        while let ready = waiting.removeValue(forKey: next) {
            do {
                try deliverItem(next, ready.item)
            } catch {
                failure = error
                throw error
            }
            ready.then()
            next += 1
        }
    }
}

/// Joins the parts of a merged PDF into its file in part order, whatever order the workers finish
/// them in (a part waits until every part before it is in), and keeps each row's warnings.
final class OrderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private let file: PDFPartsFile
    private var waiting: [Int: (part: PDFPart, warnings: [[LayoutWarning]])] = [:]
    private var next = 0
    /// Called with each part's index and its rows' warnings as the part joins the file.
    private let joined: (Int, [[LayoutWarning]]) -> Void
    private(set) var pageCount = 0

    init(file: PDFPartsFile, joined: @escaping (Int, [[LayoutWarning]]) -> Void) {
        self.file = file
        self.joined = joined
    }

    func add(_ index: Int, _ part: PDFPart, warnings rowWarnings: [[LayoutWarning]]) throws {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = (part, rowWarnings)
        while let ready = waiting.removeValue(forKey: next) {
            try file.append(ready.part)
            pageCount += ready.part.pageCount
            joined(next, ready.warnings)
            next += 1
        }
    }

    func finish(language: String) throws {
        lock.lock()
        defer { lock.unlock() }
        try file.finish(language: language)
    }
}

/// Hands out row indices to the workers in order and remembers the first failure (by row, so the
/// error reported does not depend on which worker got there first); after a failure no new row starts.
final class RowQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextIndex = 0
    private var failedIndex = Int.max
    private(set) var failure: Error?

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    /// Records `error` for row `index` (-1: a worker could not start); the lowest row's error wins.
    func fail(_ error: Error, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil || index < failedIndex {
            failure = error
            failedIndex = index
        }
    }
}

/// Carries a value that is not `Sendable` to the workers. Safe here because each worker uses its
/// own renderer and the sinks are called under the lock of the ordering that hands them items.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

