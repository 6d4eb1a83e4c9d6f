import Foundation
import TestSupport
import Testing

@testable import Tekenaar

// Fixtures/cairo-small.png: a 24×16 ARGB image written by cairo_surface_write_to_png (chunks IHDR, bKGD, IDAT, IEND).

@Suite("PNGResolution")
struct PNGResolutionTests {
    /// The complete pHYs chunk for 300 dpi: length 9, "pHYs", 11811 (0x2E23) px/m twice, unit 1, and the
    /// CRC-32 computed independently with Python's zlib.crc32 (0x78A53F76).
    static let phys300: [UInt8] = [
        0x00, 0x00, 0x00, 0x09, 0x70, 0x48, 0x59, 0x73, 0x00, 0x00, 0x2E, 0x23, 0x00, 0x00, 0x2E, 0x23, 0x01,
        0x78, 0xA5, 0x3F, 0x76,
    ]

    @Test func insertsPhysRightAfterIHDR() throws {
        let png = try Self.pngFixture("cairo-small.png")
        #expect(Self.chunkTypes(png) == ["IHDR", "bKGD", "IDAT", "IEND"], "cairo writes no pHYs")
        let output = try PNGResolution.addingResolution(toPNG: png, dpi: 300)
        #expect(Self.chunkTypes(output) == ["IHDR", "pHYs", "bKGD", "IDAT", "IEND"])
        // Signature + IHDR (8 + 25 bytes) unchanged, then the pHYs chunk, then the rest unchanged.
        #expect(Array(output[0..<33]) == Array(png[0..<33]))
        #expect(Array(output[33..<54]) == Self.phys300)
        #expect(Array(output[54...]) == Array(png[33...]))
    }

    @Test(arguments: [(300.0, 11811 as UInt32), (72, 2835), (96, 3780), (150, 5906), (600, 23622), (0.0254, 1)])
    func dotsPerInchToPixelsPerMetre(dpi: Double, perMetre: UInt32) throws {
        #expect(try PNGResolution.pixelsPerMetre(dpi: dpi) == perMetre)
        let output = try PNGResolution.addingResolution(toPNG: try Self.pngFixture("cairo-small.png"), dpi: dpi)
        let data = Array(output[41..<50])
        let expected = [UInt8(perMetre >> 24), UInt8((perMetre >> 16) & 0xFF), UInt8((perMetre >> 8) & 0xFF), UInt8(perMetre & 0xFF)]
        #expect(data == expected + expected + [1])
    }

    @Test func replacesAnExistingPhys() throws {
        let png = try Self.pngFixture("cairo-small.png")
        let at300 = try PNGResolution.addingResolution(toPNG: png, dpi: 300)
        let at72 = try PNGResolution.addingResolution(toPNG: at300, dpi: 72)
        #expect(Self.chunkTypes(at72) == ["IHDR", "pHYs", "bKGD", "IDAT", "IEND"])
        #expect(at72 == (try PNGResolution.addingResolution(toPNG: png, dpi: 72)))
        // A pHYs elsewhere (here: moved to just before IEND) is removed, and the new one goes after IHDR.
        let physChunk = Array(at300[33..<54])
        let moved = Array(png[..<(png.count - 12)]) + physChunk + Array(png[(png.count - 12)...])
        #expect(Self.chunkTypes(moved) == ["IHDR", "bKGD", "IDAT", "pHYs", "IEND"])
        #expect(try PNGResolution.addingResolution(toPNG: moved, dpi: 300) == at300)
    }

    @Test func crc32MatchesKnownValues() {
        #expect(PNGResolution.crc32(Array("IEND".utf8)) == 0xAE42_6082)  // every PNG ends with this CRC
        #expect(PNGResolution.crc32(Array("123456789".utf8)) == 0xCBF4_3926)  // the standard CRC-32 check value
        #expect(PNGResolution.crc32([]) == 0)
    }

    /// pngcheck validates the whole file (CRCs, chunk order, zlib data) and decodes the pHYs chunk.
    @Test func pngcheckAcceptsTheOutput() throws {
        let output = try PNGResolution.addingResolution(toPNG: try Self.pngFixture("cairo-small.png"), dpi: 300)
        let result = try Self.run("pngcheck", ["-v"], file: output)
        #expect(result.contains("chunk pHYs at offset 0x00025, length 9: 11811x11811 pixels/meter (300 dpi)"), "\(result)")
        #expect(result.contains("No errors detected"), "\(result)")
    }

