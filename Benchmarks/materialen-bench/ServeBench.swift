// `materialen-bench serve`: the web page (`materialen serve`) under load, on 127.0.0.1 only, with a
// bounded number of requests. A minimal HTTP/1.1 client over a socket (one connection per request,
// `Connection: close`), so the numbers hold the server's work and not a client library's.
//
// Measures: a warm server one request at a time (werkblad PDF, werkblad preview, letter preview),
// the CLI's own time per werkblad in a batch on one worker for comparison, 8 clients at once
// (p95 of the werkblad preview, errors, 503s), and resident memory after 100 and after `--requests`
// requests.

import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct ServeBenchOptions {
    var materialen = ""
    var requests = 10_000
    var clients = 8
    var work = NSTemporaryDirectory() + "materialen-bench-serve"
    var json: String?
}

/// One HTTP exchange: status and body length, and how long it took (seconds).
struct Exchange {
    var status: Int
    var bytes: Int
    var seconds: Double
}

/// Sends `body` as a form POST (or a GET without body) to 127.0.0.1:`port` and reads the answer.
func exchange(port: Int, method: String, path: String, form: String? = nil) -> Exchange {
    let start = DispatchTime.now().uptimeNanoseconds
    let failed = Exchange(status: 0, bytes: 0, seconds: 0)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return failed }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return failed }
    let body = Array((form ?? "").utf8)
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    if form != nil { head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.count)\r\n" }
    let request = Array((head + "\r\n").utf8) + body
    var sent = 0
    while sent < request.count {
        let result = request.withUnsafeBytes { send(descriptor, $0.baseAddress! + sent, request.count - sent, 0) }
        guard result > 0 else { return failed }
        sent += result
    }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count <= 0 { break }
        response += buffer[0..<count]
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard response.count > 12, let status = Int(String(decoding: response[9..<12], as: UTF8.self)) else { return failed }
    let separator = Array("\r\n\r\n".utf8)
    var bodyStart = response.count
    if response.count >= 4 {
        for index in 0...(response.count - 4) where Array(response[index..<(index + 4)]) == separator {
            bodyStart = index + 4
            break
        }
    }
    return Exchange(status: status, bytes: response.count - bodyStart, seconds: seconds)
}

