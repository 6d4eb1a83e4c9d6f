/// Who is asking, and the token their forms carry, for the length of one request. Task-local so
/// that the pages (rendered deep in the handlers, which know nothing of logins) can put the CSRF
/// field in every POST form and the user's name in the header without each handler passing them.
enum RequestScope {
    /// The CSRF token of the current session; nil when the page has no login.
    @TaskLocal static var csrfToken: String?
    /// The logged-in user's name; nil when the page has no login.
    @TaskLocal static var user: String?
    /// Whether the user can log out here (accounts; not behind a sign-on proxy).
    @TaskLocal static var canLogOut = false

    /// The name of the CSRF field in every POST form.
    static let csrfField = "csrf"

    /// What the templates need: the field's value and the header's name (absent without a login).
    static var view: [String: Any] {
        var view: [String: Any] = [:]
        if let csrfToken { view[csrfField] = csrfToken }
        if let user { view["gebruiker"] = user }
        if canLogOut { view["uitloggen"] = true }
        return view
    }
}
