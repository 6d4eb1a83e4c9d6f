import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import TestSupport
import Testing

/// The users file read again (what SIGHUP does): a new account can log in, a removed one's
/// session ends at its next request.
@Suite struct LoketReloadTests {
    typealias F = HostingFixtures

    @Test func aReloadAddsAndRemovesAccounts() async throws {
        let path = try F.usersFile()
        let accounts = try Accounts(path: path)
        try await F.server(access: .accounts(accounts)).application().test(.router) { client in
            let noor = try await F.session(client)
            var file = try UserFile(path: path)
            try file.add("pieter", password: "ander-wachtwoord", cost: 10)
            try file.remove(F.name)
            try file.write()
            #expect(try await client.execute(uri: "/", method: .get, headers: noor.headers).status == .ok, "not read yet")
            try accounts.reload()
            #expect(try await client.execute(uri: "/", method: .get, headers: noor.headers).status == .seeOther)
            #expect(try await F.logIn(client, name: "pieter", password: "ander-wachtwoord").status == .seeOther)
            // A file that no longer reads keeps the accounts as they were.
            try "kapot\n".write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: UserFileError.malformedLine(path: path, line: 1)) { try accounts.reload() }
            #expect(accounts.names == ["pieter"])
        }
    }
}

/// The content file read again (SIGHUP): the start page and the documents use it from then on;
/// a file with an error keeps the content as it was.
@Suite struct LoketContentReloadTests {
    @Test func aReloadBringsTheNewContentAndABadFileKeepsTheOld() async throws {
        let server = try LoketFixtures.server()
        let folder = try Repository.temporaryDirectory("content-reload")
        let file = folder.appendingPathComponent("inhoud.yaml")
        try "organisatie:\n  naam: Arbeidsdeskundig Bureau De Brug\n".write(to: file, atomically: true, encoding: .utf8)
        try await server.application().test(.router) { client in
            #expect(!LoketFixtures.text(try await client.execute(uri: "/", method: .get)).contains("De Brug"))
            try server.reloadContent(from: file)
            #expect(LoketFixtures.text(try await client.execute(uri: "/", method: .get)).contains("<strong>Arbeidsdeskundig Bureau De Brug</strong>"))
            try "organisatie: [kapot\n".write(to: file, atomically: true, encoding: .utf8)
            #expect(throws: InhoudError.self) { try server.reloadContent(from: file) }
            #expect(server.drukkerij.inhoud.organisation.name == "Arbeidsdeskundig Bureau De Brug")
        }
    }
}
