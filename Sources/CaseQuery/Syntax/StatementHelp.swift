/// The help texts of the query language: an overview of every statement, and a topic per
/// statement with its syntax, options and examples (on the seed graph, `taguig-2016`).
public enum StatementHelp {
    /// The statements that have a help topic, in the order the overview lists them.
    public static let statementNames: [String] = [
        "find", "show", "linked", "path", "trace", "why", "timeline", "nodes", "edges",
        "stats", "schema", "warnings", "export", "load", "set", "help", "quit",
    ]

    /// Every help topic: the statements, then `names` and `limit`.
    public static let topicNames: [String] = statementNames + ["names", "limit"]

    /// Other words that lead to a topic (`help who` shows `linked`).
    static let topicAliases: [String: String] = [
        "who": "linked", "who is linked to": "linked", "exit": "quit",
        "format": "set", "set format": "set", "timer": "set", "set timer": "set", "statements": "help",
    ]

    /// Every statement on one line, with an example.
    public static let overview: String = """
        Statements (keywords in any case; a new line or ';' ends a statement):

          find TEXT                                   search names          find kamsteeg
          show NODE                                   one node in full      show IJM
          linked NODE [depth N] [via ...] [type ...]  the nodes around one  linked IJM depth 2
          who is linked to NODE ...                   the same as linked    who is linked to E.D.
          path NODE to NODE [via ...] [max N] [all]   shortest connections  path E.D. to Dutch police
          trace NODE to NODE [via ...]                along edge direction  trace arrest-ed-2016 to trial
          why NODE and NODE                           how two nodes relate  why E.D. and IJM
          timeline [NODE]                             dated events          timeline Taguig
          nodes [TYPE]                                list nodes            nodes person
          edges [TYPE]                                list edges            edges led_to
          stats                                       counts                stats
          schema                                      types in use          schema
          warnings                                    the load's warnings   warnings limit 0
          export dot|svg|png [STATEMENT] [...]        draw a result         export svg linked IJM to ijm.svg
          load PATH                                   load a case graph     load graph/taguig-2016.json
          set format table|json|csv|dot               output format         set format json
          set timer on|off                            time each statement   set timer on
          help [STATEMENT]                            this text, or more    help linked
          quit                                        leave (also: exit)    quit

        Any statement may end with 'limit N' (at most N rows). A NODE is an id, a name or an
        alias, in any case, with or without accents: IJM, henk-jan-kamsteeg, "Henk Jan Kamsteeg".
        Quote a name that contains a keyword. Type 'help STATEMENT' for details, 'help names'
        for how to write names.
        """

    /// The detailed help of a statement or topic: syntax, options and examples; nil when
    /// there is no such topic. Case and extra spaces are ignored; `who` and `exit` lead to
    /// `linked` and `quit`.
    public static func topic(_ name: String) -> String? {
        let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return topics[topicAliases[key] ?? key]
    }
}

