import Foundation
import Loket
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new password: typed twice without echo at a terminal, or one line of standard input
/// (for scripts: `echo "$PW" | materialen user add …`).
enum PasswordPrompt {
    static func newPassword(for name: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw UserFileError.noPassword }
            return line
        }
        let first = try hiddenLine(prompt: "Password for \(name): ")
        let second = try hiddenLine(prompt: "The same password again: ")
        guard first == second else { throw UserFileError.passwordsDiffer }
        return first
    }

    /// One line from the terminal with echo off (restored afterwards).
    private static func hiddenLine(prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw UserFileError.noPassword }
        return line
    }
}
