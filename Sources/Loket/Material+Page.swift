import Drukkerij

extension Material {
    /// The material's page on the web page: `/werkblad`, `/brief`, `/kompas`, `/strip`.
    var pagePath: String { "/\(rawValue)" }

    /// What the material is, in one or two plain Dutch sentences, for its card and its page.
    var introduction: String {
        switch self {
        case .kompas:
            "Het ronde kompas ligt tijdens het gesprek op tafel, tussen u en de cliënt. De cliënt kiest waar het gesprek begint."
        case .werkblad:
            "Het werkblad gebruikt u tijdens het gesprek: voorbeeldvragen en ruimte voor aantekeningen, met de naam van de cliënt en de datum erop."
        case .strip:
            "Vier tekeningen die de cliënt vooraf laten zien hoe het gesprek gaat. Voor in een brief of een eigen document."
        case .brief:
            "De uitnodiging voor het gesprek: een zakelijke brief, met een bijlage (de strip en de vragen om zich voor te bereiden)."
        case .bijlage:
            "Voor in uw eigen brief: de strip en de vragen om zich voor te bereiden, op twee bladzijden. Leeg of met de naam van de cliënt."
        case .terugkoppeling:
            "Na het gesprek: wat de cliënt vertelde, per onderwerp, en de afspraken. Met de bouwstenen voor uw rapport."
        }
    }
}