/// The resident memory of process `pid` in KiB (VmRSS), 0 when it cannot be read.
func residentKiB(_ pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

/// A free port on 127.0.0.1, found by binding to port 0.
func freePort() -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Runs the serve benchmark and prints its table; returns the figures for the JSON file.
func serveBenchmark(_ options: ServeBenchOptions) -> [String: Double] {
    try? FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
    let port = freePort()
    let server = Process()
    server.executableURL = URL(fileURLWithPath: options.materialen)
    server.arguments = ["serve", "--port", "\(port)"]
    server.currentDirectoryURL = URL(fileURLWithPath: options.work)
    let errors = Pipe()
    server.standardError = errors
    server.standardOutput = FileHandle.nullDevice
    do { try server.run() } catch { fail("cannot start \(options.materialen) serve: \(error)") }
    defer { server.terminate(); server.waitUntilExit() }
    // Wait for "Listening on", then drain the access log so the server never blocks on a full pipe.
    var seen = Data()
    while !String(decoding: seen, as: UTF8.self).contains("Listening on") {
        let chunk = errors.fileHandleForReading.availableData
        if chunk.isEmpty { fail("the server stopped before listening: \(String(decoding: seen, as: UTF8.self))") }
        seen += chunk
    }
    DispatchQueue.global().async { while !errors.fileHandleForReading.availableData.isEmpty {} }

    let werkblad = "naam=Ans+de+Vri%C3%ABs&datum=03-12-2026&arbeidsdeskundige=Noor+Jansen&onderwerpen=Mijn+rug"
    let brief = werkblad + "&tijd=10%3A30&locatie=Utrecht&adres=Lindelaan+4&postcode=3521+AB&plaats=Utrecht"
    for _ in 0..<10 { _ = exchange(port: port, method: "POST", path: "/werkblad/voorbeeld", form: werkblad) }
    func sequential(_ path: String, _ form: String, runs: Int = 30) -> (median: Double, failures: Int) {
        let results = (0..<runs).map { _ in exchange(port: port, method: "POST", path: path, form: form) }
        return (percentile(results.map(\.seconds), 0.5), results.filter { $0.status != 200 }.count)
    }
    let pdf = sequential("/werkblad", werkblad)
    let preview = sequential("/werkblad/voorbeeld", werkblad)
    let letter = sequential("/brief/voorbeeld", brief)

    // The CLI's time per werkblad in a batch on one worker: (N=100 − N=10) / 90.
    func batch(_ count: Int) -> Double {
        let sheet = "\(options.work)/serve-\(count).csv"
        writeWerkbladSheet(count, to: sheet)
        let out = "\(options.work)/serve-out-\(count)"
        let samples = (0..<3).map { _ in
            measure([options.materialen, "werkblad", "--clients", sheet, "-o", out, "--jobs", "1", "--quiet"], output: out).wall
        }
        return median(samples)
    }
    let perDocument = (batch(100) - batch(10)) / 90

    // 8 clients at once, each sending previews one after another.
    let perClient = 25
    let collected = Collected()
    DispatchQueue.concurrentPerform(iterations: options.clients) { _ in
        collected.add((0..<perClient).map { _ in exchange(port: port, method: "POST", path: "/werkblad/voorbeeld", form: werkblad) })
    }
    let concurrent = collected.exchanges
    let p95 = percentile(concurrent.map(\.seconds), 0.95)
    let unavailable = concurrent.filter { $0.status == 503 }.count
    let otherErrors = concurrent.filter { $0.status != 200 && $0.status != 503 }.count

    // Memory over many requests: previews on `clients` connections at once.
    let total = max(200, options.requests)
    let done = Counter()
    let pid = server.processIdentifier
    DispatchQueue.concurrentPerform(iterations: options.clients) { _ in
        while true {
            let index = done.next()
            if index >= total { break }
            _ = exchange(port: port, method: "POST", path: "/werkblad/voorbeeld", form: werkblad)
            if index == 99 { collected.afterHundred = residentKiB(pid) }
        }
    }
    let afterAll = residentKiB(pid)
    let afterHundred = collected.afterHundred

    print("\n## Web page (`materialen serve`, 127.0.0.1, \(ProcessInfo.processInfo.activeProcessorCount) cores)\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print("| werkblad PDF, one request at a time: median | \(ms(pdf.median)) ms (CLI per werkblad in a batch: \(ms(perDocument)) ms) = "
          + "\(ratio(pdf.median / perDocument)) | ≤ 1.3× |")
    print("| werkblad preview (PNG), median | \(ms(preview.median)) ms | ≤ 40 ms |")
    print("| letter preview, median | \(ms(letter.median)) ms | ≤ 120 ms |")
    print("| \(options.clients) clients at once, werkblad preview: p95 | \(ms(p95)) ms; \(unavailable) × 503, \(otherErrors) other errors "
          + "of \(concurrent.count) | ≤ 150 ms, none |")
    print("| resident memory after 100 and after \(total) requests | \(afterHundred / 1024) MiB → \(afterAll / 1024) MiB = "
          + "\(ratio(Double(afterAll) / Double(max(1, afterHundred)))) | ≤ 1.2× |")
    if pdf.failures + preview.failures + letter.failures > 0 {
        print("(failed requests in the sequential runs: PDF \(pdf.failures), preview \(preview.failures), letter \(letter.failures))")
    }
    return [
        "serve_pdf_ms": pdf.median * 1000, "serve_cli_ms_per_doc": perDocument * 1000,
        "serve_pdf_ratio": pdf.median / perDocument, "serve_preview_ms": preview.median * 1000,
        "serve_letter_preview_ms": letter.median * 1000, "serve_p95_8_clients_ms": p95 * 1000,
        "serve_503": Double(unavailable), "serve_errors": Double(otherErrors),
        "serve_memory_ratio": Double(afterAll) / Double(max(1, afterHundred)),
    ]
}

/// What the client threads report, behind a lock.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [Exchange] = []
    private var hundred = 0
    var exchanges: [Exchange] { lock.lock(); defer { lock.unlock() }; return all }
    func add(_ more: [Exchange]) { lock.lock(); all += more; lock.unlock() }
    var afterHundred: Int {
        get { lock.lock(); defer { lock.unlock() }; return hundred }
        set { lock.lock(); hundred = newValue; lock.unlock() }
    }
}

/// Hands out increasing numbers to several threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
