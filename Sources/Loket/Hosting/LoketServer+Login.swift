import Hummingbird

extension LoketServer {
    /// The cookie that carries the login form's token (there is no session yet to hold it).
    static let loginCookie = "inloggen"

    /// The login page and logout of a page with accounts; nothing without them.
    func addLoginRoutes(to router: Router<LoketContext>) {
        guard case let .accounts(accounts) = settings.access else { return }
        router.get(RouterPath(AccessGate.loginPath)) { request, _ in
            let token = SessionStore.randomToken()
            var response = loginPage(name: "", failed: false, token: token,
                                     back: Self.returnPath(request.uri.queryParameters["terug"].map(String.init)), status: .ok)
            response.setCookie(Cookie(name: Self.loginCookie, value: token, path: AccessGate.loginPath, secure: gate.secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
        router.post(RouterPath(AccessGate.loginPath)) { request, context in
            try await logIn(request: request, context: context, accounts: accounts)
        }
        router.post(RouterPath(AccessGate.logoutPath)) { request, _ in
            // The gate let this in: a live session, and the form's token.
            if let id = request.cookies[AccessGate.sessionCookie]?.value { gate.sessions.end(id) }
            var response = Response(status: .seeOther, headers: [.location: AccessGate.loginPath, .cacheControl: "no-store"])
            response.setCookie(gate.expiredCookie(AccessGate.sessionCookie, path: "/"))
            return response
        }
    }

    /// Checks a login after the throttle's wait; starts a session (a new id) and goes on to the page
    /// asked for, or shows the form again with a message that does not say what was wrong.
    func logIn(request: Request, context: LoketContext, accounts: Accounts) async throws -> Response {
        let form = try await formValues(of: request)
        guard let token = request.cookies[Self.loginCookie]?.value, form[RequestScope.csrfField] == token else {
            return Page.message("Dit formulier is verlopen", "Laad de pagina om in te loggen opnieuw en probeer het nog eens.",
                                status: .forbidden).response
        }
        let name = form["gebruiker"]?.trimmingCharacters(in: .whitespaces) ?? "", password = form["wachtwoord"] ?? ""
        let back = Self.returnPath(form["terug"])
        let delay = gate.throttle.delay(account: name, address: context.peerAddress)
        if delay > .zero { try await Task.sleep(for: delay) }
        guard !name.isEmpty, !password.isEmpty, await accounts.verify(name, password: password) else {
            gate.throttle.failed(account: name, address: context.peerAddress)
            return loginPage(name: name, failed: true, token: token, back: back, status: .unauthorized)
        }
        gate.throttle.succeeded(account: name)
        let (id, _) = gate.sessions.start(for: name)
        var response = Response(status: .seeOther, headers: [.location: back ?? "/", .cacheControl: "no-store"])
        response.setCookie(gate.sessionCookie(id))
        response.setCookie(gate.expiredCookie(Self.loginCookie, path: AccessGate.loginPath))
        return response
    }

    func loginPage(name: String, failed: Bool, token: String, back: String?, status: HTTPResponse.Status) -> Response {
        var view: [String: Any] = ["csrf": token]
        if !name.isEmpty { view["naam"] = name }
        if failed { view["fout"] = true }
        if let back { view["terug"] = back }
        var response = Page("inloggen", title: "Inloggen", view: view, status: status).response
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// Where to go after logging in: a path of this page only (never another site), else nil.
    static func returnPath(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), path.count <= 100, path != AccessGate.loginPath,
              path.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/-_.".unicodeScalars.contains($0)) })
        else { return nil }
        return path
    }
}
