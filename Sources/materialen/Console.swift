import ArgumentParser
import Foundation

/// Writing to the terminal: results on stdout, warnings, progress and errors on stderr.
enum Console {
    static func out(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("materialen: warning: \(message)\n".utf8))
    }

    /// Something the user should know that is neither a result nor a problem.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("materialen: note: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("materialen: error: \(message)\n".utf8))
    }

    /// Runs a command body, turning any error into one clear message on stderr and exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            Self.error(String(describing: error))
            throw ExitCode.failure
        }
    }
}
