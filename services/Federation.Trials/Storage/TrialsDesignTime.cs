using Federation.ServiceDefaults.Hosting;

namespace Federation.Trials.Storage;

/// <summary>Lets <c>dotnet ef</c> build the <see cref="TrialsDbContext"/> (see <see cref="DesignTimeStorage{TDbContext}"/>).</summary>
internal sealed class TrialsDesignTime : DesignTimeStorage<TrialsDbContext>;
