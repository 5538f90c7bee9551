import Foundation
import Testing
@testable import CaseQuery

@Suite("Help")
struct HelpTests {
    @Test func overviewListsEveryStatement() {
        for name in StatementHelp.statementNames {
            #expect(StatementHelp.overview.contains("\n  \(name)"), "\(name)")
        }
        #expect(StatementHelp.overview.contains("linked IJM depth 2"))
        #expect(StatementHelp.overview.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func everyStatementHasATopic() throws {
        for name in StatementHelp.topicNames {
            let topic = try #require(StatementHelp.topic(name), "\(name)")
            #expect(topic.lowercased().contains(name), "\(name)")
        }
        #expect(Set(StatementHelp.statementNames).isSuperset(of: Keyword.statements.map(\.rawValue).filter { $0 != "who" && $0 != "exit" }))
    }

    @Test func topicsIgnoreCaseAndHaveAliases() {
        #expect(StatementHelp.topic("LINKED") == StatementHelp.topic("linked"))
        #expect(StatementHelp.topic("  who ") == StatementHelp.topic("linked"))
        #expect(StatementHelp.topic("exit") == StatementHelp.topic("quit"))
        #expect(StatementHelp.topic("set  format") == StatementHelp.topic("set"))
        #expect(StatementHelp.topic("nope") == nil)
    }

    /// Every example in the help parses.
    @Test func examplesParse() throws {
        for name in StatementHelp.topicNames {
            let text = try #require(StatementHelp.topic(name))
            guard let examples = text.components(separatedBy: "Examples:\n").last, text.contains("Examples:") else { continue }
            for line in examples.split(separator: "\n") {
                let example = line.trimmingCharacters(in: .whitespaces)
                #expect(parseError(example) == nil, "\(name): \(example)")
            }
        }
        for line in StatementHelp.overview.split(separator: "\n") where line.hasPrefix("  ") {
            let example = try #require(line.components(separatedBy: "  ").last { !$0.isEmpty })
            #expect(parseError(example.trimmingCharacters(in: .whitespaces)) == nil, "\(example)")
        }
    }
}
