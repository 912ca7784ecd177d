import Foundation
import WijzerLanguage

/// Checks `text` as a one-file set named `path`.
public func check(_ text: String, path: String = "test.wijzer") -> Checker.Result {
    Checker.check([SourceFile(path: path, text: text)])
}

/// The findings of `text` as tests compare them: where each starts and ends, and its id
/// (`19:13-19:24 unknown-tip`), without the Dutch message that may be reworded.
public func findings(_ text: String) -> [String] {
    findings(check(text).diagnostics, withPath: false)
}

/// The findings of `engine` in order, as `path:19:13-19:24 unknown-tip` (path left out when
/// `withPath` is false).
public func findings(_ engine: DiagnosticEngine, withPath: Bool = true) -> [String] {
    engine.sorted.map { d in
        let start = engine.location(of: d.span)
        var end = start
        if d.span.file >= 0 { end = engine.location(of: Span(file: d.span.file, start: d.span.end, end: d.span.end)) }
        let place = "\(start.line):\(start.column)-\(end.line):\(end.column) \(d.id)"
        return withPath ? "\(start.path):" + place : place
    }
}

/// A small valid set used as a base for many tests.
public let validSet = """
    questionnaire demo "Demo"
      version "1"

    theme lesgeven "Lesgeven"
      order 1
      opening "Moet je studentes negatieve feedback besparen?"
      knowledge
        Studentes hoeven niet gespaard te worden.

    dimension feedback "Groeigerichte feedback" in lesgeven

    scenario toets "Na de toets" in lesgeven
      situation
        Sanne heeft een 5,2.
      question spaart "Wat zeg je tegen Sanne?"
        why "Correctie helpt bij de volgende toets."
        choice
          a "Dat het vast beter gaat."
            tip groeigericht weight 3
          b "Wat ze al kan en wat ze nog oefent."
            score feedback +2
            strength "Je geeft groeigerichte feedback."
        not-applicable "Ik neem geen toetsen af"
      question hoevaak "Hoe vaak bespreek je alle antwoorden?"
        why "Alle antwoorden bespreken helpt iedereen."
        likert 1..5 "nooit" "zelden" "soms" "vaak" "altijd"
        score feedback scale
        when answer <= 2 and spaart in [a]
          tip groeigericht weight 2

    tip groeigericht "Geef groeigerichte feedback"
      theme lesgeven
      timeframe deze-week
      text "Noem wat al lukt en wat de volgende stap is."
      steps
        - Noem één ding dat lukt.
        - Noem één volgende stap.
      source https://www.vhto.nl/lesgeven/praktische-tips/
      resource "Praktische tips" https://www.vhto.nl/lesgeven/praktische-tips/

    example troost "Troost zonder richting"
      answers toets.spaart = a, toets.hoevaak = 2
      expect tips groeigericht
      expect score lesgeven between 0 and 30

    """
