namespace Federation.ServiceDefaults.Http;

/// <summary>CSV as RFC 4180 writes it: comma-separated, CRLF-terminated rows, a field quoted only when it must be.</summary>
public static class Csv
{
    public static string Quote(string? field) =>
        field is null ? "" : field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";

    /// <summary>One row of fields, each quoted as needed, with its line end.</summary>
    public static string Row(params IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";
}
