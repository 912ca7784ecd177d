extension RespondentID {
    /// A new anonymous respondent id (128 random bits as 32 hex digits), for a self-check that
    /// lives outside a data folder, such as one on `wijzer serve`.
    public static func fresh() -> String { random() }
}
