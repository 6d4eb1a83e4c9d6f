// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "materialen",
    platforms: [.macOS(.v14)],  // v14: what Hummingbird 2 needs (we build on Linux)
    products: [
        .executable(name: "materialen", targets: ["materialen"]),
        .executable(name: "materialen-bench", targets: ["materialen-bench"]),
        .library(name: "Tekenaar", targets: ["Tekenaar"]),
        .library(name: "Inhoud", targets: ["Inhoud"]),
        .library(name: "Vormgeving", targets: ["Vormgeving"]),
        .library(name: "Drukkerij", targets: ["Drukkerij"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // Accounts of the hosted page: bcrypt for the users file.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // The peer's address (NIOCore) and the TLS certificate and key (NIOSSL), both already under Hummingbird.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // `/metrics` in Prometheus's text format.
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // libqrencode, for the QR codes Tekenaar draws as vector squares.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // zlib (which cairo uses too), for the compressed object streams of the PDF post-processor.
        // Not named CZlib: ZIPFoundation declares a module of that name on Linux.
        .systemLibrary(
            name: "CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "Tekenaar", dependencies: ["CCairo", "CQRencode", "CSystemZlib"]),
        .target(
            name: "Inhoud",
            dependencies: ["Yams", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources/inhoud.yaml")]
        ),
        .target(name: "Vormgeving", dependencies: ["Tekenaar", "Inhoud"]),
        // Lowers zlib's default level for the whole process, so cairo compresses its PDF streams
        // fast; see its source file. A choice for the application's process, so not part of
        // Tekenaar (an application that embeds Tekenaar keeps zlib as it is) but of Drukkerij, which
        // every front-end and the tests of whole documents link: they all get the same bytes.
        .target(name: "CZlibLevel", dependencies: ["CSystemZlib"]),
        .target(
            name: "Drukkerij",
            dependencies: [
                "Tekenaar", "Inhoud", "Vormgeving", "CZlibLevel", "CSystemZlib",
                .product(name: "CSV", package: "CSV.swift"),
                // Client sheets as .xlsx: the workbook's ZIP archive (its XML parts are read with
                // Foundation's XMLParser).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The web page of the kit (`materialen serve`): a thin front-end on Hummingbird in which
        // every document is a Drukkerij call, so the page gives the CLI's bytes.
        .target(
            name: "Loket",
            dependencies: [
                "Drukkerij", "Inhoud", "Tekenaar",
                // The terugkoppeling's form is written as a notes file and read like one.
                "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                // HTTPS served directly (`--tls-cert`, `--tls-key`).
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                // The batch page's upload (multipart/form-data); its parser, not one of our own.
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .executableTarget(
            name: "materialen",
            dependencies: [
                "Drukkerij", "Tekenaar", "Inhoud", "Vormgeving", "Loket",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: spawns the CLI (and the C baseline of ../shared/bench) and reports wall time,
        // peak memory and bytes per document. Build it with -c release like the CLI it measures.
        .executableTarget(name: "materialen-bench", path: "Benchmarks/materialen-bench"),
        // Shared by the test targets: locating the repository, the bundled fonts, the
        // pixel-comparing snapshot strategy for rendered pages (decoding PNGs through cairo) and qpdf.
        .target(
            name: "TestSupport",
            dependencies: [
                "Tekenaar", "CCairo",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "TekenaarTests", dependencies: ["Tekenaar", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "InhoudTests", dependencies: ["Inhoud"], exclude: ["Fixtures"]),
        .testTarget(name: "VormgevingTests", dependencies: ["Vormgeving", "Inhoud", "Tekenaar", "TestSupport"]),
        .testTarget(
            name: "DrukkerijTests",
            dependencies: ["Drukkerij", "Inhoud", "Tekenaar", "Vormgeving", "TestSupport", "ZIPFoundation"]
        ),
        .testTarget(
            name: "LoketTests",
            dependencies: [
                "Loket", "Drukkerij", "Inhoud", "Tekenaar", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                "ZIPFoundation",
            ]
        ),
        .testTarget(name: "materialenTests", dependencies: ["Drukkerij", "Inhoud", "Tekenaar", "Loket", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
