namespace Federation.Testing;

/// <summary>Files of this repository, found from the test binaries upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string MembersFile => Path.Combine(Root, "infra", "members.yaml");

    public static string TyeFile => Path.Combine(Root, "tye.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Federation.sln above {AppContext.BaseDirectory}.");
    }
}
