import Drukkerij
import Foundation
import Hummingbird
import Inhoud
import Logging
import Tekenaar

/// The web page of the kit (`materialen serve`): Dutch forms for each material and their
/// downloads. Thin, like the command line: every document is one `Drukkerij.render` call, so
/// the same input gives the same bytes as the CLI.
public struct LoketServer: Sendable {
    /// The print shop of this moment (SIGHUP may load new content: see `reloadContent`).
    public var drukkerij: Drukkerij { shop.value }
    let shop: CurrentDrukkerij
    public let settings: LoketSettings
    /// The day a letter is dated: today, the day it is made and sent (a test may fix it).
    let letterDate: @Sendable () -> CalendarDate
    /// The documents in the works: one per renderer, plus the queue the settings allow.
    let admission: RenderAdmission
    /// The batches: one at a time plus a short queue, apart from the documents' places.
    let batchQueue: BatchQueue
    /// The sample sheets the batch page links to.
    let sampleSheets: [SampleSheet]
    /// Who may in: sessions, the login throttle and the CSRF check (lets everyone in without a login).
    let gate: AccessGate
    let accessLog: AccessLog
    let metrics = LoketMetrics()

    /// `now` is the clock of sessions and the login throttle (a test may move it on).
    public init(drukkerij: Drukkerij, settings: LoketSettings,
                letterDate: @escaping @Sendable () -> CalendarDate = { Drukkerij.today() },
                now: @escaping @Sendable () -> Date = { Date() }, accessLog: AccessLog = .standardError) {
        self.init(drukkerij: drukkerij, settings: settings, letterDate: letterDate,
                  admission: RenderAdmission(limit: drukkerij.renderers.capacity + settings.renderQueueLength), now: now,
                  accessLog: accessLog)
    }

    init(drukkerij: Drukkerij, settings: LoketSettings, letterDate: @escaping @Sendable () -> CalendarDate,
         admission: RenderAdmission, batchQueue: BatchQueue? = nil, now: @escaping @Sendable () -> Date = { Date() },
         accessLog: AccessLog = .standardError) {
        self.accessLog = accessLog
        shop = CurrentDrukkerij(drukkerij)
        self.settings = settings
        self.letterDate = letterDate
        self.admission = admission
        self.batchQueue = batchQueue ?? BatchQueue(waitingLimit: settings.batchQueueLength)
        sampleSheets = SampleSheet.load(besideFonts: drukkerij.renderers.fontsDirectory)
        gate = AccessGate(access: settings.access, sessions: SessionStore(idleTimeout: settings.sessionIdleTimeout, now: now),
                          throttle: LoginThrottle(firstDelay: settings.loginDelay, maximumDelay: settings.maximumLoginDelay, now: now),
                          secureCookies: settings.secureCookies, maximumFormBytes: settings.maximumFormBytes,
                          maximumUploadBytes: settings.maximumUploadBytes, metricsAllowed: settings.metricsAllowed)
    }

