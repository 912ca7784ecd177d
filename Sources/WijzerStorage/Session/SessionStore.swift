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
    public func lockPath(_ questionnaireID: String) -> String { "\(folder)/session-\(questionnaireID).lock" }

    /// Makes sure no other Wijzer has this session open, and keeps it that way while the
    /// returned lock lives (see `SessionLock`). Creates the folder when needed.
    public func lock(_ questionnaireID: String, now: Date = Date()) throws(WijzerError) -> SessionLock {
        try DurableFile.ensurePrivateDirectory(folder)
        return try SessionLock.acquire(lockPath(questionnaireID), now: now)
    }
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
    /// unreadable file is moved aside under a name no other file has (never deleted, never
    /// overwritten) and a fresh session starts; when it cannot be moved aside, loading fails
    /// (exit 4) and the file stays exactly as it was.
    /// Leftovers of saves a killed process never finished are cleaned up first (see
    /// `LeftoverRecovery`); so load only while holding the session's lock.
    public func load(_ questionnaire: Questionnaire, stamp: QuestionnaireStamp, now: Date = ResultCodec.now()) throws(WijzerError) -> Loaded {
        let recovered = LeftoverRecovery(store: self, questionnaireID: questionnaire.id).run()
        var loaded = try loadSession(questionnaire, stamp: stamp, now: now)
        loaded.notes = recovered + loaded.notes
        return loaded
    }

    private func loadSession(_ questionnaire: Questionnaire, stamp: QuestionnaireStamp, now: Date) throws(WijzerError) -> Loaded {
        let path = sessionPath(questionnaire.id)
        guard let info = try? FilePath(path).stat() else {
            return Loaded(document: ResultDocument(questionnaire: stamp, now: now), dropped: [], notes: [])
        }
        // Answers are private from the moment the session is opened, not only after the next
        // save (a copied or restored file may be 0644). A failure leaves it to that save.
        if info.type == .regular && info.permissions.rawValue & 0o777 != 0o600 { _ = chmod(path, 0o600) }
        let document: ResultDocument
        do {
            document = try ResultFile.read(path)
        } catch {
            let reason = error.message.hasPrefix(path + ": ") ? String(error.message.dropFirst(path.count + 2)) : error.message
            let aside: String
            do {
                aside = try setAside(path, base: "\(folder)/session-\(questionnaire.id).onleesbaar-\(SessionStore.stamp(now))")
            } catch {
                throw WijzerError(.cannotSave, "\(path): je opgeslagen sessie kan niet worden gelezen (\(reason)), en Wijzer kan het "
                    + "bestand niet opzijzetten (\(error.dutch)). Het bestand blijft onveranderd staan; Wijzer begint niet "
                    + "opnieuw, zodat er niets verloren gaat. Maak de map schrijfbaar of kies een andere map met --data-dir.")
            }
            let note = "Je opgeslagen sessie kon niet worden gelezen (\(reason)). Het bestand staat nu als \(aside); je begint opnieuw."
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

    /// Moves `path` to `base.json` (or `base-2.json`, …), never replacing a file: a hard link
    /// under the new name, then the old name removed. Returns the new path.
    func setAside(_ path: String, base: String) throws(Errno) -> String {
        for n in 1...1000 {
            let aside = n == 1 ? base + ".json" : "\(base)-\(n).json"
            if link(path, aside) == 0 {
                unlink(path)
                return aside
            }
            let failure = Errno(rawValue: errno)
            if failure == .fileExists { continue }
            // File systems without hard links: a rename, after checking the name is free.
            if failure == .notPermitted || failure == .notSupported, (try? FilePath(aside).stat()) == nil, rename(path, aside) == 0 {
                return aside
            }
            throw failure
        }
        throw Errno.fileExists
    }

    /// Saves the session durably (the autosave after every answer).
    public func save(_ document: ResultDocument) throws(WijzerError) {
        try DurableFile.ensurePrivateDirectory(folder)
        try DurableFile.write(ResultCodec.encode(document), to: sessionPath(document.questionnaire.id))
    }

    /// Writes a snapshot of `document` into the results folder as a new file, never replacing
    /// one (a redo finished within the same second gets "-2", "-3", …); returns its path.
    @discardableResult
    public func snapshot(_ document: ResultDocument, at date: Date) throws(WijzerError) -> String {
        try DurableFile.ensurePrivateDirectory(resultsFolder)
        let base = "\(resultsFolder)/\(document.questionnaire.id)-\(SessionStore.stamp(date))"
        let bytes = ResultCodec.encode(try RespondentID.stamped(document, in: folder))
        for n in 1...1000 {
            let path = n == 1 ? base + ".json" : "\(base)-\(n).json"
            if try DurableFile.create(bytes, at: path) { return path }
        }
        throw .file(base + ".json", "kan het bestand niet maken", .fileExists, status: .cannotSave)
    }

    /// Whether a result file in the results folder holds `record` as finished (same answers, same
    /// completion time to the second, as ISO 8601 stores it).
    public func hasSnapshot(of record: ThemeResult, questionnaireID: String) -> Bool {
        guard let done = record.completed,
              let names = try? FileManager.default.contentsOfDirectory(atPath: resultsFolder) else { return false }
        for name in names where name.hasPrefix(questionnaireID + "-") && name.hasSuffix(".json") {
            guard let document = try? ResultFile.read("\(resultsFolder)/\(name)"),
                  let saved = document.themes.first(where: { $0.theme == record.theme }),
                  let savedDone = saved.completed else { continue }
            if abs(savedDone.timeIntervalSince(done)) < 1,
               saved.answers.map(\.question) == record.answers.map(\.question),
               saved.answers.map(\.answer) == record.answers.map(\.answer) { return true }
        }
        return false
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
