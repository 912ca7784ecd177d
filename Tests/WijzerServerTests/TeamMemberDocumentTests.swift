import Foundation
import Synchronization
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// Members' documents as a release snapshots them (`TeamMemberDocument`, `TeamSnapshotCodec`):
/// only the session's themes, each line decoding to exactly its document, and an unchanged member
/// neither decoded nor encoded again at the next release.
@Suite struct TeamMemberDocumentTests {
    final class Counter: Sendable {
        let value = Mutex(0)
        var count: Int { value.withLock { $0 } }
    }

    func counting(_ counter: Counter) -> DocumentCache {
        DocumentCache { text in
            counter.value.withLock { $0 += 1 }
            return try DocumentCache.decode(text)
        }
    }

    let all = Bundled.questionnaire.themes.map(\.id.name)

    @Test func aMemberWithOnlyTheSessionsThemesKeepsItsStoredTextAsItsLine() throws {
        var generator = ResultGenerator(questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, seed: 3)
        let text = DocumentCache.encode(generator.document(themes: Array(all.prefix(2))))
        let member = try DocumentCache().member(key: "k", text: text, themes: Array(all.prefix(3)))
        #expect(member.line == text)
        #expect(member.document == (try DocumentCache.decode(text)))
    }

    @Test func aMemberWithOtherThemesShowsOnlyTheSessionsThemes() throws {
        var generator = ResultGenerator(questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, seed: 4)
        let document = generator.document(themes: Array(all.prefix(3)))
        let text = DocumentCache.encode(document)
        let themes = [all[1]]
        let member = try DocumentCache().member(key: "k", text: text, themes: themes)
        #expect(member.document.themes.map(\.theme) == themes)
        #expect(member.line != text && !member.line.contains(all[0]) && !member.line.contains("\n"))
        #expect(try DocumentCache.decode(member.line) == member.document)
        #expect(member == TeamMemberDocument(try DocumentCache.decode(text), themes: themes))
    }

    @Test func anUnchangedMemberIsReusedAndAChangeOrOtherThemesAreSeen() throws {
        var generator = ResultGenerator(questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, seed: 5)
        let counter = Counter()
        let cache = counting(counter)
        let first = DocumentCache.encode(generator.document(themes: Array(all.prefix(2))))
        let member = try cache.member(key: "k", text: first, themes: [all[0]])
        #expect(try cache.member(key: "k", text: first, themes: [all[0]]) == member)
        #expect(try cache.document(key: "k", text: first).themes.count == 2, "the whole document stays as it was stored")
        #expect(counter.count == 1)
        // Another session of the same member asks for other themes.
        #expect(try cache.member(key: "k", text: first, themes: [all[1]]).document.themes.map(\.theme) == [all[1]])
        #expect(counter.count == 1)
        // The member changed an answer: decoded afresh.
        let second = DocumentCache.encode(generator.document(themes: Array(all.prefix(2))))
        let changed = try cache.member(key: "k", text: second, themes: [all[0]])
        #expect(counter.count == 2)
        #expect(changed == TeamMemberDocument(try DocumentCache.decode(second), themes: [all[0]]))
    }

    @Test func aSnapshotDecodesToItsDocumentsAndOnlyNewLinesAreDecoded() throws {
        var generator = ResultGenerator(questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, seed: 6)
        let themes = [all[0]]
        let members = (0 ..< 8).map { _ in TeamMemberDocument(generator.document(themes: Array(all.prefix(2))), themes: themes) }
        let counter = Counter()
        let lines = counting(counter)
        #expect(try TeamSnapshotCodec.decode(TeamSnapshotCodec.encode(Array(members.prefix(5))), lines: lines) == members.prefix(5).map(\.document))
        #expect(counter.count == 5)
        // The next release: the same five and three more.
        #expect(try TeamSnapshotCodec.decode(TeamSnapshotCodec.encode(members), lines: lines) == members.map(\.document))
        #expect(counter.count == 8)
        #expect(try TeamSnapshotCodec.decode(nil, lines: lines).isEmpty && TeamSnapshotCodec.decode("", lines: lines).isEmpty)
        #expect(throws: StoreError.self) { try TeamSnapshotCodec.decode(members[0].line + "\n{\"kapot", lines: TeamSnapshotCodec.lineCache()) }
    }
}
