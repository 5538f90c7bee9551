@testable import CaseGraph
import Testing

@Suite("Place list: compact places that make the same diagnostics")
struct PlaceListTests {
    @Test("places from several files come back with their file, position, line and column")
    func roundTrip() {
        var places = [RecordPlace]()
        for (file, count) in [("a.json", 3), ("b.json", 1), ("a.json", 2)] {
            for index in 0..<count {
                var place = RecordPlace(file: file, section: .edge, index: index, offset: 100 * index)
                place.resolve(line: 10 + index, column: 3 * index + 1)
                places.append(place)
            }
        }
        var list = PlaceList(section: .edge)
        for place in places { list.append(place) }
        #expect(list.count == places.count)
        for (position, place) in places.enumerated() {
            let back = list[position]
            #expect(back.file == place.file && back.index == place.index && back.path == place.path)
            #expect(back.line == place.line && back.column == place.column)
            #expect(back.diagnostic(.warning, "m", path: ".x") == place.diagnostic(.warning, "m", path: ".x"))
        }
    }
}
