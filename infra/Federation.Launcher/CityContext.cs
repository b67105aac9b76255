using System.Text.RegularExpressions;
using Federation.Members;
using Federation.Topology;

namespace Federation.Launcher;

/// <summary>What tye.yaml's {placeholders} stand for, for one city.</summary>
public sealed partial record CityContext(Member Member, string DataDirectory, string MembersFile, BrokerSecrets Secrets)
{
    /// <summary>The repository the launcher runs from ({root}).</summary>
    public string Root { get; init; } = "";

    /// <summary>The federation's development mail server ({mail.host}, {mail.smtpPort}); null when tye.yaml has none.</summary>
    public MailEndpoint? Mail { get; init; }

    /// <summary>Fills every placeholder; one left over is a typo in tye.yaml, reported before anything starts.</summary>
    public string Fill(string template, int port)
    {
        var filled = Replace(template, port);
        if (Mail is null && filled.Contains("{mail.", StringComparison.Ordinal))
            throw new InvalidDataException($"tye.yaml: '{template}' uses the mail server, but no service has `kind: smtp4dev`");
        var start = filled.IndexOf('{');
        if (start >= 0 && filled.IndexOf('}', start) is var end and > 0)
            throw new InvalidDataException($"tye.yaml: unknown placeholder {filled[start..(end + 1)]} in '{template}'");
        return filled;
    }

    private string Replace(string template, int port) => OtherPort().Replace(template, m => PortOf(m.Groups[1].Value).ToString())
        .Replace("{city}", Member.Id)
        .Replace("{root}", Root)
        .Replace("{data}", DataDirectory)
        .Replace("{members}", MembersFile)
        .Replace("{port}", port.ToString())
        .Replace("{broker.host}", Member.Broker.Host)
        .Replace("{broker.amqpPort}", Member.Broker.AmqpPort.ToString())
        .Replace("{broker.user}", Member.Id)
        .Replace("{broker.password}", Secrets.ServicesPassword(Member.Id))
        .Replace("{mail.host}", Mail?.Host ?? "{mail.host}")
        .Replace("{mail.smtpPort}", Mail?.SmtpPort.ToString() ?? "{mail.smtpPort}");

    public int PortOf(string service) =>
        Member.Services.TryGetValue(service, out var port)
            ? port
            : throw new InvalidDataException($"City '{Member.Id}' has no port for service '{service}' in the member list.");

    [GeneratedRegex(@"\{port:([a-z]+)\}")]
    private static partial Regex OtherPort();
}

/// <summary>Where the services hand their mail: the one smtp4dev of the local federation.</summary>
public sealed record MailEndpoint(string Host, int SmtpPort);
