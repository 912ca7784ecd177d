/// What kind of finding a diagnostic is: a stable name (`unknown-tip`) for tests, tools and
/// documentation, which stays when the Dutch message is reworded.
public struct DiagnosticID: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
}

// Every kind of finding, one id each, in the order a set is checked: reading, parsing,
// declarations, questions, references, conditions, examples, `wijzer test`.
extension DiagnosticID {
    /// A byte that is not part of valid UTF-8.
    public static let invalidUTF8 = DiagnosticID("invalid-utf8")
    /// A string without a closing quote, or a character the language does not use.
    public static let badToken = DiagnosticID("bad-token")
    /// A character that looks like one the language expects but is not (a no-break space,
    /// an invisible character, a typographic quote around a string).
    public static let lookalikeCharacter = DiagnosticID("lookalike-character")
    /// A backslash in a string before anything but `"` or `\`.
    public static let unknownEscape = DiagnosticID("unknown-escape")
    /// A character in a name that is no letter, digit, `-` or `_` (an emoji, a typographic dash).
    public static let badIdentifier = DiagnosticID("bad-identifier")
    /// A tab in a line's indentation.
    public static let tabIndent = DiagnosticID("tab-indent")
    /// Indentation that matches none of the lines above.
    public static let badIndent = DiagnosticID("bad-indent")
    /// The first declaration of a file is indented.
    public static let indentedDeclaration = DiagnosticID("indented-declaration")
    /// Lines nested deeper than the parser follows.
    public static let tooDeepIndent = DiagnosticID("too-deep-indent")
    /// Lines indented under a line that takes none.
    public static let unexpectedIndent = DiagnosticID("unexpected-indent")
    /// Lines indented as text under a text block that already ended.
    public static let afterTextBlock = DiagnosticID("after-text-block")
    /// A line that reads like a field, indented so deep that it would belong to the text above.
    public static let fieldInText = DiagnosticID("field-in-text")
    /// Something else was expected here: a name, text, number, keyword or punctuation.
    public static let expectedSyntax = DiagnosticID("expected-syntax")
    /// A whole number out of range.
    public static let badInteger = DiagnosticID("bad-integer")
    /// Words left at the end of a line.
    public static let trailingToken = DiagnosticID("trailing-token")
    /// A keyword that does not belong where it is written.
    public static let misplacedKeyword = DiagnosticID("misplaced-keyword")
    /// A condition nested deeper than the parser follows.
    public static let tooDeepCondition = DiagnosticID("too-deep-condition")
    /// `and` and `or` mixed without parentheses.
    public static let mixedAndOr = DiagnosticID("mixed-and-or")
    /// A `when` with no indented effects.
    public static let whenWithoutEffects = DiagnosticID("when-without-effects")
    /// A question with two answer kinds.
    public static let secondKind = DiagnosticID("second-kind")
    /// `score x scale` under an option or `when` instead of the question.
    public static let misplacedScaleScore = DiagnosticID("misplaced-scale-score")
    /// A tip's timeframe that is not one of the three.
    public static let unknownTimeframe = DiagnosticID("unknown-timeframe")
    /// A line under `steps` that does not start with `- `.
    public static let badStep = DiagnosticID("bad-step")
    /// A set without a `questionnaire` declaration.
    public static let missingQuestionnaire = DiagnosticID("missing-questionnaire")
    /// A second `questionnaire` declaration in a set.
    public static let duplicateQuestionnaire = DiagnosticID("duplicate-questionnaire")
    /// A theme, dimension, scenario, tip or example id defined twice.
    public static let duplicateID = DiagnosticID("duplicate-id")
    /// A question id defined twice in one scenario.
    public static let duplicateQuestion = DiagnosticID("duplicate-question")
    /// Two themes with the same `order`.
    public static let duplicateOrder = DiagnosticID("duplicate-order")
    /// An option written twice, in a question or an example's list.
    public static let duplicateOption = DiagnosticID("duplicate-option")
    /// A question answered twice in one example.
    public static let duplicateAnswer = DiagnosticID("duplicate-answer")
    /// A field of the `questionnaire` declaration written twice.
    public static let duplicateField = DiagnosticID("duplicate-field")
    /// A theme, tip or resource with an empty title.
    public static let missingTitle = DiagnosticID("missing-title")
    /// An empty question text, option text, strength or step.
    public static let emptyText = DiagnosticID("empty-text")
    /// A required field left out (`version`, `order`, `why`, `text`, `source`...).
    public static let missingField = DiagnosticID("missing-field")
    /// A question without an answer kind.
    public static let missingKind = DiagnosticID("missing-kind")
    /// A scenario without questions.
    public static let emptyScenario = DiagnosticID("empty-scenario")
    /// A choice or multiple-choice question without options.
    public static let noOptions = DiagnosticID("no-options")
    /// A choice question with one option.
    public static let singleOption = DiagnosticID("single-option")
    /// A yes/no question with an option other than `ja` and `nee`.
    public static let badYesNoOption = DiagnosticID("bad-yesno-option")
    /// A scale or number range that is empty or reversed.
    public static let badRange = DiagnosticID("bad-range")
    /// A number question's `step` of zero or less.
    public static let badNumberStep = DiagnosticID("bad-number-step")
    /// A number range whose high end is not a whole number of steps above its low end.
    public static let offGridRange = DiagnosticID("off-grid-range")
    /// A number question with `step` (or decimals) and more steps than a team report can list.
    public static let numberGridTooFine = DiagnosticID("number-grid-too-fine")
    /// A scale with more than 21 points.
    public static let scaleTooLarge = DiagnosticID("scale-too-large")
    /// A scale whose labels do not match its points.
    public static let labelCount = DiagnosticID("label-count")
    /// A reflection question with scores or tips.
    public static let reflectionEffect = DiagnosticID("reflection-effect")
    /// `score x scale` on a question that is not a scale or number.
    public static let scaleScoreKind = DiagnosticID("scale-score-kind")
    /// An option named `nvt` or `skip`, or a number (`1`), which the runner reads as a place.
    public static let reservedOption = DiagnosticID("reserved-option")
    /// A tip weight outside 1 to 100.
    public static let badWeight = DiagnosticID("bad-weight")
    /// `exclusive` on an option of a question that is not multiple choice.
    public static let exclusiveOutsideMultiple = DiagnosticID("exclusive-outside-multiple")
    /// `min` or `max` of a multiple-choice question that cannot hold or limits nothing.
    public static let badSelectionLimits = DiagnosticID("bad-selection-limits")
    /// A question whose answers change nothing.
    public static let ineffectiveQuestion = DiagnosticID("ineffective-question")
    /// A theme without a dimension.
    public static let themeWithoutDimension = DiagnosticID("theme-without-dimension")
    /// A web address that is not a valid http(s) address.
    public static let badURL = DiagnosticID("bad-url")
    /// A dimension with the id of a theme.
    public static let dimensionNamedLikeTheme = DiagnosticID("dimension-named-like-theme")
    /// A question that scores for a dimension of another theme.
    public static let scoreOutsideTheme = DiagnosticID("score-outside-theme")
    /// `not-applicable` on a reflection question.
    public static let notApplicableOnReflection = DiagnosticID("not-applicable-on-reflection")
    /// Raw HTML in a text (Markdown subset, docs/LANGUAGE.md).
    public static let markdownHTML = DiagnosticID("markdown-html")
    /// An image in a text.
    public static let markdownImage = DiagnosticID("markdown-image")
    /// A heading in a text.
    public static let markdownHeading = DiagnosticID("markdown-heading")
    /// `**` or `__` without its closing pair.
    public static let markdownUnclosedStrong = DiagnosticID("markdown-unclosed-strong")
    /// `*` or `_` without its closing pair.
    public static let markdownUnclosedEmphasis = DiagnosticID("markdown-unclosed-emphasis")
    /// A link whose target is not a web address.
    public static let markdownBadLink = DiagnosticID("markdown-bad-link")
    /// A theme name that no theme declares.
    public static let unknownTheme = DiagnosticID("unknown-theme")
    /// A dimension name that no dimension declares.
    public static let unknownDimension = DiagnosticID("unknown-dimension")
    /// An example's score expectation naming no theme or dimension.
    public static let unknownScoreTarget = DiagnosticID("unknown-score-target")
    /// A tip name that no tip declares.
    public static let unknownTip = DiagnosticID("unknown-tip")
    /// A scenario name that no scenario declares.
    public static let unknownScenario = DiagnosticID("unknown-scenario")
    /// A question reference that names no question.
    public static let unknownQuestion = DiagnosticID("unknown-question")
    /// A short question name that several scenarios use.
    public static let ambiguousQuestion = DiagnosticID("ambiguous-question")
    /// An option key the question does not have.
    public static let unknownOption = DiagnosticID("unknown-option")
    /// `nvt` for a question without a not-applicable answer.
    public static let noNotApplicable = DiagnosticID("no-not-applicable")
    /// `answer` in a `show-if`, before the question is answered.
    public static let answerInShowIf = DiagnosticID("answer-in-show-if")
    /// A condition on the question itself or on a later question.
    public static let forwardReference = DiagnosticID("forward-reference")
    /// `has` on a question that is not multiple-choice.
    public static let hasNeedsMultiple = DiagnosticID("has-needs-multiple")
    /// A multiple-choice question compared with `=` or `<` instead of `has` or `in`.
    public static let multipleNeedsHas = DiagnosticID("multiple-needs-has")
    /// `nvt` compared with an operator other than `=`, `!=` or `in`.
    public static let notApplicableComparison = DiagnosticID("not-applicable-comparison")
    /// An order comparison (`<`, `>`...) on a choice or yes/no question.
    public static let badOperator = DiagnosticID("bad-operator")
    /// An option compared with a number, or a number with an option.
    public static let comparisonKindMismatch = DiagnosticID("comparison-kind-mismatch")
    /// A reflection question tested with anything but `is answered` or `is skipped`.
    public static let reflectionCondition = DiagnosticID("reflection-condition")
    /// A condition no answers can make true.
    public static let unsatisfiableCondition = DiagnosticID("unsatisfiable-condition")
    /// A `score` test in a question's condition (only a tip's `when` may test a score).
    public static let scoreConditionOutsideTip = DiagnosticID("score-condition-outside-tip")
    /// Tips that, through `after`, come after themselves.
    public static let tipOrderCycle = DiagnosticID("tip-order-cycle")
    /// A name in a condition that no `condition` declares.
    public static let unknownCondition = DiagnosticID("unknown-condition")
    /// Named conditions that, through each other, use themselves.
    public static let conditionCycle = DiagnosticID("condition-cycle")
    /// A tip no answers can choose.
    public static let unreachableTip = DiagnosticID("unreachable-tip")
    /// `answer` in an example, where no question is current.
    public static let answerInExample = DiagnosticID("answer-in-example")
    /// An example that both expects and excludes a tip.
    public static let contradictoryExpectation = DiagnosticID("contradictory-expectation")
    /// An example's score range outside 0 to 100 or reversed.
    public static let badScoreRange = DiagnosticID("bad-score-range")
    /// An example without answers and expectations.
    public static let emptyExample = DiagnosticID("empty-example")
    /// A multiple-choice answer in an example written without `[...]`.
    public static let multipleNeedsList = DiagnosticID("multiple-needs-list")
    /// A number answer in an example outside the question's range.
    public static let numberOutOfRange = DiagnosticID("number-out-of-range")
    /// A number between a question's steps: an example answer no teacher can give, or a condition
    /// `q = 7.25` on a grid of 0.5 that never holds.
    public static let offGridValue = DiagnosticID("off-grid-value")
    /// An example answer of the wrong kind for its question.
    public static let answerKindMismatch = DiagnosticID("answer-kind-mismatch")
    /// `dont-know` in an example or `is dont-know` in a condition, for a question without that answer;
    /// or `dont-know` on a free-text question.
    public static let noDontKnow = DiagnosticID("no-dont-know")
    /// An example's multiple-choice answer that combines an exclusive option or breaks `min`/`max`.
    public static let impossibleSelection = DiagnosticID("impossible-selection")
    /// An example's answer to a question that the example's other answers hide (its `show-if`,
    /// or its scenario's, does not hold), so the runner would drop it.
    public static let exampleHiddenAnswer = DiagnosticID("example-hidden-answer")
    /// `wijzer test`: an expected tip the example's answers do not choose.
    public static let exampleTipMissing = DiagnosticID("example-tip-missing")
    /// `wijzer test`: an excluded tip the example's answers choose.
    public static let exampleTipUnwanted = DiagnosticID("example-tip-unwanted")
    /// `wijzer test`: an expected score where no answered question counts.
    public static let exampleNoScore = DiagnosticID("example-no-score")
    /// `wijzer test`: a score outside the expected range.
    public static let exampleScoreOutOfRange = DiagnosticID("example-score-out-of-range")

