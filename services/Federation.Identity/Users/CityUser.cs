namespace Federation.Identity.Users;

/// <summary>A person of this node. Every person belongs to the node's city and to one of its organisations.</summary>
public sealed class CityUser : IdentityUser
{
    public const int MaxDisplayNameLength = 200;

    public string City { get; set; } = "";

    /// <summary>The organisation they act for: carried in tokens as "org_id" (and its name as "org").</summary>
    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>How the portal and e-mails address them, e.g. "Kim Min-jun".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// False for an invited person until they set a password, and for a deactivated one: neither can sign in.
    /// </summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The language of the e-mails they receive: one of <see cref="MailLanguages"/>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The person's standing as the API shows it.</summary>
    public string Status => IsActive ? "active" : PasswordHash is null ? "invited" : "deactivated";

    public static readonly IReadOnlyList<string> MailLanguages = ["en", "zh-TW", "ko"];
}
