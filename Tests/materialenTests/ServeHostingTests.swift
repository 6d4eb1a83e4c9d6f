import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Loket
import TestSupport
import Testing

/// `materialen serve` with accounts, as a process: it may listen beyond loopback then, and SIGHUP
/// reads the users and content files again without stopping.
@Suite struct ServeHostingTests {
    @Test func withAccountsAnyHostIsAllowedAndSIGHUPReloadsUsersAndContent() throws {
        let folder = try Repository.temporaryDirectory("serve-users")
        let users = folder.appendingPathComponent("gebruikers").path
        #expect(try Repository.materialen(["user", "add", "noor", "--users", users], input: Data("geheim-wachtwoord\n".utf8)).status == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.executable)
        let content = folder.appendingPathComponent("inhoud.yaml").path
        try "organisatie:\n  naam: Arbeidsdeskundig Bureau De Brug\n".write(toFile: content, atomically: true, encoding: .utf8)
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--users", users, "--content", content]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let listening = Self.read(errors, until: "\n")
        #expect(listening.hasPrefix("Listening on http://0.0.0.0:"), "\(listening)")

        #expect(try Repository.materialen(["user", "add", "pieter", "--users", users], input: Data("ander-wachtwoord\n".utf8)).status == 0)
        kill(process.processIdentifier, SIGHUP)
        let reloaded = Self.read(errors, until: "from \(content)\n")
        #expect(reloaded.contains("reloaded 2 users from \(users)"), "\(reloaded)")
        #expect(reloaded.contains("reloaded the content from \(content)"), "\(reloaded)")
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func badHostingOptionsAreRefusedWithTheirNames() throws {
        let missing = try Repository.materialen(["serve", "--port", "0", "--users", "/nergens/gebruikers"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("the users file /nergens/gebruikers does not exist"))
        let proxy = try Repository.materialen(["serve", "--port", "0", "--auth", "proxy"])
        #expect(proxy.status != 0)
        #expect(proxy.error.contains("--trusted-proxy"))
        let tls = try Repository.materialen(["serve", "--port", "0", "--tls-cert", "/nergens/cert.pem"])
        #expect(tls.status != 0)
        #expect(tls.error.contains("--tls-cert and --tls-key go together"))
        let noFile = try Repository.materialen(["serve", "--port", "0", "--tls-cert", "/nergens/cert.pem", "--tls-key", "/nergens/key.pem"])
        #expect(noFile.status != 0)
        #expect(noFile.error.contains("/nergens/cert.pem"))
    }

    /// Reads the pipe until `marker` has arrived (or 30 s have passed).
    static func read(_ pipe: Pipe, until marker: String) -> String {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains(marker), Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }
}
