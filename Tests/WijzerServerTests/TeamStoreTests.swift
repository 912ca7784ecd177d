import Foundation
import SQLiteNIO
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The team session tables: the migration from a database of the first `wijzer serve` (SQLite),
/// and on both stores members kept by digest, releases that cannot overtake each other, closing
/// once, and the purge.
@Suite struct TeamStoreTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    @Test func aDatabaseOfTheFirstServeGetsTheTeamTablesAndKeepsItsSelfChecks() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/wijzer.sqlite"
        let link = PrivateLink.make()
        let document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        // Schema version 1 exactly as the first release created it, with one self-check.
        let raw = try await SQLiteConnection.open(storage: .file(path: path))
        _ = try await raw.query("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
        for statement in StoreSchema.migrations[0].statements { _ = try await raw.query(statement) }
        _ = try await raw.query("INSERT INTO schema_migrations (version, applied) VALUES (1, 'toen')")
        _ = try await raw.query("INSERT INTO self_checks (link, questionnaire, created, updated, document) VALUES (?, ?, 'x', 'x', ?)",
                                [.text(link), .text(stamp.id), .text(String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self))])
        try await raw.close()

        let store = try await SQLiteAnswerStore.open(path: path)
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.load(link: link, questionnaire: stamp.id) == document)
        let session = TeamSessionRecord(id: "s1", questionnaire: stamp.id, themes: ["a", "b"], minimumGroup: 5,
                                        joinCode: "KX7P-M3QD", created: Date(timeIntervalSince1970: 1_800_000_000))
        try await store.createSession(session, facilitatorDigest: LinkDigest.of("f"))
        #expect(try await store.addMember(session: "s1", link: link, at: Date(), brought: false))
        try await store.close()

        let again = try await SQLiteAnswerStore.open(path: path)
        #expect(try await again.session(joinCode: "KX7P-M3QD") == session)
        #expect(try await again.sessions(member: link).map(\.id) == ["s1"])
        #expect(try await again.members(session: "s1", questionnaire: stamp.id, themes: ["a", "b"], markedFinishedOnly: false).map(\.document) == [document])
        try await again.close()
    }

    @Test(arguments: StoreKind.allCases)
    func releasesDoNotOvertakeEachOtherAndASessionClosesOnce(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.openTeamStore()
        let session = TeamSessionRecord(id: "s1", questionnaire: stamp.id, themes: ["a"], minimumGroup: 3,
                                        joinCode: JoinCode.make(), created: Date())
        try await store.createSession(session, facilitatorDigest: LinkDigest.of("f"))
        await #expect(throws: StoreError.duplicate) {
            try await store.createSession(session, facilitatorDigest: LinkDigest.of("g"))
        }
        let documents = (0 ..< 3).map { ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000 + Double($0))) }
        let links = (0 ..< 3).map { _ in PrivateLink.make() }
        for (link, document) in zip(links, documents) {
            try await store.create(link: link, document: document)
            #expect(try await store.addMember(session: "s1", link: link, at: Date(), brought: false))
        }
        #expect(try await !store.addMember(session: "s1", link: links[0], at: Date(), brought: false))
        #expect(try await store.sessions(member: links[1]).map(\.id) == ["s1"])
        #expect(try await store.sessions(member: PrivateLink.make()).isEmpty)
        // Members are kept only as the digest of their link, never the link.
        let stored = try await fixture.raw("SELECT link_hash FROM team_members ORDER BY link_hash")
        #expect(stored == links.map(LinkDigest.of).sorted())
        let members = try await store.members(session: "s1", questionnaire: stamp.id, themes: ["a"], markedFinishedOnly: false)
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id).joined == 3)
        #expect(members.map(\.document) == zip(links, documents).sorted { LinkDigest.of($0.0) < LinkDigest.of($1.0) }.map(\.1))
        // A release reads only the members marked finished, in the same order as `members`.
        #expect(try await store.members(session: "s1", questionnaire: stamp.id, themes: ["a"], markedFinishedOnly: true).isEmpty)
        try await store.setFinished(session: "s1", link: links[2], true)
        try await store.setFinished(session: "s1", link: links[0], true)
        let marked = try await store.members(session: "s1", questionnaire: stamp.id, themes: ["a"], markedFinishedOnly: true)
        #expect(marked.map(\.document) == members.map(\.document).filter { $0 == documents[0] || $0 == documents[2] })
        #expect(marked.count == 2)
        try await store.setFinished(session: "s1", link: links[0], false)
        #expect(try await store.members(session: "s1", questionnaire: stamp.id, themes: ["a"], markedFinishedOnly: true).map(\.document) == [documents[2]])
        #expect(try await store.releasedView(session: "s1") == nil, "nothing released yet")
        #expect(try await store.release(session: "s1", expected: 0, released: 3, snapshot: members, html: "<p>drie</p>"))
        // A second request that also saw 0 finished loses: the first release stands.
        #expect(try await !store.release(session: "s1", expected: 0, released: 4, snapshot: members, html: "<p>vier</p>"))
        #expect(try await store.session(facilitatorDigest: LinkDigest.of("f"))?.released == 3)
        let view = try await store.releasedView(session: "s1")
        #expect(view?.released == 3 && view?.html == "<p>drie</p>")
        #expect(try await store.releasedView(session: "onbekend") == nil)
        #expect(try await store.snapshot(session: "s1") == members.map(\.document))
        let report = FrozenTeamReport(markdown: "# r", html: "<p>r</p>", scores: "s", answers: "a")
        #expect(try await store.close(session: "s1", at: Date(), report: report, snapshot: members))
        #expect(try await !store.close(session: "s1", at: Date(), report: FrozenTeamReport(markdown: "", html: "", scores: "", answers: ""),
                                       snapshot: []))
        let closed = try #require(try await store.session(facilitatorDigest: LinkDigest.of("f")))
        #expect(closed.state == .closed && closed.report == report)
        #expect(try await !store.release(session: "s1", expected: 3, released: 6, snapshot: members, html: "<p>zes</p>"))
        // Closed, the view shows the frozen report: the last release's is not kept beside it.
        #expect(try await store.releasedView(session: "s1") == nil)
        #expect(try await store.purge(closedBefore: Date().addingTimeInterval(-3600)) == 0)
        #expect(try await store.purge(closedBefore: Date().addingTimeInterval(3600)) == 1)
        #expect(try await store.snapshot(session: "s1").isEmpty)
        let purged = try #require(try await store.session(facilitatorDigest: LinkDigest.of("f")))
        #expect(purged.report == report && purged.purged)
        #expect(try await store.load(link: links[0], questionnaire: stamp.id) == nil)
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id).joined == 0)
        #expect(try await store.members(session: "s1", questionnaire: stamp.id, themes: ["a"], markedFinishedOnly: false).isEmpty)
        #expect(try await store.purge(closedBefore: Date().addingTimeInterval(3600)) == 0)
        try await store.close()
    }

    /// A teacher who brings her own self-check to a team meeting keeps it: the purge deletes
    /// the self-checks started by joining, and of a brought one only its membership.
    @Test(arguments: StoreKind.allCases)
    func thePurgeLeavesTheSelfChecksMembersBrought(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.openTeamStore()
        let closed = Date().addingTimeInterval(-7200)
        for id in ["s1", "s2"] {
            try await store.createSession(TeamSessionRecord(id: id, questionnaire: stamp.id, themes: ["a"], minimumGroup: 3,
                                                            joinCode: JoinCode.make(), created: closed), facilitatorDigest: LinkDigest.of(id))
        }
        let (started, brought, both) = (PrivateLink.make(), PrivateLink.make(), PrivateLink.make())
        for link in [started, brought, both] { try await store.create(link: link, document: ResultDocument(questionnaire: stamp)) }
        #expect(try await store.addMember(session: "s1", link: started, at: closed, brought: false))
        #expect(try await store.addMember(session: "s1", link: brought, at: closed, brought: true))
        // Started by joining s2, then brought to s1: it goes with s2's answers, not with s1's.
        #expect(try await store.addMember(session: "s2", link: both, at: closed, brought: false))
        #expect(try await store.addMember(session: "s1", link: both, at: closed, brought: true))
        #expect(try await store.isDeletedWithSession(member: started))
        #expect(try await !store.isDeletedWithSession(member: brought))
        #expect(try await store.isDeletedWithSession(member: both))
        #expect(try await !store.isDeletedWithSession(member: PrivateLink.make()))

        let report = FrozenTeamReport(markdown: "# r", html: "<p>r</p>", scores: "s", answers: "a")
        #expect(try await store.close(session: "s1", at: closed, report: report, snapshot: []))
        #expect(try await store.purge(closedBefore: Date()) == 1)
        #expect(try await store.load(link: started, questionnaire: stamp.id) == nil)
        #expect(try await store.load(link: brought, questionnaire: stamp.id) != nil)
        #expect(try await store.load(link: both, questionnaire: stamp.id) != nil)
        // Nothing ties the brought self-check to the purged session any more.
        #expect(try await store.sessions(member: brought).isEmpty)
        #expect(try await store.sessions(member: both).map(\.id) == ["s2"])
        #expect(try await fixture.raw("SELECT session FROM team_members") == ["s2"])

        #expect(try await store.close(session: "s2", at: closed, report: report, snapshot: []))
        #expect(try await store.purge(closedBefore: Date()) == 1)
        #expect(try await store.load(link: both, questionnaire: stamp.id) == nil)
        #expect(try await store.load(link: brought, questionnaire: stamp.id) != nil)
        try await store.close()
    }

    /// Start pages ask for their sessions at once (on PostgreSQL in one statement): each link
    /// gets its own sessions, oldest first, and one in none gets none, also when asked twice at once.
    @Test(arguments: StoreKind.allCases)
    func manyMembersAskedAtOnceEachGetTheirOwnSessions(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.openTeamStore()
        let ids = ["s-c", "s-a", "s-b"]
        for (i, id) in ids.enumerated() {
            let session = TeamSessionRecord(id: id, questionnaire: stamp.id, themes: ["a"], minimumGroup: 3, joinCode: JoinCode.make(),
                                            created: Date(timeIntervalSince1970: 1_800_000_000 + Double(i) * 60))
            try await store.createSession(session, facilitatorDigest: LinkDigest.of(id))
        }
        let links = (0 ..< 30).map { _ in PrivateLink.make() }
        /// Link `i` is in the sessions whose bit is set in `i`: none, one, two or all three.
        func sessions(of i: Int) -> [String] { ids.indices.filter { (i >> $0) & 1 == 1 }.map { ids[$0] } }
        for (i, link) in links.enumerated() {
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
            for id in sessions(of: i) { #expect(try await store.addMember(session: id, link: link, at: Date(), brought: false)) }
        }
        let asked = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for i in Array(links.indices) + Array(0 ..< 8) {
                group.addTask { (i, try await store.sessions(member: links[i]).map(\.id)) }
            }
            return try await group.reduce(into: [(Int, [String])]()) { $0.append($1) }
        }
        #expect(asked.count == 38)
        // Oldest first: in the order they were created, not by id.
        for (i, found) in asked { #expect(found == sessions(of: i), "link \(i)") }
        try await store.close()
    }
}
