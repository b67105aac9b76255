using System.ComponentModel.DataAnnotations;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>Which member city this node belongs to (<c>City:Id</c>).</summary>
public sealed class CityOptions
{
    public const string Section = "City";

    [Required, RegularExpression("^[a-z][a-z0-9-]*$")]
    public string Id { get; set; } = "";
}

/// <summary>Where the federation's member list lives (<c>Federation:MembersFile</c>).</summary>
public sealed class FederationOptions
{
    public const string Section = "Federation";

    [Required]
    public string MembersFile { get; set; } = "";
}

/// <summary>This city's own broker (<c>RabbitMq:*</c>); services never connect to another city's.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "";

    [Required]
    public string Password { get; set; } = "";
}
