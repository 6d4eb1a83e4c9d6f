import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import TestSupport

/// What the Loket tests share: one print shop and the web page on it, tested in process.
enum LoketFixtures {
    static let letterDate = CalendarDate(year: 2026, month: 11, day: 20)!

    /// One print shop for every test: loading the content and fonts once keeps the suite fast.
    static let drukkerij: Drukkerij = {
        do {
            return Drukkerij(inhoud: try Inhoud.loadDefault(),
                             renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 2))
        } catch {
            preconditionFailure("the default content and the bundled fonts load: \(error)")
        }
    }()

    static func server(maximumFormBytes: Int = LoketSettings.defaultMaximumFormBytes) throws -> LoketServer {
        LoketServer(drukkerij: drukkerij, settings: try LoketSettings(port: 0, maximumFormBytes: maximumFormBytes),
                    letterDate: { letterDate })
    }

    /// Runs `test` against the web page, in process (no socket).
    static func withClient<Value: Sendable>(maximumFormBytes: Int = LoketSettings.defaultMaximumFormBytes,
                                            _ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server(maximumFormBytes: maximumFormBytes).application().test(.router, test)
    }

    /// A URL-encoded form body, as a browser sends it.
    static func form(_ fields: KeyValuePairs<String, String>) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics.intersection(.init(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { name, value in
            "\(name)=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    static func data(_ response: TestResponse) -> Data {
        Data(response.body.readableBytesView)
    }
}
