namespace Federation.Contracts.Catalog;

/// <summary>
/// Why a solution fits a challenge: a kind (<c>domain</c>, <c>words</c>, <c>readiness</c>, <c>verified</c>, <c>awarded</c>,
/// <c>otherCity</c>) and what it rests on (the shared words, the cities that verified it...).
/// </summary>
public record FitReason(string Kind, IReadOnlyList<string> Details);

/// <summary>A solution that fits a challenge, with how well (higher first) and why: GET /api/challenges/{id}/matches.</summary>
public record SolutionMatch(SolutionResponse Solution, int Score, IReadOnlyList<FitReason> Reasons);

/// <summary>An open challenge that a solution fits, with how well and why: GET /api/solutions/{id}/matches.</summary>
public record ChallengeMatch(ChallengeResponse Challenge, int Score, IReadOnlyList<FitReason> Reasons);
