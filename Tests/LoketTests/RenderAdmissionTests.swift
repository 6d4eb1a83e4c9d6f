import Drukkerij
import Hummingbird
import HummingbirdTesting
@testable import Loket
import Testing

/// More work than the renderers can take is queued up to a limit, then refused with a 503.
@Suite struct RenderAdmissionTests {
    @Test func placesAreTakenAndGivenBack() {
        let admission = RenderAdmission(limit: 2)
        #expect(admission.enter())
        #expect(admission.enter())
        #expect(!admission.enter(), "the third waits for no one: it is refused")
        admission.leave()
        #expect(admission.enter())
    }

    @Test func aFullQueueIsA503WithRetryAfter() async throws {
        let server = LoketServer(drukkerij: LoketFixtures.drukkerij, settings: try LoketSettings(port: 0),
                                 letterDate: { LoketFixtures.letterDate }, admission: RenderAdmission(limit: 0))
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/kompas/download?formaat=pdf", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(LoketFixtures.text(response).contains("Het is even te druk"))
                LoketPageTests.expectSecurityHeaders(response)
            }
            let body = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2026"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .serviceUnavailable)
            }
        }
    }

    @Test func aDocumentOverItsTimeLimitIsA503() async throws {
        let server = LoketServer(drukkerij: LoketFixtures.drukkerij, settings: try LoketSettings(port: 0, documentTimeLimit: .zero),
                                 letterDate: { LoketFixtures.letterDate })
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/kompas/download?formaat=pdf", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(LoketFixtures.text(response).contains("Dit duurde te lang"))
            }
        }
    }
}
