import Foundation

/// An sRGB colour, written as hex in styles (`#1F2430`), with the WCAG contrast arithmetic that
/// the materials' accessibility checks rely on.
public struct Colour: Sendable, Hashable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// Parses `#RGB`, `#RRGGBB` or `#RRGGBBAA` (the `#` is optional).
    public init(hex: String) throws(TekenaarError) {
        // The common case, `#RRGGBB` in plain ASCII, without Foundation: styles build colours on
        // every page, so this runs thousands of times in a batch.
        if let value = Self.parseASCII(hex) {
            self = value
            return
        }
        var digits = Substring(hex.trimmingCharacters(in: .whitespaces))
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard digits.count == 6 || digits.count == 8,
              digits.allSatisfy(\.isHexDigit),
              let value = UInt64(digits, radix: 16)
        else { throw .invalidColour(hex) }
        let hasAlpha = digits.count == 8
        let rgb = hasAlpha ? value >> 8 : value
        self.red = Double((rgb >> 16) & 0xFF) / 255
        self.green = Double((rgb >> 8) & 0xFF) / 255
        self.blue = Double(rgb & 0xFF) / 255
        self.alpha = hasAlpha ? Double(value & 0xFF) / 255 : 1
    }

    /// `#RRGGBB` or `#RRGGBBAA` (the `#` optional) in ASCII hex digits; nil for anything else, which
    /// the general parser then handles (or rejects) as before.
    private static func parseASCII(_ hex: String) -> Colour? {
        var value: UInt64 = 0
        var count = 0
        var isFirst = true
        for byte in hex.utf8 {
            defer { isFirst = false }
            if isFirst && byte == UInt8(ascii: "#") { continue }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            count += 1
            if count > 8 { return nil }
            value = value << 4 | UInt64(digit)
        }
        guard count == 6 || count == 8 else { return nil }
        let rgb = count == 8 ? value >> 8 : value
        return Colour(red: Double((rgb >> 16) & 0xFF) / 255, green: Double((rgb >> 8) & 0xFF) / 255,
                      blue: Double(rgb & 0xFF) / 255, alpha: count == 8 ? Double(value & 0xFF) / 255 : 1)
    }

    /// For colours written in code, where a typo is a programming error caught by the tests.
    public init(_ hex: StaticString) {
        do { try self.init(hex: hex.description) } catch { preconditionFailure("bad colour literal \(hex)") }
    }

    public static let black = Colour(red: 0, green: 0, blue: 0)
    public static let white = Colour(red: 1, green: 1, blue: 1)

    /// The same colour with another opacity.
    public func opacity(_ alpha: Double) -> Colour { Colour(red: red, green: green, blue: blue, alpha: alpha) }

    public var hex: String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        let base = String(format: "#%02X%02X%02X", byte(red), byte(green), byte(blue))
        return alpha < 1 ? base + String(format: "%02X", byte(alpha)) : base
    }

    public var description: String { hex }

    /// WCAG 2.1 relative luminance.
    public var relativeLuminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.1 contrast ratio between two opaque colours (1…21).
    public func contrastRatio(with other: Colour) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
