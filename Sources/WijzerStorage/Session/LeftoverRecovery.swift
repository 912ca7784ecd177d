#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SystemPackage
import WijzerScoring

/// Temporary files of saves that a killed process never finished (`.NAME.PID.tmp`, see
/// `DurableFile`): removed at the next start, and a complete session save among them that is
/// newer than the session file takes its place, so its answer is not lost.
///
/// Only the runner holding the session's lock may call this: then no living process is writing
/// these files.
struct LeftoverRecovery {
    let store: SessionStore
    let questionnaireID: String

    /// Cleans up; returns a Dutch note when a newer save was recovered.
    func run() -> [String] {
        let session = store.sessionPath(questionnaireID)
        var notes: [String] = []
        let temps = leftovers(in: store.folder, prefix: ".session-\(questionnaireID).json.")
        // A session Wijzer cannot read is never replaced; its leftovers wait until it is set aside.
        let current: ResultDocument? = (try? FilePath(session).stat()) == nil ? nil : try? ResultFile.read(session)
        let sessionReadable = current != nil || (try? FilePath(session).stat()) == nil
        var best: (path: String, document: ResultDocument)?
        if sessionReadable {
            for temp in temps {
                guard let document = try? ResultFile.read(temp), document.questionnaire.id == questionnaireID,
                      Self.isNewer(document, than: best?.document ?? current) else { continue }
                best = (temp, document)
            }
        }
        if let best, rename(best.path, session) == 0 {
            DurableFile.syncFolder(store.folder)
            notes.append("Wijzer werd de vorige keer midden in het opslaan afgebroken; dat laatste antwoord is teruggehaald.")
        }
        for temp in temps where temp != best?.path || !sessionReadable { unlink(temp) }
        for temp in leftovers(in: store.resultsFolder, prefix: ".\(questionnaireID)-") { unlink(temp) }
        // The anonymous respondent id belongs to the whole folder, not to this questionnaire's
        // lock: its leftovers go only when the process that wrote them is gone.
        for temp in leftovers(in: store.folder, prefix: ".respondent.") where !Self.isRunning(Self.pid(of: temp)) { unlink(temp) }
        return notes
    }

    /// The process id in a leftover's name (`.NAME.PID.tmp`).
    static func pid(of path: String) -> pid_t {
        pid_t(path.dropLast(4).split(separator: ".").last.flatMap { Int32($0) } ?? 0)
    }

    /// Whether process `pid` exists (signal 0 only asks).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Later by its time of saving, or as late with more answers.
    static func isNewer(_ document: ResultDocument, than other: ResultDocument?) -> Bool {
        guard let other else { return true }
        if document.updated != other.updated { return document.updated > other.updated }
        return document.answers.count > other.answers.count
    }

    /// Paths in `folder` named `PREFIX….PID.tmp`.
    private func leftovers(in folder: String, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { return false }
            let pid = name.dropLast(4).split(separator: ".").last ?? ""
            return !pid.isEmpty && pid.allSatisfy(\.isNumber)
        }.sorted().map { "\(folder)/\($0)" }
    }
}