    /// Every id above, in order.
    public static let all: [DiagnosticID] = [
        .invalidUTF8, .badToken, .lookalikeCharacter, .unknownEscape, .badIdentifier, .tabIndent, .badIndent, .indentedDeclaration, .tooDeepIndent,
        .unexpectedIndent, .afterTextBlock, .fieldInText, .expectedSyntax, .badInteger, .trailingToken, .misplacedKeyword,
        .tooDeepCondition, .mixedAndOr, .whenWithoutEffects, .secondKind, .misplacedScaleScore, .unknownTimeframe,
        .badStep, .missingQuestionnaire, .duplicateQuestionnaire, .duplicateID, .duplicateQuestion,
        .duplicateOrder, .duplicateOption, .duplicateAnswer, .duplicateField, .missingTitle, .emptyText, .missingField,
        .missingKind, .emptyScenario, .noOptions, .singleOption, .badYesNoOption, .badRange, .badNumberStep, .offGridRange, .numberGridTooFine, .scaleTooLarge,
        .labelCount, .reflectionEffect, .scaleScoreKind, .reservedOption, .badWeight, .exclusiveOutsideMultiple, .badSelectionLimits, .ineffectiveQuestion,
        .themeWithoutDimension, .badURL, .dimensionNamedLikeTheme, .scoreOutsideTheme, .notApplicableOnReflection, .markdownHTML, .markdownImage, .markdownHeading,
        .markdownUnclosedStrong, .markdownUnclosedEmphasis, .markdownBadLink, .unknownTheme, .unknownDimension, .unknownScoreTarget, .unknownTip,
        .unknownScenario, .unknownQuestion, .ambiguousQuestion, .unknownOption, .noNotApplicable,
        .answerInShowIf, .forwardReference, .hasNeedsMultiple, .multipleNeedsHas, .notApplicableComparison,
        .badOperator, .comparisonKindMismatch, .reflectionCondition, .unsatisfiableCondition, .scoreConditionOutsideTip, .tipOrderCycle, .unknownCondition, .conditionCycle, .unreachableTip,
        .answerInExample, .contradictoryExpectation, .badScoreRange, .emptyExample, .multipleNeedsList,
        .numberOutOfRange, .offGridValue, .answerKindMismatch, .noDontKnow, .impossibleSelection, .exampleHiddenAnswer, .exampleTipMissing, .exampleTipUnwanted, .exampleNoScore,
        .exampleScoreOutOfRange,
    ]
}
