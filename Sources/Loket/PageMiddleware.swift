import Drukkerij
import Hummingbird
import Logging

/// Wraps every answer of the web page: errors become calm Dutch pages, every response gets the
/// security headers, and one access-log line is written with method, path, status, duration and
/// size only. Never the query or the body: client data must not reach a log.
struct PageMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Where the access lines go: its own logger, so the server's own messages can stay quiet.
    let accessLog: Logger

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
        do {
            response = try await next(request, context)
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
            accessLog.error("\(request.method) \(request.uri.path): \(type(of: error))")
            response = Self.errorPage(.internalServerError).response
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        let milliseconds = (ContinuousClock.now - start) / .milliseconds(1)
        let bytes = response.body.contentLength.map(String.init) ?? "-"
        accessLog.info("\(request.method) \(request.uri.path) \(response.status.code) \(Int(milliseconds.rounded()))ms \(bytes)B")
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
