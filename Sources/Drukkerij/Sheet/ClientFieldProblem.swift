import Inhoud

/// What is wrong with one client field for a material: typed, so each front-end words it in its
/// own language (the command line in English, the web page in Dutch) from the same check.
public enum ClientFieldProblem: Sendable, Hashable {
    /// The material cannot do without the field, and it is empty.
    case missing
    /// The field has a value that could not be read (a date that is not a date, …); its
    /// `description` says why, in English, as the command line prints it.
    case unreadable(ClientValueProblem)
}

extension Material {
    /// The problems of `row` for this material, per column: required fields that are empty and
    /// printed fields whose value could not be read. Empty when the row is fit. With `inhoud`, a
    /// letter's soort is checked against the content's presets too (without, the letter refuses an
    /// unknown one when it is drawn).
    public func fieldProblems(in row: ClientRow, inhoud: Inhoud? = nil) -> [ClientColumn: ClientFieldProblem] {
        var problems: [ClientColumn: ClientFieldProblem] = [:]
        for column in printedFields {
            if let problem = row.valueProblems[column] { problems[column] = .unreadable(problem) }
        }
        // A BSN is refused in any column, printed by this material or not: it should not be in the sheet.
        for (column, problem) in row.valueProblems where problem == .looksLikeBSN {
            problems[column] = .unreadable(problem)
        }
        if let inhoud {
            for (column, problem) in choiceProblems(of: row.appointment, inhoud: inhoud) { problems[column] = .unreadable(problem) }
        }
        // A value that could not be read (a formula without a result) is said as such, not as empty.
        for column in requiredFields(for: row.appointment) where row.fields[column] == nil && row.valueProblems[column] == nil {
            problems[column] = .missing
        }
        return problems
    }

    /// The values of `appointment` that must name something in `inhoud` and do not (a soort without
    /// a preset), for the columns this material prints: the one check for sheets, forms and options.
    public func choiceProblems(of appointment: Appointment, inhoud: Inhoud) -> [ClientColumn: ClientValueProblem] {
        var problems: [ClientColumn: ClientValueProblem] = [:]
        if printedFields.contains(.soort), let soort = appointment.soort, inhoud.brief.soort(soort) == nil {
            problems[.soort] = .notAChoice(soort, known: inhoud.brief.soorten.map(\.id))
        }
        if printedFields.contains(.form), let form = appointment.form {
            do throws(Inhoud.LetterChoiceError) { _ = try inhoud.inForm(form) } catch {
                problems[.form] = .formNotInContent(form.rawValue, detail: error.description)
            }
        }
        return problems
    }
}
