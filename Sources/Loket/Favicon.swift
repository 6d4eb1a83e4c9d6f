/// The page's icon in the browser's tab: the Gesprekskompas in small, three topic segments around
/// the navy centre, in the kit's own colours (Vormgeving's `Stijl`), drawn as SVG so it stays sharp
/// at every size the browser asks for.
enum Favicon {
    static let path = "/static/favicon.svg"

    /// Three 120° ring segments (the onderwerpen) with gaps, and the centre.
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
        <g fill="none" stroke-width="6">
        <path d="M 17.1 3.0 A 13 13 0 0 1 27.8 21.5" stroke="#11707A"/>
        <path d="M 26.6 23.5 A 13 13 0 0 1 5.4 23.5" stroke="#B4531F"/>
        <path d="M 4.2 21.5 A 13 13 0 0 1 14.9 3.0" stroke="#6A4C93"/>
        </g>
        <circle cx="16" cy="16" r="6" fill="#2E3A59"/>
        </svg>
        """
}
