import Foundation
import Hummingbird
import NIOCore

/// Lets a request in, or answers it: with a login (accounts) or a sign-on proxy, every page but
/// `/health`, the login page and the static files needs a known user, and every POST the CSRF
/// token of the user's forms. Without a login everything is let in, as before.
struct AccessGate: Sendable {
    /// What happens to a request: it goes on (with who asks and their forms' token), or is answered here.
    enum Admission {
        case enter(user: String?, csrfToken: String?, canLogOut: Bool)
        case answer(Response)
    }

    let access: Access
    let sessions: SessionStore
    let throttle: LoginThrottle
    /// Cookies get `Secure` when the page is reached over HTTPS (its own TLS, or `--secure-cookies`).
    let secureCookies: Bool
    /// The largest bodies read to find the CSRF field: above the handlers' own limits, so that the
    /// handlers (not this gate) say what is too large.
    let maximumFormBytes: Int
    let maximumUploadBytes: Int
    /// Addresses besides loopback that may read `/metrics` without a login (`--metrics-allow`).
    let metricsAllowed: Set<String>

    static let sessionCookie = "sessie"
    static let loginPath = "/inloggen"
    static let logoutPath = "/uitloggen"
    static let metricsPath = "/metrics"
    static let csrfHeader = HTTPFieldName("X-CSRF-Token")!

    /// Paths anyone may ask for: the health check, the login page and the files every page uses.
    static func isPublic(_ path: String) -> Bool {
        path == "/health" || path == loginPath || path.hasPrefix("/static/")
    }

    func admit(_ request: inout Request, context: LoketContext) async throws -> Admission {
        if Self.isPublic(request.uri.path) || isMonitor(request, context: context) {
            return .enter(user: nil, csrfToken: nil, canLogOut: false)
        }
        let user: String, token: String, canLogOut: Bool
        switch access {
        case .open:
            return .enter(user: nil, csrfToken: nil, canLogOut: false)
        case let .accounts(accounts):
            guard let id = request.cookies[Self.sessionCookie]?.value, let session = sessions.use(id),
                  accounts.contains(session.user) else { return .answer(loginRequired(request)) }
            (user, token, canLogOut) = (session.user, session.csrfToken, true)
        case let .proxy(trustedAddress, header):
            // The header is believed only from the proxy: anyone else could simply send it.
            guard context.peerAddress == trustedAddress, let name = HTTPFieldName(header).flatMap({ request.headers[$0] }),
                  let proxied = Self.proxiedName(name) else { return .answer(loginRequired(request)) }
            (user, token, canLogOut) = (proxied, sessions.proxyToken(for: proxied), false)
        }
        if request.method == .post, try await postedToken(of: &request) != token {
            return .answer(Page.message("Dit formulier is verlopen",
                                        "Het formulier kwam zonder geldige beveiligingscode aan. Laad de pagina opnieuw en probeer het nog eens.",
                                        status: .forbidden).response)
        }
        return .enter(user: user, csrfToken: token, canLogOut: canLogOut)
    }

    /// The monitoring on this computer, or at an address of `--metrics-allow`, reads `/metrics`
    /// without a login; from anywhere else it is a page like the others.
    func isMonitor(_ request: Request, context: LoketContext) -> Bool {
        guard request.uri.path == Self.metricsPath, let peer = context.peerAddress else { return false }
        return LoketSettings.isLoopback(peer) || metricsAllowed.contains(peer)
    }

    /// A name from the proxy's header: trimmed, not empty, short and without control characters.
    static func proxiedName(_ value: String) -> String? {
        let name = value.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 256, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return name
    }

    /// A browser (it accepts HTML) is sent to the login page; a script gets 401.
    func loginRequired(_ request: Request) -> Response {
        let isBrowser = request.headers[.accept]?.contains("text/html") == true
        switch (access, isBrowser) {
        case (.accounts, true):
            let back = request.method == .get ? "?terug=" + request.uri.path : ""
            return Response(status: .seeOther, headers: [.location: Self.loginPath + back, .cacheControl: "no-store"])
        case (.proxy, true):
            return Page.message("U bent niet aangemeld", "Open deze pagina via het portaal van uw organisatie, zodat u aangemeld bent.",
                                status: .unauthorized).response
        default:
            return Response(status: .unauthorized, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Log in first.\n")))
        }
    }

    /// The CSRF token a POST carries: the `X-CSRF-Token` header, or the `csrf` field of its form
    /// (URL-encoded or multipart). The body is read into memory and stays there for the handler.
    func postedToken(of request: inout Request) async throws -> String? {
        if let header = request.headers[Self.csrfHeader] { return header }
        let contentType = request.headers[.contentType] ?? ""
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            let body = try await request.collectBody(upTo: 2 * maximumFormBytes)
            return (try? FormValues(encoded: String(buffer: body)))?[RequestScope.csrfField]
        }
        if contentType.hasPrefix("multipart/form-data") {
            let body = try await request.collectBody(upTo: 2 * maximumUploadBytes)
            return (try? MultipartForm(body: body, contentType: contentType))?[RequestScope.csrfField]?.text
        }
        return nil
    }

    /// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
    /// sends it along), Secure when served over HTTPS; no expiry, so it ends with the browser.
    func sessionCookie(_ id: String) -> Cookie {
        Cookie(name: Self.sessionCookie, value: id, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    func expiredCookie(_ name: String, path: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: secureCookies, httpOnly: true, sameSite: .strict)
    }
}
