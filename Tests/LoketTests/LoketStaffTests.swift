import Drukkerij
import Foundation
import HummingbirdTesting
import Inhoud
import Loket
import TestSupport
import Testing

/// With a staff list in the content, the arbeidsdeskundige's field offers its names (a `<datalist>`,
/// so another name can still be typed); without one the field stays a plain text field.
@Suite struct LoketStaffTests {
    static let staffYAML = """
        organisatie:
          medewerkers:
            - naam: Anna de Vries
            - naam: Piet & Co Jansen
        """

    @Test(arguments: ["/brief", "/werkblad", "/terugkoppeling"])
    func theExpertFieldOffersTheStaffNames(path: String) async throws {
        let inhoud = try Inhoud.load(overrideYAML: Self.staffYAML, named: "medewerkers.yaml")
        let drukkerij = Drukkerij(inhoud: inhoud, renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 1))
        let server = LoketServer(drukkerij: drukkerij, settings: try LoketSettings(port: 0), letterDate: { LoketFixtures.letterDate })
        try await server.application().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains(#"name="arbeidsdeskundige" value="" autocomplete="off" list="arbeidsdeskundige-namen">"#),
                        "\(path)")
                #expect(html.contains(#"<datalist id="arbeidsdeskundige-namen"><option value="Anna de Vries">"#
                                      + #"<option value="Piet &amp; Co Jansen"></datalist>"#), "\(path)")
                #expect(html.components(separatedBy: "<datalist id=\"arbeidsdeskundige-namen\"").count == 2, "one list")
            }
        }
    }

    @Test(arguments: ["/brief", "/werkblad", "/terugkoppeling"])
    func withoutStaffTheFieldIsPlain(path: String) async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: path, method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains(#"name="arbeidsdeskundige" value="" autocomplete="off">"#), "\(path)")
                #expect(!html.contains("arbeidsdeskundige-namen"), "\(path)")
            }
        }
    }
}
