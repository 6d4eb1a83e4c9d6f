import Drukkerij
import Hummingbird
import Logging

/// Wraps every answer of the web page: errors become calm Dutch pages, every response gets the
/// security headers, and one access-log line (JSON, see AccessLog) is written with method, path,
/// status, duration, size and user only. Never the query or the body: client data must not reach a log.
struct PageMiddleware: RouterMiddleware {
    typealias Context = LoketContext
    /// Where unexpected errors are reported (their type only).
    let errorLog: Logger
    /// Where the access lines go.
    let accessLog: AccessLog
    /// Who may in (see AccessGate): asked first, inside the error handling, so its answers get the
    /// headers and the log line too.
    let gate: AccessGate
    /// Counts every answer for `/metrics`, by the router's route pattern (not the path).
    let metrics: LoketMetrics

    /// No sources outside this server and no framing by other sites. Scripts only from this server
    /// (the live preview's file, no inline script), fonts only the kit's own; the preview fetches from here and shows its
    /// PNGs as `blob:` URLs, which never leave the browser.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; font-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' blob:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        var user: String?
        do {
            var request = request
            switch try await gate.admit(&request, context: context) {
            case let .answer(answer):
                response = answer
            case let .enter(name, token, canLogOut):
                user = name
                response = try await RequestScope.$user.withValue(name) {
                    try await RequestScope.$csrfToken.withValue(token) {
                        try await RequestScope.$canLogOut.withValue(canLogOut) { try await next(request, context) }
                    }
                }
            }
        } catch is RenderQueueFull {
            response = Self.errorPage(.serviceUnavailable).response
            response.headers[.retryAfter] = "5"
        } catch is RenderTimedOut {
            response = Self.errorPage(.gatewayTimeout).response
            response.headers[.retryAfter] = "5"
        } catch let DrukkerijError.exampleContent(fields) {
            // A server started with an organisation's content that still has the kit's examples: the
            // letter would reach a client with them. Not the user's fault, and not to be retried.
            response = Page.message("De brief kan nog niet gemaakt worden",
                                    "Het inhoudsbestand van de organisatie heeft nog voorbeeldgegevens van de kit ("
                                        + fields.joined(separator: ", ")
                                        + "). Een brief met die gegevens zou bij een cliënt aankomen. Vraag de beheerder "
                                        + "om ze in het inhoudsbestand in te vullen.",
                                    status: .unprocessableContent).response
        } catch let error as any HTTPResponseError {
            response = Self.errorPage(error.status).response
        } catch {
            errorLog.error("\(request.method) \(LoketMetrics.routeLabel(context.endpointPath)): \(type(of: error))")
            response = Self.errorPage(.internalServerError).response
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        let duration = ContinuousClock.now - start
        accessLog.record(method: request.method.rawValue, route: LoketMetrics.routeLabel(context.endpointPath),
                         status: response.status.code,
                         duration: duration, bytes: response.body.contentLength, user: user)
        metrics.record(route: context.endpointPath, method: request.method.rawValue, status: response.status.code, duration: duration)
        return response
    }

    /// The page for an error status, in Dutch.
    static func errorPage(_ status: HTTPResponse.Status) -> Page {
        switch status {
        case .notFound:
            .message("Deze pagina bestaat niet", "Kijk of het adres goed is, of begin opnieuw.", status: status)
        case .contentTooLarge:
            .message("Te veel tekst", "Het formulier is groter dan de pagina aanneemt. Maak de teksten korter en probeer het opnieuw.",
                     status: status)
        case .badRequest:
            .message("Dit kon niet gelezen worden", "Het formulier kwam niet goed aan. Probeer het opnieuw.", status: status)
        case .serviceUnavailable:
            .message("Het is even te druk", "Er worden nu veel documenten tegelijk gemaakt. Probeer het over een paar seconden opnieuw; "
                     + "wat u invulde staat nog in het formulier als u teruggaat.", status: status)
        case .gatewayTimeout:
            .message("Dit duurde te lang", "Het document was niet op tijd klaar. Probeer het over een paar seconden opnieuw.",
                     status: .serviceUnavailable)
        case .methodNotAllowed:
            .message("Dit kan hier niet", "Gebruik het formulier op de pagina.", status: status)
        default:
            .message("Er ging iets mis", "Het document kon niet gemaakt worden. Probeer het opnieuw; lukt het niet, meld het dan.",
                     status: status.code >= 400 ? status : .internalServerError)
        }
    }
}

/// HTTPTypes' field name, reached through `HTTPFields` (which Hummingbird exports) so Loket needs
/// no dependency of its own on HTTPTypes.
typealias HTTPFieldName = HTTPFields.Element.Name

extension HTTPFieldName {
    /// Not among HTTPTypes' presets. A constant, valid name: the initialiser cannot fail on it.
    static let referrerPolicy = Self("Referrer-Policy")!
}
