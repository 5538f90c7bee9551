import CaseGraph

/// A place in a named script — a file given with `-f`, or standard input — as errors show it:
/// `NAME:LINE:COLUMN`, like the graph loader's diagnostics and compilers' errors.
///
/// A statement's own source locations count from its first character; ``locating(_:)``
/// turns one into the script's line and column, given where the statement starts.
///
/// ```swift
/// let start = ScriptPosition(name: "q.cgq", line: 3, column: 8)   // "stats; linked ijm deth 2"
/// start.locating(SourceLocation(offset: 11, line: 1, column: 12)).description   // "q.cgq:3:19"
/// ```
public struct ScriptPosition: Sendable, Hashable, CustomStringConvertible {
    /// The script's name as the user gave it.
    public var name: String
    /// 1-based line and column (in characters).
    public var line: Int
    public var column: Int

    public init(name: String, line: Int, column: Int = 1) {
        self.name = name
        self.line = line
        self.column = column
    }

    /// The script's place of `location`, a location in a text that starts at this position;
    /// this position itself when `location` is nil.
    public func locating(_ location: SourceLocation?) -> ScriptPosition {
        guard let location else { return self }
        return ScriptPosition(name: name, line: line + location.line - 1,
                              column: location.line == 1 ? column + location.column - 1 : location.column)
    }

    /// `NAME:LINE:COLUMN`, the name made terminal-safe.
    public var description: String {
        "\(SafeText.escaped(name)):\(line):\(column)"
    }
}
