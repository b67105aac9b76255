namespace Federation.Catalog.Tests;

/// <summary>Valid requests and replicas that a test changes only where its behaviour lies.</summary>
public static class Samples
{
    public static Dictionary<string, string> En(string text) => new() { ["en"] = text };

    public static SolutionRequest Solution(IReadOnlyDictionary<string, string>? title = null, string domain = "transportation",
        string summary = "Dims itself when nobody is around.") =>
        new(title ?? En($"Smart street lamp {Guid.NewGuid():N}"), En(summary), domain,
            new Provider("Lumen Co.", "https://lumen.example", "taipei"), "pilot", 6, ["lighting", "iot"],
            new Contact("Ada", "ada@lumen.example", "+886 2 1234 5678"));

    public static UpdateSolutionRequest Update(SolutionRequest r, long? version) =>
        new(r.Title, r.Summary, r.Domain, r.Provider, r.Maturity, r.Trl, r.Tags, r.Contact, version);

    public static ChallengeRequest Challenge(IReadOnlyDictionary<string, string>? title = null, string? status = "open") =>
        new(title ?? En($"Flood warning for underpasses {Guid.NewGuid():N}"), En("Warn drivers before water rises."),
            "environment", "Hydraulic Engineering Office", "Xinyi underpass", new DateOnly(2031, 6, 30), status);

    public static UpdateChallengeRequest Update(ChallengeRequest r, long? version) =>
        new(r.Title, r.Description, r.Domain, r.HostAgency, r.Site, r.Deadline, r.Status, version);

    /// <summary>A listing as another city broadcasts it.</summary>
    public static SolutionResponse SolutionOf(string city, IReadOnlyDictionary<string, string> title,
        string summary = "Replicated.", DateTimeOffset? publishedAt = null, long version = 1)
    {
        var at = publishedAt ?? DateTimeOffset.UtcNow;
        return new(Guid.NewGuid(), city, version, title, En(summary), "transportation",
            new Provider("Han River Lights", null, city), "deployed", 8, ["lighting"], null, at, at);
    }

    public static ChallengeResponse ChallengeOf(string city, IReadOnlyDictionary<string, string> title)
    {
        var at = DateTimeOffset.UtcNow;
        return new(Guid.NewGuid(), city, 1, title, En("Replicated."), "security", "Seoul Metropolitan Government",
            "Gangnam", new DateOnly(2031, 1, 31), "open", at, at);
    }
}
