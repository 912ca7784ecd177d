import Foundation
import WijzerScoring

/// The plan's "Volgende zelfcheck": when to look at your practice again, and how to compare then.
///
/// How to compare depends on where the teacher works: a plan made in the browser must not send
/// its reader to a terminal command. The sentence is written once, here, in pieces, and each
/// renderer marks the pieces up its own way (`markdown`, `html`).
public struct NextCheck: Sendable, Hashable {
    /// Where the teacher compares a later self-check with this one.
    public enum Place: Sendable, Hashable {
        /// In the terminal, with `wijzer compare` (the runner and `wijzer plan`).
        case terminal
        /// In the browser (`wijzer serve`): under the new self-check's plan, with this one's link.
        case browser
    }

    /// A piece of the sentence.
    public enum Piece: Sendable, Hashable {
        case text(String)
        /// The date to look again (emphasised).
        case date(String)
        /// A command to type (as code).
        case command(String)
    }

    public var date: Date
    public var place: Place

    /// Three months after `last`, the last theme finished (or the last change).
    public init(after last: Date, place: Place) {
        date = Calendar(identifier: .gregorian).date(byAdding: .month, value: 3, to: last) ?? last
        self.place = place
    }

    public var sentence: [Piece] {
        let when: [Piece] = [.text("Kijk rond "), .date(DutchDate.long(date)), .text(" opnieuw met Wijzer naar je praktijk")]
        switch place {
        case .terminal:
            return when + [.text(" en vergelijk met "), .command("wijzer compare"), .text(".")]
        case .browser:
            return when + [.text(". Begin dan een nieuwe zelfcheck en plak onder dat actieplan je persoonlijke link van nu, "
                + "bij ‘Vergelijk met een eerdere zelfcheck’: zo zie je wat er veranderd is.")]
        }
    }

    /// The sentence as Markdown: the date in bold, a command as code.
    public var markdown: String {
        sentence.enumerated().map { i, piece in
            switch piece {
            case .text(let text): Escape.markdownText(text, atLineStart: i == 0)
            case .date(let date): "**\(Escape.markdownText(date, atLineStart: false))**"
            case .command(let command): "`\(command)`"
            }
        }.joined()
    }

    /// The sentence as HTML: the date in `<strong>`, a command in `<code>`.
    public var html: String {
        sentence.map { piece in
            switch piece {
            case .text(let text): Escape.html(text)
            case .date(let date): "<strong>\(Escape.html(date))</strong>"
            case .command(let command): "<code>\(Escape.html(command))</code>"
            }
        }.joined()
    }
}
