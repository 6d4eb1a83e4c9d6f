import Dispatch
import Drukkerij
import Foundation
import Hummingbird
import Inhoud
import Logging

extension LoketServer {
    static let batchPath = "/batch"

    /// The batch page, with `choice` checked and what is wrong with the last upload.
    func batchPage(_ choice: BatchChoice = BatchChoice(), report: SheetReport = SheetReport(),
                   title: String = "Niet alles in het bestand is goed", status: HTTPResponse.Status = .ok) -> Page {
        var view = choice.view
        view["maximumRegels"] = Self.dutchNumber(settings.maximumRows)
        // Every column the sheet may have, by its Dutch header: "naam, datum, … en onderwerpen".
        let columns = ClientColumn.allCases.map { $0.headers[0] }
        view["kolommen"] = columns.enumerated().map { index, name in
            ["naam": name, "scheiding": index == columns.count - 1 ? "" : index == columns.count - 2 ? " en " : ", "]
        }
        view["heeftFouten"] = !report.isEmpty
        view["foutTitel"] = title
        view["meldingen"] = report.messages
        view["heeftTabel"] = !report.problems.isEmpty
        view["blad"] = report.sheet ?? ""
        view["heeftBlad"] = report.sheet != nil
        // A workbook numbers rows, a CSV file has lines.
        view["rijKop"] = report.sheet == nil ? "Regel" : "Rij"
        view["heeftVoorbeelden"] = !sampleSheets.isEmpty
        view["voorbeelden"] = sampleSheets.map { ["pad": $0.path, "tekst": $0.label] }
        view["problemen"] = report.problems.map { ["regel": $0.line, "kolom": $0.column, "melding": $0.message] as [String: Any] }
        // An answer about an upload may name clients: no cache keeps it.
        return Page("batch", title: "Veel cliënten tegelijk", view: view, status: status, carriesClientData: status != .ok)
    }

    /// `5000` as Dutch writes it: `5.000`.
    static func dutchNumber(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [".", digit] : [digit]
        })
    }

    /// An uploaded sheet as a ZIP archive of the batch files or one merged PDF, streamed as it is
    /// made; or the page with what is wrong (422), nothing made. Every row is checked for every
    /// material before anything is drawn.
    func batchDownload(request: Request) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: settings.maximumUploadBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            return batchPage(report: SheetReport(message: "Het bestand is groter dan 2 MB. Zoveel cliënten kan de pagina niet "
                                                 + "in één keer aan: splits de lijst in delen van ten hoogste "
                                                 + "\(Self.dutchNumber(settings.maximumRows)) cliënten."),
                             title: "Het bestand is te groot", status: .contentTooLarge).response
        }
        guard let form = try? MultipartForm(body: body, contentType: request.headers[.contentType]),
              let choice = BatchChoice(form) else {
            return batchPage(report: SheetReport(message: "Het formulier kwam niet goed aan. Kies het bestand opnieuw en probeer het nog eens."),
                             title: "Dit kon niet gelezen worden", status: .badRequest).response
        }
        guard let file = form["bestand"], !file.data.isEmpty else {
            return batchPage(choice, report: SheetReport(message: "Kies eerst het bestand met de cliënten (.xlsx of .csv)."),
                             title: "Er is geen bestand gekozen", status: .unprocessableContent).response
        }
        let fileName = file.fileName ?? "clients"
        let sheet: ClientSheet
        do {
            sheet = try await Self.parsedInBackground(file.data, path: fileName).get()
        } catch {
            var report = SheetReport()
            report.add(error, material: choice.materials.materials[0])
            return batchPage(choice, report: report, title: SheetReport.title(for: error), status: .unprocessableContent).response
        }
        guard sheet.rows.count <= settings.maximumRows else {
            return batchPage(choice, report: SheetReport(message: "Het bestand heeft \(Self.dutchNumber(sheet.rows.count)) cliënten; de pagina maakt er "
                                                         + "ten hoogste \(Self.dutchNumber(settings.maximumRows)) in één keer. Splits de lijst in delen."),
                             title: "Te veel cliënten", status: .contentTooLarge).response
        }
        var report = SheetReport()
        var batches: [Batch] = []
        let letterDate = letterDate()
        // One renderer stays free for the single documents and previews of other users.
        let jobs = max(1, drukkerij.renderers.capacity - 1)
        for material in choice.materials.materials {
            do {
                var batch = try Batch(material: material, rows: try sheet.validated(for: material, inhoud: drukkerij.inhoud),
                                      letterDate: letterDate, jobs: jobs)
                batch.singleSided = choice.singleSided
                batches.append(batch)
            } catch let error as ClientSheetError {
                report.add(error, material: material)
            }
        }
        guard report.isEmpty else { return batchPage(choice, report: report, status: .unprocessableContent).response }

        let turn = try await batchQueue.turn()
        let stem = BatchFileName.slug(URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent)
        let job = BatchJob(drukkerij: drukkerij, batches: batches, isMerged: choice.form == .samen && batches.count == 1)
        let sink = ResponseStreamSink(timeLimit: settings.batchTimeLimit)
        let downloadName = job.isMerged ? "\(stem.isEmpty ? "clients" : stem)_\(batches[0].material.fileStem).pdf"
            : "\(stem.isEmpty ? "clients" : stem)_\(batches.count == 1 ? batches[0].material.fileStem : "materialen").zip"
        let headers: HTTPFields = [.contentType: job.isMerged ? "application/pdf" : "application/zip",
                                   .contentDisposition: "attachment; filename=\"\(downloadName)\"",
                                   .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // The batch starts when the answer is written, on threads of its own, and holds its
            // turn in the queue until the last byte is sent.
            defer { withExtendedLifetime(turn) {} }
            DispatchQueue.global(qos: .userInitiated).async { job.run(into: sink) }
            try await sink.send(to: &writer)
        })
    }
}

extension LoketServer {
    /// Reading a sheet on a thread of its own: unpacking a workbook and parsing its XML is blocking
    /// work (a second or more for a full 2 MB upload) that may not hold one of the event loop's threads.
    static func parsedInBackground(_ data: Data, path: String) async -> Result<ClientSheet, ClientSheetError> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(ClientSheetError) in try ClientSheet.parse(data, path: path) })
            }
        }
    }
}

/// The batches of one upload, written into one response: a ZIP archive of every file, or the
/// merged PDF of one material.
struct BatchJob: Sendable {
    let drukkerij: Drukkerij
    let batches: [Batch]
    let isMerged: Bool

    /// Blocks while drawing (run it off the event loop); a failure ends the stream with an error.
    func run(into sink: ResponseStreamSink) {
        do {
            if isMerged, let batch = batches.first {
                try batch.writeMerged(with: drukkerij, to: sink)
            } else {
                let archive = ZIPStreamSink(output: sink)
                for batch in batches {
                    try batch.writeEach(with: drukkerij, to: OpenFileSink(archive))
                }
                try archive.finish()
            }
        } catch {
            // The type only: an error's text may quote a client's value.
            Logger(label: "loket").error("batch stopped: \(type(of: error))")
            sink.discard()
        }
    }
}
