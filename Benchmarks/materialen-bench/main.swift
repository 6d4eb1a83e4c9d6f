// materialen-bench: whole-process benchmark of the `materialen` CLI, side by side with the C
// baseline of ../shared/bench (cairo + Pango, the "physical limit" for the same kind of page).
//
// Every measurement spawns the program, waits for it with wait4 and takes the wall time (monotonic
// clock around spawn..reap), the CPU time and the peak resident memory (ru_maxrss) of the child,
// and the bytes it wrote. Each case runs `--runs` times (median reported) after one warm-up run;
// the cases of one comparison are interleaved round by round (ours, C, ours, C, …) so that a
// machine whose speed drifts affects both alike. Only the ratios mean much on a noisy machine.
//
// usage: materialen-bench [--runs N] [--sizes 1,100,1000] [--quick] [--materialen PATH]
//                         [--baseline PATH] [--work DIR] [--json FILE]
//        materialen-bench profile CALLGRIND_OUT   (share of instructions per shared object)
//        materialen-bench serve [--requests N] [--clients N] [--materialen PATH]   (the web page; see ServeBench.swift)

import Foundation

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Options

struct Options {
    var runs = 5
    var sizes = [1, 100, 1000]
    var materialen = ""
    var baseline: String?
    var work = NSTemporaryDirectory() + "materialen-bench"
    var json: String?
    var letters = true
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = Array(CommandLine.arguments.dropFirst())
    func value(_ name: String) -> String {
        guard !arguments.isEmpty else { fail("\(name) needs a value") }
        return arguments.removeFirst()
    }
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        switch argument {
        case "--runs": options.runs = max(1, Int(value(argument)) ?? 5)
        case "--sizes": options.sizes = value(argument).split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
        case "--quick": options.runs = 3; options.sizes = [1, 100]
        case "--materialen": options.materialen = value(argument)
        case "--baseline": options.baseline = value(argument)
        case "--work": options.work = value(argument)
        case "--json": options.json = value(argument)
        case "--no-letters": options.letters = false
        case "-h", "--help":
            print("usage: materialen-bench [--runs N] [--sizes 1,100,1000] [--quick] [--no-letters] "
                  + "[--materialen PATH] [--baseline PATH] [--work DIR] [--json FILE]\n"
                  + "       materialen-bench profile CALLGRIND_OUT")
            exit(0)
        default: fail("unknown option \(argument)")
        }
    }
    if options.materialen.isEmpty {
        // Beside this executable in the same build folder.
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        options.materialen = here.appendingPathComponent("materialen").path
    }
    if !options.sizes.contains(1) { options.sizes.insert(1, at: 0) }
    options.sizes.sort()
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("materialen-bench: \(message)\n".utf8))
    exit(2)
}

// MARK: - Running one process

