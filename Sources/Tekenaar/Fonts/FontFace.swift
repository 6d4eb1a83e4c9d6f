/// The weights Tekenaar knows by name, as OpenType weight classes.
public enum FontWeight: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case light = 300
    case regular = 400
    case medium = 500
    case semibold = 600
    case bold = 700
    case black = 900

    public var description: String {
        switch self {
        case .light: "Light"
        case .regular: "Regular"
        case .medium: "Medium"
        case .semibold: "Semibold"
        case .bold: "Bold"
        case .black: "Black"
        }
    }
}

/// One font file as fontconfig describes it: the unit in which bundled fonts are checked.
public struct FontFace: Sendable, Hashable, CustomStringConvertible {
    /// Every family name the file declares (fontconfig may list several, e.g. "Lato" and "Lato Black").
    public let families: [String]
    public let weight: Int
    public let italic: Bool
    public let file: String

    public var description: String {
        let weightName = FontWeight(rawValue: weight)?.description ?? "weight \(weight)"
        return "\(families.first ?? "?") \(weightName)\(italic ? " Italic" : "")"
    }

    func matches(family: String, weight: FontWeight, italic: Bool) -> Bool {
        self.weight == weight.rawValue && self.italic == italic
            && families.contains { $0.caseInsensitiveCompare(family) == .orderedSame }
    }
}

import Foundation
