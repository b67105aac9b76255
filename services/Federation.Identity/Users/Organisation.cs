namespace Federation.Identity.Users;

/// <summary>What an organisation of a city is: it decides what its people may be made.</summary>
public static class OrganisationKinds
{
    /// <summary>A department or bureau of the city (Taipei's Department of Information Technology, the Seoul Digital Foundation).</summary>
    public const string Agency = "agency";
    /// <summary>A startup or another solution provider.</summary>
    public const string Company = "company";
    public const string Research = "research";

    public static readonly IReadOnlyList<string> All = [Agency, Company, Research];
}

public static class OrganisationStatuses
{
    /// <summary>Registered by a company itself, waiting for an agency of the city: its people cannot sign in yet.</summary>
    public const string Pending = "pending";
    public const string Active = "active";
    /// <summary>Stopped by the city: its people cannot sign in; its records stay.</summary>
    public const string Suspended = "suspended";
    /// <summary>A registration an agency refused: kept so that the company can be told why.</summary>
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Pending, Active, Suspended, Rejected];
}

/// <summary>An agency, company or research institute of this node's city: what people, listings and applications belong to.</summary>
public sealed class Organisation
{
    public const int MaxNameLength = 200;

    public Guid Id { get; private set; }
    public string City { get; private set; } = "";
    public string Kind { get; private set; } = "";
    /// <summary>The name in each language the organisation gave (en, zh-TW, ko, ...).</summary>
    public Dictionary<string, string> Names { get; private set; } = [];
    public string? Website { get; private set; }
    public string Status { get; private set; } = OrganisationStatuses.Active;
    /// <summary>Why the city rejected or suspended it, told to its people.</summary>
    public string? StatusReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsActive => Status == OrganisationStatuses.Active;

    /// <summary>The name tokens and other cities see: English where given, else the first language given.</summary>
    public string DisplayName => Names.TryGetValue("en", out var en) ? en : Names.OrderBy(n => n.Key, StringComparer.Ordinal).First().Value;

    public static Organisation Create(string city, string kind, Dictionary<string, string> names, string? website, string status,
        DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), City = city, Kind = kind, Names = names, Website = website, Status = status, CreatedAt = now, UpdatedAt = now };

    public void Change(string kind, Dictionary<string, string> names, string? website, DateTimeOffset now) =>
        (Kind, Names, Website, UpdatedAt) = (kind, names, website, now);

    public void SetStatus(string status, string? reason, DateTimeOffset now) =>
        (Status, StatusReason, UpdatedAt) = (status, reason, now);
}