    /// Every chunk's CRC and the zlib stream are verified by Python's zlib, independently of the code under test.
    @Test func pythonZlibAgreesWithEveryChunk() throws {
        let output = try PNGResolution.addingResolution(toPNG: try Self.pngFixture("cairo-small.png"), dpi: 300)
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'signature'
            i, types, idat = 8, [], b''
            while i < len(data):
                n, = struct.unpack('>I', data[i:i+4]); t = data[i+4:i+8]
                body = data[i+8:i+8+n]; crc, = struct.unpack('>I', data[i+8+n:i+12+n])
                assert zlib.crc32(t + body) == crc, 'CRC of ' + t.decode()
                if t == b'pHYs': print('pHYs', *struct.unpack('>IIB', body))
                if t == b'IDAT': idat += body
                types.append(t.decode()); i += 12 + n
            assert i == len(data), 'trailing bytes'
            zlib.decompress(idat)
            print(' '.join(types))
            """
        let result = try Self.run("python3", ["-c", script], file: output)
        #expect(result == "pHYs 11811 11811 1\nIHDR pHYs bKGD IDAT IEND\n")
    }

    @Test(arguments: [0, -72, .nan, .infinity, -.infinity, 1e12, 0.001])
    func invalidResolutionThrows(dpi: Double) throws {
        let png = try Self.pngFixture("cairo-small.png")
        #expect(throws: PNGResolutionError.self) { try PNGResolution.addingResolution(toPNG: png, dpi: dpi) }
    }

    @Test func malformedInputThrows() throws {
        let png = try Self.pngFixture("cairo-small.png")
        var generator = Self.SplitMix64(seed: 3)
        let random = (0..<500).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var badCRC = png
        badCRC[png.count - 20] ^= 0x01  // inside the IDAT data
        var notIHDRFirst = png
        notIHDRFirst.replaceSubrange(12..<16, with: Array("IHDX".utf8))
        let cases: [(String, [UInt8], PNGResolutionError?)] = [
            ("empty", [], .notAPNG),
            ("random", random, .notAPNG),
            ("a PDF", Array("%PDF-1.5\n".utf8), .notAPNG),
            ("signature only", PNGResolution.signature, .invalidStructure("no chunks")),
            ("signature + random", PNGResolution.signature + random, nil),
            ("bad CRC", badCRC, nil),
            ("IHDX first", notIHDRFirst, nil),
            ("data after IEND", png + [0], .invalidStructure("data after IEND")),
            ("no IEND", Array(png[..<(png.count - 12)]), .invalidStructure("no IEND chunk (truncated?)")),
            ("huge length", PNGResolution.signature + [0xFF, 0xFF, 0xFF, 0xFF] + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 20), nil),
        ]
        for (name, bytes, expected) in cases {
            let error = #expect(throws: PNGResolutionError.self, "\(name)") {
                try PNGResolution.addingResolution(toPNG: bytes, dpi: 300)
            }
            if let expected { #expect(error == expected, "\(name)") }
            #expect(error?.description.isEmpty == false)
        }
        // Every truncation throws (and none crashes).
        for length in 0..<png.count {
            #expect(throws: PNGResolutionError.self) { try PNGResolution.addingResolution(toPNG: Array(png[..<length]), dpi: 300) }
        }
    }
}

// MARK: - Helpers

// Members of the suite rather than file-level functions: a private top-level function
// would clash ("invalid redeclaration") with a same-named one in another file of the test target.
extension PNGResolutionTests {
    static func pngFixture(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    /// Runs `tool` (through `Tools.run`: missing or failing, the test fails) with `arguments` plus
    /// the path of a temporary file holding `file`.
    static func run(_ tool: String, _ arguments: [String], file: [UInt8]) throws -> String {
        let directory = try Repository.temporaryDirectory("pngresolution")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("out.png")
        try Data(file).write(to: url)
        return try Tools.run(tool, arguments + [url.path])
    }

    /// Chunk types read with a separate, minimal walker (no CRC check; just lengths).
    static func chunkTypes(_ png: [UInt8]) -> [String] {
        var types: [String] = []
        var offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            types.append(String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }

    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
