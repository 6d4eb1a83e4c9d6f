import Foundation
import TestSupport
import Testing

/// `materialen serve`, run as a process: it announces its address, stops cleanly on SIGINT, and
/// refuses to listen beyond this computer.
@Suite struct ServeCommandTests {
    @Test func aHostBeyondLoopbackIsRefused() throws {
        let result = try Repository.materialen(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status != 0)
        #expect(result.error.contains("--host 0.0.0.0"))
        #expect(result.error.contains("no login"))
    }

    @Test func itSaysWhereItListensAndStopsOnSIGINT() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.executable)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = try Repository.temporaryDirectory("serve")
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var announced = ""
        let deadline = Date().addingTimeInterval(30)
        while !announced.contains("\n"), Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
        }
        let line = announced.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("Listening on http://127.0.0.1:"))
        #expect(Int(line.dropFirst("Listening on http://127.0.0.1:".count)).map { $0 > 0 } == true)

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
