using System.Text.Json;
using Federation.Topology;

namespace Federation.Testing;

/// <summary>
/// JSON-LD read by jsonld.js, a conformant processor (tests/tools/jsonld, installed by infra/test.sh), in safe mode: a
/// document it cannot read, or whose terms it would drop, fails the test.
/// </summary>
public static class JsonLd
{
    /// <summary>The document's expanded form (every term a full IRI, every value an object) and its RDF as N-Quads.</summary>
    public static async Task<(JsonElement Expanded, string Quads)> ReadAsync(string document)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, document);
            var output = await HostCommand.RunAsync("node", Path.Combine(Repository.Root, "tests", "tools", "jsonld", "expand.mjs"), file);
            var read = JsonDocument.Parse(output).RootElement;
            return (read.GetProperty("expanded").Clone(), read.GetProperty("quads").GetString()!);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
