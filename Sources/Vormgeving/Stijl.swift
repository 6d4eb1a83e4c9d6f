import Tekenaar

/// The one place for the kit's visual language: palette, type scale, spacing, shapes. Every
/// material takes its colours, faces and sizes from here so that compass, werkblad, strip and
/// letter visibly belong together. The values come from `shared/docs/visual-style.md`; the
/// contrast and colour-blindness checks on them are tests.
public enum Stijl {
    /// The colours of one part of the method: a strong colour for fills (white text on it), a
    /// text shade for coloured text on the tint, and a light tint for backgrounds (ink on it).
    public struct Colours: Sendable, Hashable {
        public let strong: Colour
        public let text: Colour
        public let tint: Colour
    }

    /// The four parts of the method that have a colour and a pictogram: the centre and the three
    /// onderwerpen (named by their default ids).
    public enum Part: String, Sendable, CaseIterable {
        case centre, ervaringen, behoeften, toekomst
    }

    public static func colours(_ part: Part) -> Colours {
        switch part {
        case .centre: Colours(strong: Colour("#2E3A59"), text: Colour("#2E3A59"), tint: Colour("#E6E9F1"))
        case .ervaringen: Colours(strong: Colour("#11707A"), text: Colour("#0E6470"), tint: Colour("#DDF0F1"))
        case .behoeften: Colours(strong: Colour("#B4531F"), text: Colour("#9C4619"), tint: Colour("#FBE9DD"))
        case .toekomst: Colours(strong: Colour("#6A4C93"), text: Colour("#6A4C93"), tint: Colour("#ECE5F4"))
        }
    }

    /// Body text.
    public static let ink = Colour("#1F2430")
    /// Secondary text (labels, hints); still ≥ 4.5:1 on white and on every tint.
    public static let inkSoft = Colour("#4A5163")
    /// Hairlines and writing lines: quiet, but ≥ 3:1 against white (WCAG for graphics) so they
    /// survive a pale office printer.
    public static let rule = Colour("#7C8496")
    /// Writing lines on a tint: darker, so they keep about the contrast `rule` has on white.
    public static let ruleOnTint = Colour("#5F6778")
    public static let paper = Colour.white

    // MARK: Type

    /// Body text and questions.
    public static let bodyFamily = "Andika"
    /// Titles, headings and compass labels.
    public static let headingFamily = "Lato"

    /// The type scale for A4 material; `scaled(_:)` derives other paper sizes from it.
    public struct TypeScale: Sendable, Hashable {
        public var title: TextStyle
        public var subtitle: TextStyle
        public var heading: TextStyle
        public var subheading: TextStyle
        public var body: TextStyle
        public var bodyBold: TextStyle
        public var small: TextStyle
        public var label: TextStyle

        /// Every size multiplied by `factor` (A3 is √2 × A4).
        public func scaled(_ factor: Double) -> TypeScale {
            TypeScale(title: title.sized(title.size * factor), subtitle: subtitle.sized(subtitle.size * factor),
                      heading: heading.sized(heading.size * factor), subheading: subheading.sized(subheading.size * factor),
                      body: body.sized(body.size * factor), bodyBold: bodyBold.sized(bodyBold.size * factor),
                      small: small.sized(small.size * factor), label: label.sized(label.size * factor))
        }
    }

    public static let a4 = TypeScale(
        title: TextStyle(family: headingFamily, weight: .black, size: 24, colour: colours(.centre).strong, lineHeight: 1.15),
        subtitle: TextStyle(family: bodyFamily, size: 12, colour: inkSoft, lineHeight: 1.35),
        heading: TextStyle(family: headingFamily, weight: .bold, size: 14, colour: colours(.centre).strong, lineHeight: 1.2),
        subheading: TextStyle(family: headingFamily, weight: .bold, size: 12, colour: ink, lineHeight: 1.2),
        body: TextStyle(family: bodyFamily, size: 11, colour: ink, lineHeight: 1.35),
        bodyBold: TextStyle(family: bodyFamily, weight: .bold, size: 11, colour: ink, lineHeight: 1.35),
        small: TextStyle(family: bodyFamily, size: 9, colour: inkSoft, lineHeight: 1.3),
        label: TextStyle(family: headingFamily, weight: .bold, size: 8.5, colour: inkSoft, lineHeight: 1.2, letterSpacing: 0.4))

    // MARK: Space and shape (millimetres)

    /// The spacing scale: use these steps, not arbitrary distances.
    public enum Space {
        public static let xs = 2.0
        public static let s = 4.0
        public static let m = 6.0
        public static let l = 8.0
        public static let xl = 12.0
        public static let xxl = 16.0
        public static let xxxl = 24.0
    }

    public static let cornerRadius = 3.0
    public static let hairline = 0.35
    public static let emphasisLine = 0.7
    /// The distance between writing lines: room for normal handwriting.
    public static let writingLinePitch = 8.5
}
