import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// `materialen serve`, run as a process: it announces its address, stops cleanly on SIGINT and
/// SIGTERM (answering what is in flight first), and refuses to listen beyond this computer.
@Suite struct ServeCommandTests {
    @Test func aHostBeyondLoopbackIsRefused() throws {
        let result = try Repository.materialen(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status != 0)
        #expect(result.error.contains("--host 0.0.0.0"))
        #expect(result.error.contains("no login"))
    }

    @Test func itFinishesTheRequestInFlightOnSIGTERMAndExitsZero() throws {
        let (process, line) = try Self.startServer()
        defer { if process.isRunning { process.terminate() } }
        let connection = try #require(Self.connect(port: Int(line.dropFirst("Listening on http://127.0.0.1:".count)) ?? 0))
        let body = "naam=Anna+de+Vries&datum=3-12-2026&arbeidsdeskundige=Noor+Jansen"
        // The request's head first, then SIGTERM, then its body: the request is in flight when the
        // signal comes, and must still be answered in full before the process exits.
        connection.write(Data(("POST /werkblad HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                               + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n").utf8))
        usleep(300_000)
        kill(process.processIdentifier, SIGTERM)
        usleep(300_000)
        connection.write(Data(body.utf8))
        let response = connection.readDataToEndOfFile()
        let head = String(decoding: response.prefix(200), as: UTF8.self)
        #expect(head.hasPrefix("HTTP/1.1 200"), "\(head)")
        #expect(head.lowercased().contains("content-type: application/pdf"))
        #expect(response.range(of: Data("%%EOF".utf8)) != nil, "the whole PDF arrived")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Starts `materialen serve --port 0` and reads the line that announces its address.
    static func startServer() throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.executable)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = try Repository.temporaryDirectory("serve")
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var announced = ""
        let deadline = Date().addingTimeInterval(30)
        while !announced.contains("\n"), Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
        }
        return (process, announced.split(separator: "\n").first.map(String.init) ?? "")
    }

    /// A TCP connection to this computer's `port`, to send a request in parts.
    static func connect(port: Int) -> FileHandle? {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0, let port = UInt16(exactly: port) else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                Glibc.connect(socketDescriptor, socketAddress, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            return nil
        }
        return FileHandle(fileDescriptor: socketDescriptor, closeOnDealloc: true)
    }

    @Test func itSaysWhereItListensAndStopsOnSIGINT() throws {
        let (process, line) = try Self.startServer()
        defer { if process.isRunning { process.terminate() } }
        #expect(line.hasPrefix("Listening on http://127.0.0.1:"))
        #expect(Int(line.dropFirst("Listening on http://127.0.0.1:".count)).map { $0 > 0 } == true)

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
