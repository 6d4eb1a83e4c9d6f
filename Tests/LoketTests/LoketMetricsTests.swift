import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import Testing

/// `GET /metrics`: Prometheus text with requests by route and status, latencies and the work in
/// progress; route patterns only, no personal data; no login from this computer, a login otherwise.
@Suite struct LoketMetricsTests {
    typealias F = HostingFixtures

    static func lines(_ text: String, _ name: String, containing parts: [String]) -> [Substring] {
        text.split(separator: "\n").filter { line in line.hasPrefix(name + "{") && parts.allSatisfy { line.contains($0) } }
    }

    @Test func requestsAreCountedByRouteAndStatusWithoutPersonalData() async throws {
        try await F.server(access: .open).application().test(.live) { client in
            _ = try await client.execute(uri: "/werkblad", method: .get)
            _ = try await client.execute(uri: "/werkblad", method: .get)
            _ = try await client.execute(uri: "/Anna-de-Vries", method: .get)
            let pdf = try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders,
                                               body: F.werkbladForm(csrf: nil))
            #expect(pdf.status == .ok)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = LoketFixtures.text(metrics)
            let gets = Self.lines(text, "materialen_http_requests_total", containing: [#"route="/werkblad""#, #"method="GET""#, #"status="200""#])
            #expect(gets.count == 1 && gets.first?.hasSuffix(" 2") == true, "\(gets)")
            #expect(Self.lines(text, "materialen_http_requests_total", containing: [#"route="/werkblad""#, #"method="POST""#]).count == 1)
            let unknown = Self.lines(text, "materialen_http_requests_total", containing: [#"route="other""#, #"status="404""#])
            #expect(unknown.count == 1)
            #expect(!Self.lines(text, "materialen_http_request_duration_seconds_bucket", containing: [#"route="/werkblad""#]).isEmpty)
            // The drawing thread gives its place back (RenderAdmission.leave) just after it hands the
            // document over, so on a busy machine the first read may still count it: read again for
            // a while (bounded).
            var idle = text.contains("\nmaterialen_documents_in_progress 0")
            for _ in 0..<100 where !idle {
                try await Task.sleep(for: .milliseconds(20))
                idle = LoketFixtures.text(try await client.execute(uri: "/metrics", method: .get))
                    .contains("\nmaterialen_documents_in_progress 0")
            }
            #expect(idle, "a finished document no longer counts as in progress")
            #expect(text.contains("\nmaterialen_batches_waiting 0"))
            #expect(text.contains("\nmaterialen_documents_limit "))
            #expect(!text.contains("Anna") && !text.contains("Vries"), "an unknown path is 'other', a form value is nowhere")
        }
    }

    @Test func thisComputerReadsThemWithoutALoginOthersNeedOne() async throws {
        // Over a socket from 127.0.0.1: no login needed.
        try await F.server(access: try F.accounts()).application().test(.live) { client in
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            #expect(LoketFixtures.text(metrics).contains("materialen_documents_in_progress"))
            #expect(try await client.execute(uri: "/werkblad", method: .get).status == .unauthorized, "only /metrics is open")
        }
        // No peer address (in process): like any other computer, a login is needed.
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .unauthorized)
            let session = try await F.session(client)
            #expect(try await client.execute(uri: "/metrics", method: .get, headers: session.headers).status == .ok)
        }
    }

    @Test func metricsAllowTakesIPAddressesOnly() throws {
        #expect(try LoketSettings(metricsAllowed: ["10.0.0.7", "::ffff:10.0.0.8"]).metricsAllowed == ["10.0.0.7", "10.0.0.8"])
        #expect(throws: LoketError.invalidMetricsAddress("monitor.intern")) { try LoketSettings(metricsAllowed: ["monitor.intern"]) }
    }
}
