using Federation.Contracts.Messaging;

namespace Federation.Contracts.Interests;

/// <summary>
/// Body of POST /api/interests: "we want to talk". A startup sends it from its own solution to another city's challenge;
/// an agency from its own city's challenge to another city's solution. The caller's role says which side it is.
/// </summary>
public record ExpressInterestRequest(Guid? SolutionId, string? SolutionCity, Guid? ChallengeId, string? ChallengeCity, string? Message);

/// <summary>Body of POST /api/interests/{id}/accept and /decline: the other side's answer.</summary>
public record AnswerInterestRequest(string? Note);

/// <summary>
/// An interest between a solution and a challenge of two cities. <paramref name="From"/> is the side that expressed it:
/// <c>solution</c> (the company) or <c>challenge</c> (the agency); the other side answers. Status: <c>waiting</c>,
/// <c>accepted</c>, <c>declined</c>.
/// </summary>
public record InterestResponse(
    Guid Id,
    string From,
    Guid SolutionId,
    string SolutionCity,
    IReadOnlyDictionary<string, string> SolutionTitle,
    string SolutionProvider,
    Guid ChallengeId,
    string ChallengeCity,
    IReadOnlyDictionary<string, string> ChallengeTitle,
    string? Message,
    string ExpressedBy,
    DateTimeOffset ExpressedAt,
    string Status,
    string? AnswerNote,
    DateTimeOffset? AnsweredAt,
    Guid? TrialId);

/// <summary>
/// Targeted, to the other side's city and to the secretariat's: an interest was expressed. Both cities keep a copy; the
/// secretariat's is for the network's opportunity report.
/// </summary>
/// <param name="ProviderOrganisationId">The solution's provider in its city's directory: who answers or is told there.</param>
[Targeted]
public record InterestExpressed(
    Guid InterestId,
    string FromCity,
    string From,
    Guid SolutionId,
    string SolutionCity,
    IReadOnlyDictionary<string, string> SolutionTitle,
    string SolutionProvider,
    Guid? ProviderOrganisationId,
    Guid ChallengeId,
    string ChallengeCity,
    IReadOnlyDictionary<string, string> ChallengeTitle,
    string? Message,
    string ExpressedBy,
    DateTimeOffset ExpressedAt);

/// <summary>Targeted, from the answering side's city to the expressing side's and the secretariat's.</summary>
[Targeted]
public record InterestAnswered(Guid InterestId, string AnsweringCity, bool Accepted, string? Note, DateTimeOffset AnsweredAt);