extension StatementHelp {
    /// The text of each topic, by name.
    static let topics: [String: String] = [
        "find": """
            find TEXT

            Searches node ids, names and aliases for TEXT, ignoring case and accents: exact
            matches first, then names that start with TEXT, then names that contain it, then
            near misses. TEXT is the rest of the statement, or a quoted string.

            Examples:
              find kamsteeg
              find "politie"
              find filipijnse limit 5
            """,
        "show": """
            show NODE

            Shows one node: its id, type, name, aliases, properties, the edges that touch it,
            and the source quotes that back it.

            Examples:
              show IJM
              show "Henk Jan Kamsteeg"
              show man-34
            """,
        "linked": """
            linked NODE [depth N] [via EDGE_TYPE, ...] [type NODE_TYPE, ...]
            who is linked to NODE [depth N] [via ...] [type ...]

            Lists the nodes within N hops of NODE (default 1), following edges either way,
            nearest first.

            Options:
              depth N                   how many hops to go out
              via EDGE_TYPE, ...        follow only edges of these types
              type NODE_TYPE, ...       list only nodes of these types

            Examples:
              linked IJM depth 2
              who is linked to E.D.
              linked taguig-victims via cares_for, rescued
              linked IJM depth 2 type group, organisation
            """,
        "path": """
            path NODE to NODE [via EDGE_TYPE, ...] [max N] [all]

            Finds the shortest connection between two nodes, following edges either way.
            The first node ends at 'to': quote a name that contains the word 'to'.

            Options:
              via EDGE_TYPE, ...        use only edges of these types
              max N                     look for paths of at most N hops
              all                       every shortest path, not just the first
                                        (as many as limit N lists; limit 0: up to 1000)

            Examples:
              path E.D. to Dutch police
              path Henk Jan Kamsteeg to man-34 all
              path IJM to Taguig via carried_out, located_in max 4
            """,
        "trace": """
            trace NODE to NODE [via EDGE_TYPE, ...]

            Like path, but follows edges only in their direction (source to target): how
            the first node led to the second.

            Examples:
              trace arrest-ed-2016 to trial
              trace "Arrest of E.D." to trial via led_to
            """,
        "why": """
            why NODE and NODE
            why NODE, NODE

            Explains how two nodes are related: the edges between them, or the shortest
            connection, with the source quotes that back each step. Two one-word names need
            no separator (why E.D. IJM); otherwise separate them with 'and' or a comma, or
            quote them.

            Examples:
              why E.D. and IJM
              why "Henk Jan Kamsteeg", man-34
              why ed taguig
            """,
        "timeline": """
            timeline [NODE]

            Lists dated events and operations in date order; with NODE, only those around
            that node.

            Examples:
              timeline
              timeline Taguig
            """,
        "nodes": """
            nodes [TYPE]

            Lists the nodes, or only those of one type (see 'schema' for the types).

            Examples:
              nodes
              nodes person
              nodes event limit 3
            """,
        "edges": """
            edges [TYPE]

            Lists the edges, or only those of one type (see 'schema' for the types).

            Examples:
              edges
              edges led_to
            """,
        "stats": """
            stats

            Counts the nodes and edges, by type.
            """,
        "schema": """
            schema

            Lists the node types and edge types in use, with how often each occurs.
            """,
        "warnings": """
            warnings

            Lists what the load of the graph warned of, in file order, with the file, line,
            column and JSON path of each: nodes that cite no source quote, quotes not found
            verbatim in their documents, documents whose local copy cannot be read. At start
            casegraph shows only the first few of each kind; this lists them all.

            Examples:
              warnings
              warnings limit 0
            """,
        "export": """
            export dot|svg|png [STATEMENT] [with context] [by country] [to FILE]

            Draws the result of STATEMENT (show, linked, path, trace, why, nodes or
            timeline), or of the last statement when none is given, as Graphviz DOT, SVG or
            PNG. SVG and PNG need Graphviz's 'dot' program.

            Options:
              with context              for a path or trace, also draw the neighbours of
                                        the path's nodes, with the path standing out
              by country                group nodes by the country they are located in
              to FILE                   the file to write (quote it if it has spaces)

            Examples:
              export dot linked IJM depth 2
              export svg path E.D. to man-34 with context to chain.svg
              export png linked IJM depth 2 by country to "ijm network.png"
            """,
        "load": """
            load PATH

            Loads a case graph file, replacing the current graph when the file is valid.
            Quote a path that contains spaces.

            Examples:
              load graph/taguig-2016.json
              load "cases/my case.json"
            """,
        "set": """
            set format table|json|csv|dot
            set timer on|off

            `set format` chooses how results are written: aligned text (table), JSON, CSV or
            Graphviz DOT. `set timer on` writes after each statement how long it took, to
            standard error (so JSON output stays clean): binding its names, evaluating it,
            formatting its output. `casegraph --timer` starts with the timer on.

            Examples:
              set format json
              set format table
              set timer on
            """,
        "help": """
            help [STATEMENT]

            Lists the statements, or explains one. Topics: find, show, linked, path, trace,
            why, timeline, nodes, edges, stats, schema, warnings, export, load, set, help,
            quit, names, limit.

            Examples:
              help
              help linked
              help names
            """,
        "quit": """
            quit
            exit

            Leaves casegraph (Ctrl-D does too).
            """,
        "names": """
            Writing names

            A NODE is an id (henk-jan-kamsteeg), a name (Henk Jan Kamsteeg) or an alias
            (Kamsteeg), matched ignoring case and accents. Bare words are joined by single
            spaces and end at a keyword that may follow the name there (to, and, depth, via,
            type, max, all, limit, with, by); quote a name that contains one, with "..." or
            '...' (inside, write \\" or \\\\). Names may hold digits, hyphens, dots and any
            letters: 34-year-old man, E.D., Zoë.

            A '#' starts a comment; a '\\' at the end of a line continues the statement.

            Examples:
              show 34-year-old man
              path "Tip from the Dutch police" to Taguig
              show 'Rescue operation in Taguig'
            """,
        "limit": """
            STATEMENT limit N

            Any statement may end with 'limit N' to show at most N rows (0: no limit).

            Examples:
              nodes limit 10
              linked IJM depth 3 limit 20
            """,
    ]
}
