using Federation.Topology;

namespace Federation.Launcher;

/// <summary>What tye.yaml's {placeholders} stand for, for one city.</summary>
public sealed record CityContext(Member Member, string DataDirectory, string MembersFile, BrokerSecrets Secrets)
{
    public string Fill(string template, int port) => template
        .Replace("{city}", Member.Id)
        .Replace("{data}", DataDirectory)
        .Replace("{members}", MembersFile)
        .Replace("{port}", port.ToString())
        .Replace("{broker.host}", Member.Broker.Host)
        .Replace("{broker.amqpPort}", Member.Broker.AmqpPort.ToString())
        .Replace("{broker.user}", Member.Id)
        .Replace("{broker.password}", Secrets.ServicesPassword(Member.Id));

    public int PortOf(string service) =>
        Member.Services.TryGetValue(service, out var port)
            ? port
            : throw new InvalidDataException($"City '{Member.Id}' has no port for service '{service}' in the member list.");
}
