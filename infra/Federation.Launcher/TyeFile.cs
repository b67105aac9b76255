using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Federation.Launcher;

/// <summary>The subset of the Project Tye format that tye.yaml uses, plus <c>members</c> and <c>data</c>.</summary>
public sealed class TyeFile
{
    public string Name { get; set; } = "";
    public string Members { get; set; } = "infra/members.yaml";
    public string Data { get; set; } = ".data";
    public List<TyeService> Services { get; set; } = [];

    public static TyeFile Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        TyeFile file;
        try
        {
            file = deserializer.Deserialize<TyeFile?>(File.ReadAllText(path)) ?? new TyeFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path} ({e.Start}): {e.InnerException?.Message ?? e.Message}", e);
        }
        foreach (var duplicate in file.Services.GroupBy(s => s.Name).Where(g => g.Count() > 1))
            throw new InvalidDataException($"{path}: service '{duplicate.Key}' is listed more than once");
        foreach (var service in file.Services)
        {
            if (service.Kind is not null && service.Project is not null)
                throw new InvalidDataException($"{path}: service '{service.Name}' has both `project:` and `kind:`");
            if (string.IsNullOrWhiteSpace(service.Name))
                throw new InvalidDataException($"{path}: a service has no name");
            if (service.Kind is null && service.Project is null)
                throw new InvalidDataException($"{path}: service '{service.Name}' needs `project:`, `kind: rabbitmq` or `kind: smtp4dev`");
            if (service.Kind is not null and not ("rabbitmq" or "smtp4dev"))
                throw new InvalidDataException($"{path}: service '{service.Name}' has unknown kind '{service.Kind}'");
        }
        if (file.Services.Count(s => s.Kind == "smtp4dev") > 1)
            throw new InvalidDataException($"{path}: one `kind: smtp4dev` serves the whole federation; more are listed");
        return file;
    }
}

public sealed class TyeService
{
    public string Name { get; set; } = "";
    public string? Kind { get; set; }
    public string? Project { get; set; }
    public string? Health { get; set; }

    /// <summary>For <c>kind: smtp4dev</c>: its SMTP and web inbox ports on 127.0.0.1 (0 or absent: a free one).</summary>
    public int? SmtpPort { get; set; }

    public int? WebPort { get; set; }

    /// <summary>For <c>kind: rabbitmq</c>: each broker's TLS files; absent: the launcher's local CA issues them in the data folder.</summary>
    public TyeTls? Tls { get; set; }

    public List<TyeEnv> Env { get; set; } = [];
}

/// <summary>Paths of a broker's PEM files, with the city's {placeholders} (e.g. /etc/federation/{city}/broker.pem).</summary>
public sealed class TyeTls
{
    public string Ca { get; set; } = "";
    public string Certificate { get; set; } = "";
    public string Key { get; set; } = "";
}

public sealed class TyeEnv
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}
