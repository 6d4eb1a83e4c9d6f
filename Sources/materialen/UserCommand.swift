import ArgumentParser
import Loket

/// `materialen user …`: the accounts of the hosted web page (`serve --users FILE`).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of the web page when it is hosted (serve --users FILE).",
        discussion: """
            The users file holds one NAME:BCRYPT-HASH line per account, never a password, and is written \
            atomically, readable by its owner only. A new password is read from standard input (one line), \
            or asked twice when standard input is a terminal. A running `serve --users FILE` reads the file \
            again on SIGHUP.
            """,
        subcommands: [Add.self, Remove.self, List.self, Passwd.self])

    /// The `--users FILE` every subcommand needs.
    struct FileOption: ParsableArguments {
        @Option(help: ArgumentHelp("The users file (made by `user add` when it does not exist).", valueName: "file"))
        var users: String
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; the password is read as described above.")
        @Argument(help: ArgumentHelp("The user name: letters, digits and . _ @ -.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try Console.run {
                var users = try UserFile(path: file.users, mayBeMissing: true)
                // Checked before the password is asked for: no typing in vain.
                guard UserName.isValid(name) else { throw UserFileError.invalidName(name) }
                guard users.hash(of: name) == nil else { throw UserFileError.userExists(name: name, path: file.users) }
                try users.add(name, password: try PasswordPrompt.newPassword(for: name))
                try users.write()
                Console.out("added \(name) to \(file.users)")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account; a running server lets it go on SIGHUP (kill -HUP).")
        @Argument(help: ArgumentHelp("The user name.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try Console.run {
                var users = try UserFile(path: file.users)
                try users.remove(name)
                try users.write()
                Console.out("removed \(name) from \(file.users)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the user names, one a line.")
        @OptionGroup var file: FileOption

        func run() throws {
            try Console.run {
                for name in try UserFile(path: file.users).names { Console.out(name) }
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an account a new password.")
        @Argument(help: ArgumentHelp("The user name.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try Console.run {
                var users = try UserFile(path: file.users)
                guard users.hash(of: name) != nil else { throw UserFileError.unknownUser(name: name, path: file.users) }
                try users.setPassword(of: name, to: try PasswordPrompt.newPassword(for: name))
                try users.write()
                Console.out("changed the password of \(name) in \(file.users)")
            }
        }
    }
}
