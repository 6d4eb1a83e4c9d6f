import Hummingbird
import Mustache

/// An HTML answer of the web page: a body template inside the common layout, with the status
/// and whether it carries client data (then no cache may keep it).
struct Page: Sendable {
    let status: HTTPResponse.Status
    let html: String
    let carriesClientData: Bool

    init(_ template: String, title: String, view: [String: Any], status: HTTPResponse.Status = .ok,
         carriesClientData: Bool = false) {
        // Who is logged in and their forms' CSRF token (see RequestScope); a page's own values win.
        let scope = RequestScope.view
        let body = Templates.library.render(view.merging(scope) { own, _ in own }, withTemplate: template) ?? ""
        html = Templates.library.render(scope.merging(["titel": title, "inhoud": body]) { _, own in own }, withTemplate: "layout") ?? ""
        self.status = status
        self.carriesClientData = carriesClientData
    }

    /// A short page that says what happened and links back to the start.
    static func message(_ title: String, _ text: String, status: HTTPResponse.Status) -> Page {
        Page("melding", title: title, view: ["titel": title, "tekst": text], status: status)
    }

    var response: Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if carriesClientData { headers[.cacheControl] = "no-store" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