    /// Every route of the page, behind the middleware that lets people in (or not) and adds the
    /// security headers.
    public func router() -> Router<LoketContext> {
        let router = Router(context: LoketContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: PageMiddleware(errorLog: Logger(label: "loket"), accessLog: accessLog, gate: gate,
                                             metrics: metrics))
        addLoginRoutes(to: router)
        router.get("/health") { _, _ in "ok" }
        router.get(RouterPath(AccessGate.metricsPath)) { _, _ in
            let text = metrics.exposition(documentsInWork: admission.inWork, documentLimit: admission.limit,
                                          batchesWaiting: batchQueue.waiting)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get(RouterPath(Stylesheet.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get(RouterPath(Script.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: Script.javaScript)))
        }
        router.get(RouterPath(OptionsScript.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OptionsScript.javaScript)))
        }
        router.get(RouterPath(Favicon.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: WebFonts.cacheControl],
                     body: .init(byteBuffer: ByteBuffer(string: Favicon.svg)))
        }
        for font in WebFonts.load(from: drukkerij.renderers.fontsDirectory) {
            router.get(RouterPath(WebFonts.path(font.name))) { _, _ in
                Response(status: .ok, headers: [.contentType: "font/ttf", .cacheControl: WebFonts.cacheControl],
                         body: .init(byteBuffer: font.bytes))
            }
        }
        for sample in sampleSheets {
            router.get(RouterPath(sample.path)) { _, _ in sample.response }
        }
        router.get("/") { _, _ in startPage().response }
        for material in Material.allCases where material.isPersonal && !material.isMadeFromNotes {
            router.get(RouterPath(material.pagePath)) { _, _ in
                clientPage(ClientForm(material: material, inhoud: drukkerij.inhoud), status: .ok).response
            }
            router.post(RouterPath(material.pagePath)) { request, _ in
                try await clientDocument(material, request: request, as: .pdf)
            }
            router.post(RouterPath("\(material.pagePath)/voorbeeld")) { request, _ in
                try await clientPreview(material, request: request)
            }
        }
        addTerugkoppelingRoutes(to: router)
        router.get(RouterPath(Self.batchPath)) { _, _ in batchPage().response }
        router.post(RouterPath(Self.batchPath)) { request, _ in try await batchDownload(request: request) }
        for material in Material.allCases where !material.isPersonal {
            router.get(RouterPath(material.pagePath)) { request, _ in try optionsPage(material, request: request).response }
            router.get(RouterPath("\(material.pagePath)/voorbeeld")) { request, _ in
                try await optionsPreview(material, request: request)
            }
            router.get(RouterPath("\(material.pagePath)/download")) { request, _ in
                try await optionsDownload(material, request: request)
            }
        }
        return router
    }

    /// The application, listening as `settings` say; `onListening` is called with the address once
    /// it accepts connections.
    public func application(onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in })
        -> some ApplicationProtocol {
        let host = settings.host
        // Hummingbird's own messages only from notice up: the one line at start is ours
        // (`onListening`), and the access log has a logger of its own.
        var serverLog = Logger(label: "loket.server")
        serverLog.logLevel = .notice
        return Application(
            router: router(),
            server: settings.serverBuilder,
            configuration: .init(address: .hostname(host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onListening(host, channel.localAddress?.port ?? 0) },
            logger: serverLog)
    }

    /// Serves until SIGINT or SIGTERM, then lets what is in flight finish.
    public func run(onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void) async throws {
        try await application(onListening: onListening).runService()
    }

    // MARK: Pages

    func startPage() -> Page {
        let cards: [[String: Any]] = Material.allCases.map { material in
            ["titel": material.title, "pad": material.pagePath, "uitleg": material.introduction]
        } + [["titel": "Veel cliënten tegelijk", "pad": Self.batchPath,
              "uitleg": "Werkbladen of brieven voor een hele lijst cliënten in één keer, uit een spreadsheet (Excel of CSV)."]]
        // Which organisation's content is active: its name, or that these are the kit's examples.
        return Page("start", title: "Materialen", view: ["materialen": cards, "organisatie": drukkerij.inhoud.organisation.name,
                                                          "eigenInhoud": drukkerij.isOwnContent])
    }

    func clientPage(_ form: ClientForm, status: HTTPResponse.Status) -> Page {
        Page("klantformulier", title: form.material.title,
             view: form.view(path: form.material.pagePath, introduction: form.material.introduction),
             status: status, carriesClientData: true)
    }

    /// The resolution of a preview: enough to recognise the page on a screen, quick to draw.
    static let previewDPI = 60.0

    /// A posted client form as a PDF to save, or the form again with its messages (422). (The
    /// preview, a PNG per page, is `clientPreview`.)
    func clientDocument(_ material: Material, request: Request, as format: OutputFormat) async throws -> Response {
        let form = ClientForm(material: material, values: try await formValues(of: request), inhoud: drukkerij.inhoud)
        guard form.isValid, let documentRequest = form.request(letterDate: letterDate()) else {
            return clientPage(form, status: .unprocessableContent).response
        }
        let rendered = try await render(documentRequest, as: format)
        guard let file = rendered.files.first else { throw HTTPError(.internalServerError) }
        let isPreview = format != .pdf
        return Download(data: file, fileName: form.fileName(extension: format.fileExtension), format: format,
                        carriesClientData: true, isAttachment: !isPreview).response
    }

    /// The page of a kompas or strip with the options of its address (`/kompas?paper=a4`, what the
    /// page's "Bekijk" button asks without JavaScript) and a preview of them; 422 with the message
    /// when one does not fit.
    func optionsPage(_ material: Material, request: Request) throws -> Page {
        let form = OptionsForm(material: material, values: try FormValues(encoded: request.uri.query ?? ""))
        switch form.check() {
        case let .failure(problem):
            return Page("opties", title: material.title, view: form.view(problem: problem), status: .unprocessableContent)
        case .success:
            return Page("opties", title: material.title, view: form.view())
        }
    }

    /// The page's preview of a kompas or strip: a PNG small enough to show at once.
    func optionsPreview(_ material: Material, request: Request) async throws -> Response {
        let form = OptionsForm(material: material, values: try FormValues(encoded: request.uri.query ?? ""))
        guard case let .success((documentRequest, _)) = form.check() else { throw HTTPError(.badRequest) }
        let format = OutputFormat.png(dpi: material == .strip ? Self.stripPreviewDPI : Self.previewDPI)
        let rendered = try await render(documentRequest, as: format)
        guard rendered.files.count == 1, let file = rendered.files.first else { throw HTTPError(.internalServerError) }
        return Download(data: file, fileName: "\(material.fileStem).png", format: format,
                        carriesClientData: false, isAttachment: false).response
    }

    /// The strip is a narrow band: drawn at the kompas's resolution it would be too small to judge.
    static let stripPreviewDPI = 120.0

    /// A kompas or strip in the format asked for, or the page with a message (422).
    func optionsDownload(_ material: Material, request: Request) async throws -> Response {
        let values = try FormValues(encoded: request.uri.query ?? "")
        let form = OptionsForm(material: material, values: values)
        let format: OutputFormat
        switch form.check() {
        case let .failure(problem):
            return Page("opties", title: material.title, view: form.view(problem: problem), status: .unprocessableContent).response
        case let .success((documentRequest, dotsPerInch)):
            switch values["formaat"] ?? "pdf" {
            case "pdf": format = .pdf
            case "svg": format = .svg
            case "png": format = .png(dpi: Double(dotsPerInch))
            default: throw HTTPError(.badRequest)
            }
            let rendered = try await render(documentRequest, as: format)
            // Both materials are one page; a second page would need a name per page.
            guard rendered.files.count == 1, let file = rendered.files.first else { throw HTTPError(.internalServerError) }
            return Download(data: file, fileName: "\(material.fileStem).\(format.fileExtension)", format: format,
                            carriesClientData: false, isAttachment: true).response
        }
    }

    /// Draws `request` off the event loop, if there is room for it (else `RenderQueueFull`: a 503).
    func render(_ request: DocumentRequest, as format: OutputFormat) async throws -> RenderedMaterial {
        guard admission.enter() else { throw RenderQueueFull() }
        let admission = admission
        return try await drukkerij.renderedInBackground(request, as: format, timeLimit: settings.documentTimeLimit) {
            admission.leave()
        }
    }

    /// The fields of a URL-encoded body, read up to the size limit (413 beyond it, 400 when malformed).
    func formValues(of request: Request) async throws -> FormValues {
        var request = request
        let body = try await request.collectBody(upTo: settings.maximumFormBytes)
        do {
            return try FormValues(encoded: String(buffer: body))
        } catch {
            throw HTTPError(.badRequest)
        }
    }
}
