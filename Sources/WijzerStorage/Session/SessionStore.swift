import Foundation
import SystemPackage
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Where a teacher's session and result snapshots live, and how they are read and written:
/// `<data-dir>/session-<questionnaire>.json` and `<data-dir>/results/<questionnaire>-<yyyyMMdd-HHmmss>.json`,
/// always through `DurableFile` (files 0600 in 0700 folders).
public struct SessionStore: Sendable {
    public var folder: String

    public init(folder: String) { self.folder = folder }

    /// `$XDG_DATA_HOME/wijzer`, else `$HOME/.local/share/wijzer`; nil without a usable home.
    public static func defaultFolder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/wijzer" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/wijzer"
    }

    public func sessionPath(_ questionnaireID: String) -> String { "\(folder)/session-\(questionnaireID).json" }
    public var resultsFolder: String { folder + "/results" }

    /// A session read back from disk.
    public struct Loaded: Sendable {
        public var document: ResultDocument
        /// Answers dropped because the questionnaire changed.
        public var dropped: [SessionMigration.Dropped]
        /// A Dutch note for the teacher, e.g. that an unreadable file was set aside.
        public var notes: [String]
    }

    /// The saved session for `questionnaire`, fitted to its current form, or a fresh one. An
    /// unreadable file is renamed aside (never deleted) and a fresh session starts.
    public func load(_ questionnaire: Questionnaire, stamp: QuestionnaireStamp, now: Date = Date()) -> Loaded {
        let path = sessionPath(questionnaire.id)
        guard (try? FilePath(path).stat()) != nil else {
            return Loaded(document: ResultDocument(questionnaire: stamp, now: now), dropped: [], notes: [])
        }
        let document: ResultDocument
        do {
            document = try ResultFile.read(path)
        } catch {
            let aside = "\(folder)/session-\(questionnaire.id).onleesbaar-\(SessionStore.stamp(now)).json"
            let moved = rename(path, aside) == 0
            let note = moved
                ? "Je opgeslagen sessie kon niet worden gelezen (\(error.description)). Het bestand staat nu als \(aside); je begint opnieuw."
                : "Je opgeslagen sessie kon niet worden gelezen (\(error.description)); je begint opnieuw."
            return Loaded(document: ResultDocument(questionnaire: stamp, now: now), dropped: [], notes: [note])
        }
        if document.questionnaire == stamp { return Loaded(document: document, dropped: [], notes: []) }
        let (migrated, dropped) = SessionMigration.migrate(document, to: questionnaire, stamp: stamp)
        var notes: [String] = []
        if document.questionnaire.version != stamp.version {
            notes.append("De vragenlijst is bijgewerkt (versie \(document.questionnaire.version) → \(stamp.version)).")
        } else {
            notes.append("De vragenlijst is veranderd sinds je laatste sessie.")
        }
        return Loaded(document: migrated, dropped: dropped, notes: notes)
    }

    /// Saves the session durably (the autosave after every answer).
    public func save(_ document: ResultDocument) throws(WijzerError) {
        try DurableFile.ensurePrivateDirectory(folder)
        try DurableFile.write(ResultCodec.encode(document), to: sessionPath(document.questionnaire.id))
    }

    /// Writes a snapshot of `document` into the results folder; returns its path.
    @discardableResult
    public func snapshot(_ document: ResultDocument, at date: Date) throws(WijzerError) -> String {
        try DurableFile.ensurePrivateDirectory(resultsFolder)
        let path = "\(resultsFolder)/\(document.questionnaire.id)-\(SessionStore.stamp(date)).json"
        try DurableFile.write(ResultCodec.encode(RespondentID.stamped(document, in: folder)), to: path)
        return path
    }

    /// `yyyyMMdd-HHmmss` in local time.
    public static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
    }
}