struct Sample {
    var wall: Double
    var cpu: Double
    var peakKiB: Int
    var bytes: Int
    var files: Int
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Spawns `arguments` (stdout and stderr to /dev/null), waits, and measures it. `output` is the
/// folder it writes into: emptied before, summed after.
func measure(_ arguments: [String], output: String) -> Sample {
    try? FileManager.default.removeItem(atPath: output)
    try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    let status = posix_spawn(&pid, arguments[0], &actions, nil, cArguments, environ)
    guard status == 0 else { fail("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
    var exitStatus: Int32 = 0
    var usage = rusage()
    while wait4(pid, &exitStatus, 0, &usage) < 0 && errno == EINTR {}
    let wall = now() - start
    guard exitStatus == 0 else { fail("\(arguments.joined(separator: " ")) failed (status \(exitStatus))") }
    let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    var bytes = 0, files = 0
    if let names = FileManager.default.enumerator(atPath: output) {
        for case let name as String in names {
            let path = (output as NSString).appendingPathComponent(name)
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
               name.hasSuffix(".pdf") {
                bytes += size
                files += 1
            }
        }
    }
    return Sample(wall: wall, cpu: cpu, peakKiB: Int(usage.ru_maxrss), bytes: bytes, files: files)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

// MARK: - Cases

struct Case {
    var name: String
    var documents: Int
    var arguments: [String]
    var output: String
    var samples: [Sample] = []

    var wall: Double { median(samples.map(\.wall)) }
    var cpu: Double { median(samples.map(\.cpu)) }
    var peakMiB: Double { median(samples.map { Double($0.peakKiB) / 1024 }) }
    var bytes: Int { samples.last?.bytes ?? 0 }
    var files: Int { samples.last?.files ?? 0 }
}

/// Runs the cases interleaved: one warm-up round, then `runs` rounds of every case in turn.
func runInterleaved(_ cases: inout [Case], runs: Int) {
    for index in cases.indices { _ = measure(cases[index].arguments, output: cases[index].output) }
    for round in 0..<runs {
        for index in cases.indices {
            cases[index].samples.append(measure(cases[index].arguments, output: cases[index].output))
        }
        FileHandle.standardError.write(Data("  round \(round + 1)/\(runs) done\n".utf8))
    }
}

// MARK: - Client sheets (the peers' generator: ../shared/bench/peers/werkblad_data.py)

let firstNames = ["Anouk", "Eefje", "Daniël", "Zoë", "Noël", "Chloë", "Loïs", "Jeroen", "Inês", "Ömer", "Joëlle", "Thijs",
                  "Fatma", "Siebe", "Renée", "Ruben"]
let lastNames = ["van der Meulen-Çelik", "Boerë", "de Vries", "Bakker-Öztürk", "van Dijk", "Šimić", "El Amrani", "de Jong",
                 "Smits-Gonçalves", "IJzerman", "Müller", "Brouwer-Doğan"]
let experts = ["mr. drs. J. de Wit", "R. Oğuz", "drs. M. Hoekstra", "E. Ruïz-Verbeek", "A. Peeters"]
let topics = ["Wat ik nog kan in mijn werk en wat niet meer", "Mijn rugklachten en het reizen naar kantoor", "",
              "Hoe ik weer aan het werk kom na de zomer"]

func client(_ index: Int) -> (name: String, date: String, expert: String) {
    let name = firstNames[index % firstNames.count] + " " + lastNames[(index + index / firstNames.count) % lastNames.count]
    let date = String(format: "2026-%02d-%02d", 1 + (index / 28) % 12, 1 + index % 28)
    return (name, date, experts[index % experts.count])
}

func csvField(_ text: String) -> String {
    text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
}

func writeWerkbladSheet(_ count: Int, to path: String) {
    var text = "naam,datum,arbeidsdeskundige,onderwerpen\n"
    for index in 0..<count {
        let c = client(index)
        text += [c.name, c.date, c.expert, topics[index % topics.count]].map(csvField).joined(separator: ",") + "\n"
    }
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
}

func writeBriefSheet(_ count: Int, to path: String) {
    var text = "naam,datum,tijd,locatie,arbeidsdeskundige,adres,postcode,plaats\n"
    for index in 0..<count {
        let c = client(index)
        let time = String(format: "%02d:%02d", 9 + index % 8, (index % 4) * 15)
        text += [c.name, c.date, time, "Kantoor Utrecht, Stationsplein 12", c.expert, "Lindelaan \(1 + index % 90)",
                 "3511 AB", "Utrecht"].map(csvField).joined(separator: ",") + "\n"
    }
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
}

// MARK: - Report

func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }

func table(_ cases: [Case]) -> String {
    var lines = ["| case | docs | wall median | ms/doc | cpu | peak RSS | bytes/doc |", "|---|---|---|---|---|---|---|"]
    for c in cases {
        let perDocument = c.files > 0 ? c.bytes / max(1, c.documents) : 0
        lines.append("| \(c.name) | \(c.documents) | \(String(format: "%.3f s", c.wall)) | \(ms(c.wall / Double(c.documents))) | "
                     + "\(String(format: "%.3f s", c.cpu)) | \(String(format: "%.1f MiB", c.peakMiB)) | \(perDocument) |")
    }
    return lines.joined(separator: "\n")
}

// MARK: - Profile: share of instructions per shared object in a callgrind output file

func profile(_ path: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["callgrind_annotate", "--threshold=100", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { fail("cannot run callgrind_annotate: \(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var total = 0
    var byObject: [String: Int] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let trimmed = line.drop(while: { $0 == " " })
        guard let space = trimmed.firstIndex(of: " ") else { continue }
        guard let count = Int(trimmed[..<space].replacingOccurrences(of: ",", with: "")) else { continue }
        if trimmed.contains("PROGRAM TOTALS") { total = count; continue }
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { continue }
        var object = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        object = (object as NSString).lastPathComponent
        if let so = object.range(of: ".so") { object = String(object[..<so.lowerBound]) }
        if object.hasPrefix("materialen") { object = "materialen (the project's own Swift code)" }
        byObject[object, default: 0] += count
    }
    guard total > 0 else { fail("no PROGRAM TOTALS in the callgrind_annotate output of \(path)") }
    print("| shared object | instructions | share |\n|---|---|---|")
    for (object, count) in byObject.sorted(by: { $0.value > $1.value }) where count * 1000 >= total {
        print("| \(object) | \(count) | \(String(format: "%.1f %%", 100 * Double(count) / Double(total))) |")
    }
}

// MARK: - Main

if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--write-sheet", let count = Int(CommandLine.arguments[2]) {
    writeWerkbladSheet(count, to: CommandLine.arguments[3])
    exit(0)
}
if CommandLine.arguments.count >= 2, CommandLine.arguments[1] == "serve" {
    var serveOptions = ServeBenchOptions()
    var arguments = Array(CommandLine.arguments.dropFirst(2))
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        guard let value = arguments.first else { fail("\(argument) needs a value") }
        arguments.removeFirst()
        switch argument {
        case "--materialen": serveOptions.materialen = value
        case "--requests": serveOptions.requests = Int(value) ?? serveOptions.requests
        case "--clients": serveOptions.clients = max(1, Int(value) ?? serveOptions.clients)
        case "--work": serveOptions.work = value
        case "--json": serveOptions.json = value
        default: fail("unknown option \(argument) for serve")
        }
    }
    if serveOptions.materialen.isEmpty {
        serveOptions.materialen = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("materialen").path
    }
    let figures = serveBenchmark(serveOptions)
    if let json = serveOptions.json,
       let data = try? JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys, .prettyPrinted]) {
        try? data.write(to: URL(fileURLWithPath: json))
    }
    exit(0)
}
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "profile" {
    profile(CommandLine.arguments[2])
    exit(0)
}

let options = parseOptions()
guard FileManager.default.isExecutableFile(atPath: options.materialen) else {
    fail("no materialen binary at \(options.materialen) (build it with swift build -c release)")
}
let work = options.work
try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
let cores = ProcessInfo.processInfo.activeProcessorCount
let largest = options.sizes.max() ?? 1
var host = utsname()
uname(&host)
let machine = withUnsafeBytes(of: &host.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
let date = ISO8601DateFormatter().string(from: Date())
print("# materialen-bench, \(date), \(cores) cores (\(machine)), median of \(options.runs) runs after one warm-up\n")

for size in options.sizes {
    writeWerkbladSheet(size, to: "\(work)/werkblad_\(size).csv")
    writeBriefSheet(size, to: "\(work)/brief_\(size).csv")
}
writeWerkbladSheet(10, to: "\(work)/werkblad_10.csv")

let me = options.materialen
func werkblad(_ size: Int, jobs: Int, merge: Bool) -> Case {
    let mode = merge ? "merged" : "separate"
    var arguments = [me, "werkblad", "--clients", "\(work)/werkblad_\(size).csv", "-o",
                     merge ? "\(work)/out-w-\(size)-\(mode)-\(jobs)/werkblad.pdf" : "\(work)/out-w-\(size)-\(mode)-\(jobs)",
                     "--quiet", "--jobs", "\(jobs)"]
    if merge { arguments.append("--merge") }
    return Case(name: "werkblad \(mode), \(jobs) worker\(jobs == 1 ? "" : "s")", documents: size, arguments: arguments,
                output: "\(work)/out-w-\(size)-\(mode)-\(jobs)")
}
func brief(_ size: Int, jobs: Int, merge: Bool) -> Case {
    let mode = merge ? "merged" : "separate"
    var arguments = [me, "brief", "--clients", "\(work)/brief_\(size).csv", "-o",
                     merge ? "\(work)/out-b-\(size)-\(mode)-\(jobs)/brief.pdf" : "\(work)/out-b-\(size)-\(mode)-\(jobs)",
                     "--quiet", "--jobs", "\(jobs)"]
    if merge { arguments.append("--merge") }
    return Case(name: "brief \(mode), \(jobs) worker\(jobs == 1 ? "" : "s")", documents: size, arguments: arguments,
                output: "\(work)/out-b-\(size)-\(mode)-\(jobs)")
}
func cBaseline(_ size: Int, merge: Bool) -> Case? {
    guard let baseline = options.baseline else { return nil }
    let output = "\(work)/out-c-\(size)-\(merge ? "merged" : "separate")"
    return Case(name: "C baseline \(merge ? "merged" : "separate")", documents: size,
                arguments: [baseline, "\(size)", output] + (merge ? ["--merged"] : []), output: output)
}

var all: [Int: [Case]] = [:]
var single = Case(name: "one werkblad process (werkblad -o x.pdf --client …)", documents: 1,
                  arguments: [me, "werkblad", "-o", "\(work)/out-single/werkblad.pdf", "--client", "Anouk van der Meulen-Çelik",
                              "--date", "2026-01-01", "--expert", "mr. drs. J. de Wit", "--quiet"],
                  output: "\(work)/out-single")
var singleCases = [single] + [cBaseline(1, merge: false)].compactMap { $0 }
FileHandle.standardError.write(Data("start-up: one werkblad vs C N=1\n".utf8))
runInterleaved(&singleCases, runs: max(options.runs, 5))
single = singleCases[0]

for size in options.sizes + (options.sizes.contains(10) ? [] : [10]) {
    var cases: [Case] = [werkblad(size, jobs: 1, merge: false)]
    if cores > 1 { cases.append(werkblad(size, jobs: cores, merge: false)) }
    if size > 1 { cases.append(werkblad(size, jobs: 1, merge: true)) }
    if size > 1, cores > 1 { cases.append(werkblad(size, jobs: cores, merge: true)) }
    if options.letters && size != 10 {
        cases.append(brief(size, jobs: 1, merge: false))
        if cores > 1 { cases.append(brief(size, jobs: cores, merge: false)) }
        if size > 1 { cases.append(brief(size, jobs: 1, merge: true)) }
        if size > 1, cores > 1 { cases.append(brief(size, jobs: cores, merge: true)) }
    }
    if let c = cBaseline(size, merge: false) { cases.append(c) }
    if size > 1, let c = cBaseline(size, merge: true) { cases.append(c) }
    FileHandle.standardError.write(Data("N=\(size): \(cases.count) cases\n".utf8))
    runInterleaved(&cases, runs: size >= 1000 ? min(options.runs, 3) : options.runs)
    all[size] = cases
}

for size in all.keys.sorted() {
    print("## N = \(size)\n")
    print(table(all[size]!))
    print("")
}
print("## Start-up\n")
print(table(singleCases))
print("")

// Ratios against the C baseline measured in the same run.
@MainActor func find(_ size: Int, _ prefix: String) -> Case? { all[size]?.first { $0.name == prefix } }
print("## Targets (ratios against the C baseline of the same run)\n")
var results: [String: Double] = [:]
let n = largest
if let ours1 = find(1, "werkblad separate, 1 worker"), let oursN = find(n, "werkblad separate, 1 worker") {
    let ourMarginal = (oursN.wall - ours1.wall) / Double(max(1, n - 1))
    let ourPerDocument = oursN.wall / Double(n)
    results["werkblad_ms_per_doc_1_worker"] = ourPerDocument * 1000
    results["werkblad_marginal_ms_1_worker"] = ourMarginal * 1000
    if let c1 = find(1, "C baseline separate"), let cN = find(n, "C baseline separate") {
        let cMarginal = (cN.wall - c1.wall) / Double(max(1, n - 1))
        let cPerDocument = cN.wall / Double(n)
        print("- per document, batch of \(n) on one worker: \(ms(ourPerDocument)) ms vs C \(ms(cPerDocument)) ms = "
              + "**\(ratio(ourPerDocument / cPerDocument))** (target ≤ 1.5×); marginal (N=1→\(n)): \(ms(ourMarginal)) ms vs "
              + "C \(ms(cMarginal)) ms = \(ratio(ourMarginal / cMarginal))")
        results["per_doc_ratio"] = ourPerDocument / cPerDocument
        results["marginal_ratio"] = ourMarginal / cMarginal
    }
    if cores > 1, let all = find(n, "werkblad separate, \(cores) workers") {
        print("- \(cores) workers vs one, batch of \(n): throughput \(ratio(oursN.wall / all.wall)) (target ≥ 1.7×)")
        results["parallel_speed_up"] = oursN.wall / all.wall
    }
    print("- bytes per personalised werkblad PDF: \(oursN.bytes / max(1, oursN.files)) (target ≤ 35 KB = 35,840)"
          + (find(n, "C baseline separate").map { " — C baseline \($0.bytes / max(1, $0.files))" } ?? ""))
    results["bytes_per_werkblad"] = Double(oursN.bytes / max(1, oursN.files))
    if let ten = find(10, "werkblad separate, 1 worker") {
        print("- peak memory, separate: N=\(n) \(String(format: "%.1f", oursN.peakMiB)) MiB vs N=10 "
              + "\(String(format: "%.1f", ten.peakMiB)) MiB = \(ratio(oursN.peakMiB / ten.peakMiB)) (target ≤ 1.2×)")
        results["peak_separate_ratio"] = oursN.peakMiB / ten.peakMiB
    }
    if let mergedN = find(n, "werkblad merged, 1 worker"), let merged10 = find(10, "werkblad merged, 1 worker") {
        print("- peak memory, merged: N=\(n) \(String(format: "%.1f", mergedN.peakMiB)) MiB vs N=10 "
              + "\(String(format: "%.1f", merged10.peakMiB)) MiB = \(ratio(mergedN.peakMiB / merged10.peakMiB)) (target ≤ 1.2×)")
        results["peak_merged_ratio"] = mergedN.peakMiB / merged10.peakMiB
        if cores > 1, let mergedAll = find(n, "werkblad merged, \(cores) workers") {
            print("- merged, \(cores) workers vs one, batch of \(n): throughput \(ratio(mergedN.wall / mergedAll.wall)); "
                  + "peak \(String(format: "%.1f", mergedAll.peakMiB)) MiB (a renderer per worker)")
            results["merged_parallel_speed_up"] = mergedN.wall / mergedAll.wall
        }
    }
    if let letters1 = find(n, "brief separate, 1 worker") {
        let perLetter = letters1.wall / Double(n)
        print("- per letter, batch of \(n) on one worker: \(ms(perLetter)) ms, \(letters1.bytes / max(1, letters1.files)) bytes; "
              + (find(n, "C baseline separate").map { "\(ratio(perLetter / ($0.wall / Double(n)))) the C baseline's werkblad" } ?? ""))
        results["letter_ms_per_doc_1_worker"] = perLetter * 1000
    }
}
if let c1 = singleCases.dropFirst().first {
    print("- one werkblad as a whole process: \(ms(single.wall)) ms vs C N=1 \(ms(c1.wall)) ms = "
          + "**\(ratio(single.wall / c1.wall))** (target ≤ 2×)")
    results["startup_ratio"] = single.wall / c1.wall
}
if options.baseline == nil {
    print("\n(No C baseline: ../shared/bench was not found beside the checkout, so no ratios.)")
}
if let json = options.json, let data = try? JSONSerialization.data(withJSONObject: results, options: [.sortedKeys, .prettyPrinted]) {
    try? data.write(to: URL(fileURLWithPath: json))
}
