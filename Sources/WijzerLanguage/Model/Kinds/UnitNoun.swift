/// A number with its unit, plural by count: "1 les", "2 lessen", "1,5 uur", "1 collega", "3 collega’s".
/// Questionnaires give the unit in the plural; the singular follows the regular Dutch rules
/// where they are safe ("-’s", "-en" after a double consonant or a consonant cluster), and the
/// plural stays where a rule could get it wrong ("uren", "dagen").
enum UnitNoun {
    static func counted(_ n: DecimalNumber, _ unit: String) -> String {
        "\(n.dutch) \(n == 1 ? singular(unit) : unit)"
    }

    static func singular(_ plural: String) -> String {
        for suffix in ["’s", "'s"] where plural.hasSuffix(suffix) { return String(plural.dropLast(2)) }
        guard plural.hasSuffix("en") else { return plural }
        let stem = Array(plural.dropLast(2))
        guard stem.count >= 3 else { return plural }
        let last = stem[stem.count - 1], before = stem[stem.count - 2], third = stem[stem.count - 3]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        if vowels.contains(last) { return plural }
        // "lessen" → "les": a doubled consonant marks a short vowel.
        if last == before { return String(stem.dropLast()) }
        // "docenten" → "docent", "vrouwen" → "vrouw": no vowel to lengthen.
        if !vowels.contains(before) || vowels.contains(third) { return String(stem) }
        return plural
    }
}
