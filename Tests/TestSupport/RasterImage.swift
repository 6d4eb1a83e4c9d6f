import CCairo
import Foundation
import Tekenaar

/// A decoded PNG as 8-bit RGBA pixels, for comparing renders pixel by pixel (snapshot tests,
/// contrast checks on real output). Test-only: it decodes and encodes through cairo directly.
public struct RasterImage: Sendable, Equatable {
    /// cairo could not decode or encode an image.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let width: Int
    public let height: Int
    /// Row-major RGBA bytes, not premultiplied.
    public private(set) var rgba: [UInt8]

    public init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width; self.height = height; self.rgba = rgba
    }

    /// Decodes PNG bytes through cairo.
    public init(png: Data) throws(Failure) {
        final class Source { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let source = Source([UInt8](png))
        let read: cairo_read_func_t = { context, data, length in
            guard let context, let data else { return CAIRO_STATUS_READ_ERROR }
            let source = Unmanaged<Source>.fromOpaque(context).takeUnretainedValue()
            let count = Int(length)
            guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            source.bytes.withUnsafeBufferPointer { buffer in
                data.update(from: buffer.baseAddress! + source.offset, count: count)
            }
            source.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque()) else {
            throw Failure(description: "cairo could not decode the PNG data")
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: "decoding PNG data: " + String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
                for x in 0..<width {
                    let pixel = row[x]  // premultiplied ARGB in native byte order
                    let a = UInt8(pixel >> 24)
                    var r = UInt8((pixel >> 16) & 0xFF), g = UInt8((pixel >> 8) & 0xFF), b = UInt8(pixel & 0xFF)
                    if a > 0 && a < 255 {
                        r = UInt8(min(255, Int(r) * 255 / Int(a)))
                        g = UInt8(min(255, Int(g) * 255 / Int(a)))
                        b = UInt8(min(255, Int(b) * 255 / Int(a)))
                    }
                    let offset = (y * width + x) * 4
                    rgba[offset] = r; rgba[offset + 1] = g; rgba[offset + 2] = b; rgba[offset + 3] = a
                }
            }
        }
        self.init(width: width, height: height, rgba: rgba)
    }

    /// The colour at a pixel.
    public func colour(x: Int, y: Int) -> Colour {
        let offset = (y * width + x) * 4
        return Colour(red: Double(rgba[offset]) / 255, green: Double(rgba[offset + 1]) / 255,
                      blue: Double(rgba[offset + 2]) / 255, alpha: Double(rgba[offset + 3]) / 255)
    }

    /// Encodes as PNG (without a resolution chunk).
    public func png() throws(Failure) -> Data {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw Failure(description: "encoding an image: no surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
                for x in 0..<width {
                    let offset = (y * width + x) * 4
                    let a = UInt32(rgba[offset + 3])
                    let r = UInt32(rgba[offset]) * a / 255, g = UInt32(rgba[offset + 1]) * a / 255, b = UInt32(rgba[offset + 2]) * a / 255
                    row[x] = a << 24 | r << 16 | g << 8 | b
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let write: cairo_write_func_t = { context, data, length in
            guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let status = cairo_surface_write_to_png_stream(surface, write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: "encoding an image: " + String(cString: cairo_status_to_string(status)))
        }
        return Data(sink.bytes)
    }

    /// How two images differ: the share of pixels whose largest channel difference exceeds
    /// `threshold` (0…255), and an image marking those pixels in red over a faded copy of `self`.
    public func difference(from other: RasterImage, threshold: UInt8 = 16) -> (fraction: Double, image: RasterImage)? {
        guard width == other.width, height == other.height else { return nil }
        var marked = [UInt8](repeating: 255, count: rgba.count)
        var differing = 0
        for index in stride(from: 0, to: rgba.count, by: 4) {
            var largest = 0
            for channel in 0..<4 { largest = max(largest, abs(Int(rgba[index + channel]) - Int(other.rgba[index + channel]))) }
            if largest > Int(threshold) {
                differing += 1
                marked[index] = 230; marked[index + 1] = 0; marked[index + 2] = 0
            } else {
                let grey = UInt8(200 + Int(rgba[index]) * 55 / 255)
                marked[index] = grey; marked[index + 1] = grey; marked[index + 2] = grey
            }
        }
        let fraction = rgba.isEmpty ? 0 : Double(differing) / Double(rgba.count / 4)
        return (fraction, RasterImage(width: width, height: height, rgba: marked))
    }
}
